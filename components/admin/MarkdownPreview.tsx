'use client';

import { useEffect, useState } from 'react';

/**
 * Live preview of Markdown, rendered on the server by the same renderer as the public pages. With
 * `guideIncoming` the text is a setup guide's: its placeholders get the registry's values for that
 * incoming variant (IMAP or POP3), as the public guide shows them.
 */
export function MarkdownPreview({
  locale,
  markdown,
  label,
  guideIncoming,
}: {
  locale: 'ja' | 'en';
  markdown: string;
  label: string;
  guideIncoming?: 'imap' | 'pop3';
}) {
  const [html, setHtml] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/api/admin/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ locale, markdown, guideIncoming }),
          signal: controller.signal,
        });
        if (response.ok) setHtml(((await response.json()) as { html: string }).html);
      } catch {
        // A newer keystroke cancelled this preview, or the network blinked: the next one will do.
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [locale, markdown, guideIncoming]);
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
