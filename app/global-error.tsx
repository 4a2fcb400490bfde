'use client';

import { useEffect, useState } from 'react';
import './globals.css';

type ErrorText = { title: string; description: string; retry: string; home: string };

/**
 * Last resort when even the locale layout fails. It cannot know the reader's language, so it speaks
 * both; nothing about the error itself is shown. The message catalogs are loaded only when this page
 * is actually shown (a separate chunk): imported statically they would add both whole catalogs to
 * the JavaScript of every page.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [texts, setTexts] = useState<{ locale: 'ja' | 'en'; text: ErrorText }[]>([]);
  useEffect(() => {
    Promise.all([import('@/messages/ja.json'), import('@/messages/en.json')])
      .then(([ja, en]) =>
        setTexts([
          { locale: 'ja', text: ja.default.Error },
          { locale: 'en', text: en.default.Error },
        ]),
      )
      .catch(() => undefined);
  }, []);
  return (
    <html lang="ja">
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto max-w-xl px-4 py-16" role="alert">
          {texts.map(({ locale, text }) => (
            <section key={locale} lang={locale} className="mb-10">
              <h1 className="text-2xl font-bold">{text.title}</h1>
              <p className="mt-2">{text.description}</p>
              <p className="mt-3 flex gap-4">
                <button type="button" onClick={reset} className="text-brand-700 underline">
                  {text.retry}
                </button>
                <a className="text-brand-700 underline" href={`/${locale}`}>
                  {text.home}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
