import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { sentenceGap } from '@/i18n/join-sentences';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDateTime } from '@/lib/dates/format-date';
import { listEventSummaries, subscriberStats } from '@/lib/notifications/admin-notifications';
import { processMailSender } from '@/lib/notifications/notification-job';
import { serviceNamesFor } from '@/lib/notifications/service-names';
import { eventKindKey, isEventKind } from '@/lib/notifications/event-kind-key';
import { retryFailedAction, testCopyAction } from '@/app/[locale]/admin/_actions/notification-actions';
import { SubscriberLookup } from '@/components/admin/notifications/SubscriberLookup';
import { Callout } from '@/components/ui/Callout';

const cell = 'border-b border-slate-200 px-3 py-2 text-left align-top';
const button =
  'min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50';

export default async function NotificationsPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/notifications'>) {
  const locale = await localeParam(params);
  const user = await requireStaffPage(locale, 'editor', `/${locale}/admin/notifications`);
  const t = await getTranslations({ locale, namespace: 'NotificationsAdmin' });
  const tTopic = await getTranslations({ locale, namespace: 'NoticeCategory' });
  const tKind = await getTranslations({ locale, namespace: 'Mail.kind' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const query = await searchParams;
  const [stats, events, names] = await Promise.all([
    subscriberStats(),
    listEventSummaries(locale),
    serviceNamesFor(),
  ]);
  const sender = processMailSender();
  const kindName = (kind: string) => (isEventKind(kind) ? tKind(eventKindKey(kind)) : kind);

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-4 text-sm text-slate-700">{t('intro')}</p>
      {query.retried !== undefined && (
        <Callout tone="info">{t('retried', { count: Number(query.retried) || 0 })}</Callout>
      )}
      {query.test === 'sent' && <Callout tone="info">{t('testSent', { email: user.email })}</Callout>}
      {query.test === 'failed' && <Callout tone="attention">{t('testFailed')}</Callout>}
      <p className="mb-6 text-sm" data-testid="sender">
        {sender.kind === 'smtp' ? t('senderSmtp', { relay: sender.description }) : t('senderCapture')}
        {sender.kind === 'capture' && user.role === 'admin' && (
          <>
            {sentenceGap(locale)}
            <Link href="/admin/notifications/mail" className="font-medium text-brand-700 underline">
              {t('capturedLink')}
            </Link>
          </>
        )}
      </p>

      <section aria-labelledby="subscribers-heading" className="mb-10">
        <h2 id="subscribers-heading" className="mb-2 text-lg font-bold">
          {t('subscribersHeading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="subscriber-counts">
          {t('statusCounts', {
            confirmed: stats.status.confirmed ?? 0,
            pending: stats.status.pending ?? 0,
            unsubscribed: stats.status.unsubscribed ?? 0,
            daily: stats.daily,
          })}
        </p>
        <div className="overflow-x-auto">
          <table className="min-w-full border border-slate-200 bg-white text-sm">
            <thead>
              <tr>
                <th className={cell}>{t('colTopic')}</th>
                {routing.locales.map((l) => (
                  <th key={l} className={cell}>
                    {tLanguage(l)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.topics.map((row) => (
                <tr key={row.topic}>
                  <th scope="row" className={cell}>
                    {tTopic(row.topic)}
                  </th>
                  {routing.locales.map((l) => (
                    <td key={l} className={cell}>
                      {row.byLocale[l]}
                    </td>
                  ))}
                </tr>
              ))}
              {Object.entries(stats.services).map(([slug, count]) => (
                <tr key={slug}>
                  <th scope="row" className={cell}>
                    {t('serviceRow', { service: names[locale][slug] ?? slug })}
                  </th>
                  <td className={cell} colSpan={routing.locales.length}>
                    {count}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="events-heading" className="mb-10">
        <h2 id="events-heading" className="mb-2 text-lg font-bold">
          {t('eventsHeading')}
        </h2>
        {events.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noEvents')}</p>
        ) : (
          <ul className="space-y-4">
            {events.map((event) => (
              <li
                key={event.id}
                className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
                data-testid="event"
              >
                <p className="font-semibold">
                  {kindName(event.kind)}: {event.title}
                </p>
                <p className="text-slate-600">
                  {formatDateTime(event.createdAt, locale)} · {event.createdBy}
                </p>
                <p className="mt-1" data-testid="event-counts">
                  {t('counts', { ...event.counts, recipients: event.recipients })}
                  {!event.fannedOut && ` · ${t('fanningOut')}`}
                </p>
                {event.failures.length > 0 && (
                  <ul className="mt-2 list-disc pl-5 text-red-800">
                    {event.failures.map((f) => (
                      <li key={f.reason}>{t('failure', { count: f.count, reason: f.reason })}</li>
                    ))}
                  </ul>
                )}
                <div className="mt-3 flex flex-wrap items-center gap-3">
                  {event.counts.failed > 0 && (
                    <form action={retryFailedAction}>
                      <input type="hidden" name="eventId" value={event.id} />
                      <input type="hidden" name="locale" value={locale} />
                      <button type="submit" className={button}>
                        {t('retry', { count: event.counts.failed })}
                      </button>
                    </form>
                  )}
                  <form action={testCopyAction} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="eventId" value={event.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <label className="sr-only" htmlFor={`test-${event.id}`}>
                      {t('testLanguage')}
                    </label>
                    <select
                      id={`test-${event.id}`}
                      name="language"
                      defaultValue={locale}
                      className="min-h-11 rounded-md border border-slate-300 bg-white px-2"
                    >
                      {routing.locales.map((l) => (
                        <option key={l} value={l}>
                          {tLanguage(l)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className={button}>
                      {t('testCopy')}
                    </button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {user.role === 'admin' && (
        <section aria-labelledby="lookup-heading">
          <h2 id="lookup-heading" className="mb-2 text-lg font-bold">
            {t('lookupHeading')}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t('lookupIntro')}</p>
          <ClientMessages locale={locale} namespaces={['NotificationsAdmin', 'NoticeCategory', 'Mail.kind']}>
            <SubscriberLookup />
          </ClientMessages>
        </section>
      )}
    </>
  );
}
