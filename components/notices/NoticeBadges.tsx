import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NoticeSummaryView } from '@/lib/notices/notice-view';

const badge = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold leading-5';

/** Category, importance and back-number badges of a notice. */
export async function NoticeBadges({ notice, locale }: { notice: NoticeSummaryView; locale: Locale }) {
  const tCategory = await getTranslations({ locale, namespace: 'NoticeCategory' });
  const t = await getTranslations({ locale, namespace: 'NoticeBadge' });
  return (
    <span className="flex flex-wrap gap-1.5">
      {notice.importance === 'important' && (
        <span className={`${badge} bg-red-50 text-red-800 ring-1 ring-red-200`}>{t('important')}</span>
      )}
      <span className={`${badge} bg-brand-50 text-brand-800 ring-1 ring-brand-100`}>
        {tCategory(notice.category)}
      </span>
      {notice.status === 'archived' && (
        <span className={`${badge} bg-slate-100 text-slate-700 ring-1 ring-slate-200`}>
          {t('backNumber')}
        </span>
      )}
    </span>
  );
}
