'use client';

import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import './globals.css';

// Last resort when even the locale layout fails. It cannot know the reader's language, so it speaks
// both; nothing about the error itself is shown.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ja">
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto max-w-xl px-4 py-16" role="alert">
          {[
            { locale: 'ja', text: ja.Error },
            { locale: 'en', text: en.Error },
          ].map(({ locale, text }) => (
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
