import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDateTime } from '@/lib/dates/format-date';
import { feedbackByItem, feedbackComments } from '@/lib/insights/feedback-summary';
import { droppedInsightEvents, INSIGHT_KINDS } from '@/lib/insights/limit-insight-events';
import { outcomesByDay, policyInsights } from '@/lib/insights/policy-dashboard';
import { diagnosisInsights } from '@/lib/insights/record-diagnosis';
import { overdueContent } from '@/lib/insights/review-dates';
import { searchGaps } from '@/lib/insights/search-gaps';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { CheckOutcomes } from '@/components/insights/CheckOutcomes';
import { DiagnosisPanel } from '@/components/insights/DiagnosisPanel';
import { OverdueList } from '@/components/insights/OverdueList';
import { PolicyMigration } from '@/components/insights/PolicyMigration';
import { SearchGapList } from '@/components/insights/SearchGapList';
import { markFeedbackHandledAction } from '@/app/[locale]/admin/_actions/insight-actions';

const cell = 'border-b border-slate-200 px-3 py-2 text-left align-top';
const publicPath = (kind: string, slug: string) =>
  kind === 'notice' ? `/notices/${slug}` : kind === 'faq' ? `/faq#${slug}` : `/guides/${slug}`;

/**
 * Support insight: whether customers are ready for each policy, how checks end, and which content
 * fails them ("was this helpful?", failed searches, overdue reviews). Aggregates only.
 */
export default async function InsightsPage({ params }: PageProps<'/[locale]/admin/insights'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/insights`);
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const now = new Date();
  const registry = await getActiveRegistry();
  const diagnosesRead = diagnosisInsights(30, now);
  const [policies, outcomes, items, comments, overdue, zero, noClick, dropped] = await Promise.all([
    policyInsights(registry, now),
    outcomesByDay(now),
    feedbackByItem(),
    feedbackComments(),
    overdueContent(locale, now),
    Promise.all(routing.locales.map((l) => searchGaps(l, 'zero', 30, now))),
    Promise.all(routing.locales.map((l) => searchGaps(l, 'no-click', 30, now))),
    droppedInsightEvents(30, now),
  ]);
  const diagnoses = await diagnosesRead;
  const download = 'font-medium text-brand-700 underline';

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('intro')}</p>

      <section aria-labelledby="policies-heading" className="mb-10">
        <h2 id="policies-heading" className="mb-2 text-lg font-bold">
          {t('policiesHeading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('policiesIntro')}</p>
        <p className="mb-3 text-sm">
          <Link href="/admin/insights/mail-servers" className="font-medium text-brand-700 underline">
            {t('mailServersLink')}
          </Link>
        </p>
        {policies.length === 0 ? (
          <p className="text-sm">{t('noPolicies')}</p>
        ) : (
          <div className="space-y-6">
            {policies.map((policy) => (
              <PolicyMigration key={policy.id} policy={policy} locale={locale} />
            ))}
          </div>
        )}
        <p className="mt-3 text-sm">
          <a href={`/api/admin/insights/policies.csv?locale=${locale}`} className={download} download>
            {t('downloadPolicies')}
          </a>
        </p>
      </section>

      <section aria-labelledby="outcomes-heading" className="mb-10">
        <h2 id="outcomes-heading" className="mb-2 text-lg font-bold">
          {t('outcomesHeading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('outcomesIntro')}</p>
        <CheckOutcomes days={outcomes} locale={locale} />
        <p className="mt-3 text-sm">
          <a href={`/api/admin/insights/outcomes.csv?locale=${locale}`} className={download} download>
            {t('downloadOutcomes')}
          </a>
        </p>
      </section>

      <section aria-labelledby="diagnoses-heading" className="mb-10">
        <h2 id="diagnoses-heading" className="mb-2 text-lg font-bold">
          {t('diagnoses.heading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('diagnoses.intro')}</p>
        <DiagnosisPanel insights={diagnoses} locale={locale} />
        <p className="mt-3 text-sm">
          <a href={`/api/admin/insights/diagnoses.csv?locale=${locale}`} className={download} download>
            {t('diagnoses.download')}
          </a>
        </p>
      </section>

      <section aria-labelledby="helpful-heading" className="mb-10">
        <h2 id="helpful-heading" className="mb-2 text-lg font-bold">
          {t('helpfulHeading')}
        </h2>
        {items.length === 0 ? (
          <p className="text-sm">{t('noVotes')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table
              className="min-w-full border border-slate-200 bg-white text-sm"
              data-testid="feedback-items"
            >
              <thead>
                <tr>
                  <th className={cell}>{t('colPage')}</th>
                  <th className={cell}>{t('colYes')}</th>
                  <th className={cell}>{t('colNo')}</th>
                  <th className={cell}>{t('colShare')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.kind}:${item.slug}`}>
                    <th scope="row" className={cell}>
                      <Link href={publicPath(item.kind, item.slug)} className="text-brand-700 underline">
                        {t(`kind.${item.kind}`)}: {item.slug}
                      </Link>
                    </th>
                    <td className={cell}>{item.yes}</td>
                    <td className={cell}>{item.no}</td>
                    <td className={cell}>
                      {t('share', { percent: Math.round((item.yes / (item.yes + item.no)) * 100) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="comments" className="mb-10">
        <h2 id="comments" className="mb-2 text-lg font-bold">
          {t('commentsHeading')}
        </h2>
        {comments.length === 0 ? (
          <p className="text-sm">{t('noComments')}</p>
        ) : (
          <ul className="space-y-3">
            {comments.map((c) => (
              <li
                key={c.id}
                className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
                data-testid="feedback-comment"
              >
                <p className="text-slate-600">
                  <Link href={publicPath(c.kind, c.slug)} className="text-brand-700 underline">
                    {t(`kind.${c.kind}`)}: {c.slug}
                  </Link>{' '}
                  · {tLanguage(c.locale)} · {formatDateTime(c.createdAt, locale)}
                </p>
                <p className="mt-1 whitespace-pre-line" lang={c.locale}>
                  {c.comment}
                </p>
                {c.handledAt ? (
                  <p className="mt-2 text-xs text-slate-600">
                    {t('handled', { email: c.handledBy, when: formatDateTime(c.handledAt, locale) })}
                  </p>
                ) : (
                  <form action={markFeedbackHandledAction} className="mt-2">
                    <input type="hidden" name="id" value={c.id} />
                    <button
                      type="submit"
                      className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium hover:bg-slate-50"
                    >
                      {t('markHandled')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="searches-heading" className="mb-10">
        <h2 id="searches-heading" className="mb-2 text-lg font-bold">
          {t('searchesHeading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {t('searchesIntro')} {t('searchesHidden')}
        </p>
        <div className="grid gap-6 md:grid-cols-2">
          {routing.locales.map((l, i) => (
            <div key={l}>
              <h3 className="mb-2 font-semibold">{tLanguage(l)}</h3>
              <SearchGapList gaps={zero[i] ?? []} language={l} locale={locale} testId={`search-gaps-${l}`} />
            </div>
          ))}
        </div>
        <h3 className="mt-6 mb-1 font-bold">{t('noClickHeading')}</h3>
        <p className="mb-3 text-sm text-slate-700">{t('noClickIntro')}</p>
        <div className="grid gap-6 md:grid-cols-2">
          {routing.locales.map((l, i) => (
            <div key={l}>
              <h4 className="mb-2 font-semibold">{tLanguage(l)}</h4>
              <SearchGapList gaps={noClick[i] ?? []} language={l} locale={locale} testId={`no-click-${l}`} />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="dropped-heading" className="mb-10">
        <h2 id="dropped-heading" className="mb-2 text-lg font-bold">
          {t('droppedHeading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('droppedIntro')}</p>
        <ul className="list-disc pl-6 text-sm" data-testid="insight-drops">
          {INSIGHT_KINDS.map((kind) => (
            <li key={kind}>
              {t(`droppedKind.${kind}`)}: {t('droppedCount', { count: dropped.byKind[kind] })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className="mb-2 text-lg font-bold">
          {t('reviewHeading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('reviewIntro')}</p>
        <OverdueList items={overdue} locale={locale} now={now} />
      </section>
    </>
  );
}
