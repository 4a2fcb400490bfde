import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates/format-date';
import type { OverdueItem } from '@/lib/insights/review-dates';
import { markReviewedAction } from '@/app/[locale]/admin/_actions/insight-actions';

const cell = 'border-b border-slate-200 px-3 py-2 text-left align-top';
const editorPath = (item: OverdueItem) =>
  item.kind === 'notice'
    ? `/admin/notices/${item.id}`
    : item.kind === 'faq'
      ? `/admin/faq/${item.id}`
      : `/admin/guides/${item.slug}`;

/** Pages past their review date, the longest overdue first, with "reviewed, still correct". */
export async function OverdueList({
  items,
  locale,
  now,
}: {
  items: OverdueItem[];
  locale: Locale;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  if (items.length === 0) return <p className="text-sm">{t('noOverdue')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border border-slate-200 bg-white text-sm" data-testid="overdue-list">
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t('colItem')}
            </th>
            <th scope="col" className={cell}>
              {t('colReviewBy')}
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">{t('markReviewed')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}:${item.id}`}>
              <th scope="row" className={`${cell} font-normal`}>
                <span className="text-slate-600">{t(`kind.${item.kind}`)}: </span>
                <Link href={editorPath(item)} className="text-brand-700 underline" lang={item.titleLocale}>
                  {item.title}
                </Link>
                {item.historical ? (
                  <span className="ml-2 text-xs text-slate-600">({t('historical')})</span>
                ) : null}
              </th>
              <td className={`${cell} whitespace-nowrap`}>
                {formatDate(item.due, locale)}
                <br />
                <span className="text-xs text-red-800">
                  {t('overdueBy', {
                    count: Math.max(1, Math.floor((now.getTime() - item.due.getTime()) / 86_400_000)),
                  })}
                </span>
              </td>
              <td className={cell}>
                <form action={markReviewedAction}>
                  <input type="hidden" name="kind" value={item.kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <button
                    type="submit"
                    aria-label={t('markReviewedLabel', { title: item.title })}
                    className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium whitespace-nowrap hover:bg-slate-50"
                  >
                    {t('markReviewed')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
