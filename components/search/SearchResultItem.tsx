import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { isNoticeCategory } from '@/lib/notices/notice-kinds';
import type { SearchHit } from '@/lib/search/search-index';
import { NoticeDate } from '@/components/notices/NoticeDate';
import { HighlightedText } from './HighlightedText';

const kindStyle = {
  notice: 'border-brand-200 bg-brand-50 text-brand-800',
  faq: 'border-slate-300 bg-slate-100 text-slate-800',
  guide: 'border-attention-200 bg-attention-50 text-attention-800',
} as const;

/**
 * One result: what it is (notice, FAQ, guide), its date and category, the title and an excerpt with
 * the matched words marked. A result in the other language links to that language's page and is
 * marked with its language (and `lang`, for screen readers and fonts).
 */
export async function SearchResultItem({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tCategory = await getTranslations({ locale, namespace: 'NoticeCategory' });
  const { doc } = hit;
  const foreign = doc.locale !== locale;
  const linkClass = 'after:absolute after:inset-0 after:rounded-lg hover:text-brand-700 hover:underline';
  const title = <HighlightedText parts={hit.title} />;
  const section =
    doc.kind === 'notice'
      ? doc.section && isNoticeCategory(doc.section)
        ? tCategory(doc.section)
        : null
      : doc.section;

  return (
    <li className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-200 sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <span className={`rounded border px-1.5 text-xs font-semibold ${kindStyle[doc.kind]}`}>
          {t(`kind.${doc.kind}`)}
        </span>
        {doc.kind === 'notice' && doc.date && <NoticeDate date={doc.date} locale={locale} />}
        {section && <span>{section}</span>}
        {doc.historical && (
          <span className="text-xs font-medium text-slate-700">
            {doc.kind === 'notice' ? t('backNumber') : t('historical')}
          </span>
        )}
        {foreign && (
          <span className="rounded border border-slate-300 px-1.5 text-xs font-medium text-slate-700">
            {t('inLanguage')}
          </span>
        )}
      </div>
      <h2 className="mt-1.5 text-lg leading-snug font-bold text-slate-900" lang={doc.locale}>
        {foreign ? (
          // A plain link: following a result must not change the language the visitor chose.
          <a
            href={getPathname({ locale: doc.locale, href: doc.path })}
            hrefLang={doc.locale}
            className={linkClass}
          >
            {title}
          </a>
        ) : (
          <Link href={doc.path} className={linkClass}>
            {title}
          </Link>
        )}
      </h2>
      {hit.snippet.length > 0 && (
        <p className="mt-1 text-sm text-slate-700" lang={doc.locale}>
          <HighlightedText parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}
