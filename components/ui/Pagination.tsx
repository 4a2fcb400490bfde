import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

const button =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-800';

/** Previous/next and numbered page links; page 1 has no `page` parameter so each page has one URL. */
export async function Pagination({
  locale,
  pathname,
  query,
  page,
  pageCount,
}: {
  locale: Locale;
  pathname: string;
  query: Record<string, string>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const hrefFor = (n: number) => ({ pathname, query: n === 1 ? query : { ...query, page: String(n) } });
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);

  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600">{t('status', { page, pageCount })}</p>
      <ul className="flex flex-wrap gap-1.5">
        {page > 1 && (
          <li>
            <Link className={button} href={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        )}
        {pages.map((n) => (
          <li key={n}>
            <Link
              className={`${button} aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
              href={hrefFor(n)}
              aria-current={n === page ? 'page' : undefined}
              aria-label={t('page', { page: n })}
            >
              {n}
            </Link>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link className={button} href={hrefFor(page + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
