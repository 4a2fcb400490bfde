import Link from 'next/link';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import './globals.css';

// Reached only for paths outside every locale (e.g. /fr/notices). It cannot know the reader's
// language, so it speaks both; the localized 404 lives in app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <head>
        <title>{`${ja.NotFound.title} / ${en.NotFound.title}`}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto max-w-xl px-4 py-16">
          {[
            { locale: 'ja', text: ja.NotFound },
            { locale: 'en', text: en.NotFound },
          ].map(({ locale, text }) => (
            <section key={locale} lang={locale} className="mb-10">
              <h1 className="text-2xl font-bold">{text.title}</h1>
              <p className="mt-2">{text.description}</p>
              <p className="mt-1">
                <Link className="text-brand-700 underline" href={`/${locale}`}>
                  {text.home}
                </Link>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
