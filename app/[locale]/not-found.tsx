import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="py-10">
      <title>{t('title')}</title>
      <meta name="robots" content="noindex" />
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('description')}</p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li>
          <Link
            href="/"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
          >
            {t('home')}
          </Link>
        </li>
        <li>
          <Link
            href="/notices"
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium text-slate-800 hover:border-brand-600"
          >
            {t('notices')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
