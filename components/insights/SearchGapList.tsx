import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

export interface SearchGap {
  query: string;
  count: number;
}

/** One language's failed searches, each with a button that starts an FAQ draft in its words. */
export async function SearchGapList({
  gaps,
  language,
  locale,
  testId,
}: {
  gaps: SearchGap[];
  /** The language the searches were made in. */
  language: Locale;
  /** The staff member's language. */
  locale: Locale;
  testId: string;
}) {
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  if (gaps.length === 0) return <p className="text-sm">{t('noGaps')}</p>;
  return (
    <ul
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm"
      data-testid={testId}
    >
      {gaps.map((gap) => (
        <li key={gap.query} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <span lang={language}>
            {gap.query} <span className="text-slate-600">({t('times', { count: gap.count })})</span>
          </span>
          <Link
            href={{ pathname: '/admin/faq/new', query: { question: gap.query, language } }}
            className="font-medium text-brand-700 underline"
          >
            {t('startFaq')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
