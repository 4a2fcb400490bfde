import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NoticeDetailView } from '@/lib/notices/notice-view';
import { NoticeDate } from './NoticeDate';

/** The public "Updated" history, newest first, ending with the original publication. */
export async function NoticeHistory({ notice, locale }: { notice: NoticeDetailView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Notice' });
  return (
    <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="history" className="text-base font-bold text-slate-900">
        {t('historyHeading')}
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-brand-100 pl-4">
        {notice.updates.map((update, index) => (
          <li key={`${update.date}-${index}`} className="relative">
            <span
              aria-hidden="true"
              className="absolute top-2 -left-[1.4rem] size-2.5 rounded-full bg-brand-600"
            />
            <p className="text-sm font-semibold text-slate-800">
              <NoticeDate date={update.date} locale={locale} long />
            </p>
            <p className="text-sm text-slate-700" lang={update.textLocale}>
              {update.note}
              {update.fallback && (
                <span className="ml-1 text-xs text-slate-600" lang={locale}>
                  {t('noteTranslationMissing', { language: update.textLocale })}
                </span>
              )}
            </p>
          </li>
        ))}
        <li className="relative">
          <span
            aria-hidden="true"
            className="absolute top-2 -left-[1.4rem] size-2.5 rounded-full bg-slate-400"
          />
          <p className="text-sm font-semibold text-slate-800">
            <NoticeDate date={notice.publishedAt} locale={locale} long />
          </p>
          <p className="text-sm text-slate-700">{t('originalPublication')}</p>
        </li>
      </ol>
    </section>
  );
}
