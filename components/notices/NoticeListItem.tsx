import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { NoticeSummaryView } from '@/lib/notices/notice-view';
import { NoticeBadges } from './NoticeBadges';
import { NoticeDate, richDate } from './NoticeDate';

/** One notice in a list: date, badges, title (the link) and summary. */
export async function NoticeListItem({ notice, locale }: { notice: NoticeSummaryView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NoticeMeta' });
  const tNotice = await getTranslations({ locale, namespace: 'Notice' });
  return (
    <li className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-200 sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <NoticeDate date={notice.publishedAt} locale={locale} />
        <NoticeBadges notice={notice} locale={locale} />
        {notice.lastUpdatedAt && <span>{t.rich('updated', richDate(notice.lastUpdatedAt, locale))}</span>}
      </div>
      <h3 className="mt-1.5 text-lg leading-snug font-bold text-slate-900" lang={notice.textLocale}>
        <Link
          href={`/notices/${notice.slug}`}
          className="after:absolute after:inset-0 after:rounded-lg hover:text-brand-700 hover:underline"
        >
          {notice.title}
        </Link>
      </h3>
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

export async function NoticeList({ notices, locale }: { notices: NoticeSummaryView[]; locale: Locale }) {
  return (
    <ul className="space-y-3">
      {notices.map((notice) => (
        <NoticeListItem key={notice.slug} notice={notice} locale={locale} />
      ))}
    </ul>
  );
}
