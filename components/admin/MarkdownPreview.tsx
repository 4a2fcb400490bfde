'use client';

import { useEffect, useState } from 'react';
import { previewMarkdownAction } from '@/app/[locale]/admin/_actions/preview-actions';

/** Live preview of Markdown, rendered on the server by the same renderer as the public pages. */
export function MarkdownPreview({
  locale,
  markdown,
  label,
}: {
  locale: 'ja' | 'en';
  markdown: string;
  label: string;
}) {
  const [html, setHtml] = useState('');
  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await previewMarkdownAction(locale, markdown);
      if (result.ok) setHtml(result.html);
    }, 300);
    return () => clearTimeout(timer);
  }, [locale, markdown]);
  return (
    <section
      aria-label={label}
      className="mt-3 rounded-md border border-dashed border-slate-300 bg-slate-50 p-4"
    >
      <p className="mb-2 text-xs font-semibold text-slate-600">{label}</p>
      <div
        lang={locale}
        className="prose prose-slate max-w-none prose-code:before:content-none prose-code:after:content-none"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}
