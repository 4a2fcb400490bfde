'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

// Shown instead of a page that failed to render. The error itself is logged on the server and
// never shown: readers get a calm message and a way forward.
export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div className="py-10" role="alert">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('description')}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
        >
          {t('retry')}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium"
        >
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
