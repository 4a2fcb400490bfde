import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { NoticeSummaryView } from '@/lib/notices/notice-view';
import { NoticeBadges } from './NoticeBadges';
import { NoticeDate, richDate } from './NoticeDate';

/** One notice in a list: date, badges, title (the link) and summary. */
export async function NoticeListItem({
  notice,
  locale,
  headingLevel = 2,
}: {
  notice: NoticeSummaryView;
  locale: Locale;
  /** 2 when the list is the page's main content, 3 inside a titled section. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = await getTranslations({ locale, namespace: 'NoticeMeta' });
  const tNotice = await getTranslations({ locale, namespace: 'Notice' });
  return (
    <li className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-200 sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <NoticeDate date={notice.publishedAt} locale={locale} />
        <NoticeBadges notice={notice} locale={locale} />
        {notice.lastUpdatedAt && <span>{t.rich('updated', richDate(notice.lastUpdatedAt, locale))}</span>}
      </div>
      <Heading className="mt-1.5 text-lg leading-snug font-bold text-slate-900" lang={notice.textLocale}>
        <Link
          href={`/notices/${notice.slug}`}
          className="after:absolute after:inset-0 after:rounded-lg hover:text-brand-700 hover:underline"
        >
          {notice.title}
        </Link>
      </Heading>
      {notice.summary && (
        <p className="mt-1 text-sm text-slate-700" lang={notice.textLocale}>
          {notice.summary}
        </p>
      )}
      {notice.fallback && (
        <p className="mt-1 text-xs text-slate-600">
          {tNotice('noteTranslationMissing', { language: notice.textLocale })}
        </p>
      )}
    </li>
  );
}

export async function NoticeList({
  notices,
  locale,
  headingLevel = 2,
}: {
  notices: NoticeSummaryView[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="space-y-3">
      {notices.map((notice) => (
        <NoticeListItem key={notice.slug} notice={notice} locale={locale} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
