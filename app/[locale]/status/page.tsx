import type { Metadata } from 'next';
import { SubscribeBox } from '@/components/subscriptions/SubscribeBox';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { localeParam } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { formatDate, formatDateMinutes, formatTimeWindow } from '@/lib/dates/format-date';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { statusOverview, type IncidentView } from '@/lib/status/status-overview';
import { DayBars } from '@/components/status/DayBars';
import { StateBadge } from '@/components/status/StateBadge';
import { PageHeader } from '@/components/ui/PageHeader';
import { isIncidentStatus } from '@/lib/status/status-states';

// Live: every request reads the latest probes, incidents and maintenance windows.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/status'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Status' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: '/status',
    title: t('title'),
    description: t('description', { ispName }),
    siteName: tMeta('siteName', { ispName }),
  });
}

export default async function StatusPage({ params }: PageProps<'/[locale]/status'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Status' });
  const overview = await statusOverview(locale);
  const names = Object.fromEntries(overview.components.map((c) => [c.slug, c.name]));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { ispName: siteConfig().ispName[locale] })}
      />
      <p
        className={`mb-8 rounded-xl border px-5 py-4 text-lg font-bold ${overview.overall === 'operational' ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : overview.overall === 'maintenance' ? 'border-sky-200 bg-sky-50 text-sky-900' : 'border-red-200 bg-red-50 text-red-900'}`}
        data-testid="overall"
        data-state={overview.overall}
      >
        {t(`overall.${overview.overall}`)}
      </p>
      {/* When this copy was made: the edge cache (deploy/nginx/) may serve it while the portal is down. */}
      <p className="-mt-6 mb-8 text-sm text-slate-600" data-testid="status-generated">
        {t('generatedAt', { when: formatDateMinutes(new Date(), locale) })}
      </p>

      {overview.active.length > 0 && (
        <IncidentList
          id="active-incidents"
          heading={t('activeHeading')}
          incidents={overview.active}
          names={names}
          locale={locale}
        />
      )}

      <section aria-labelledby="components-heading" className="mb-10">
        <h2 id="components-heading" className="mb-3 text-xl font-bold text-slate-900">
          {t('componentsHeading')}
        </h2>
        <ul className="space-y-3">
          {overview.components.map((component) => (
            <li
              key={component.slug}
              className="rounded-xl border border-slate-200 bg-white p-4"
              data-component={component.slug}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold text-slate-900">{component.name}</h3>
                {component.monitoring !== 'probed' && component.state === 'operational' ? (
                  // Never "operational" for a service nobody has checked: say what is known.
                  <span
                    className="rounded-full border border-slate-300 bg-slate-50 px-3 py-1 text-sm font-semibold text-slate-700"
                    data-state={component.monitoring}
                  >
                    {t(`monitoring.${component.monitoring}`)}
                  </span>
                ) : (
                  <StateBadge state={component.state} label={t(`state.${component.state}`)} />
                )}
              </div>
              <DayBars
                days={component.days}
                label={
                  component.uptime === null
                    ? t(component.monitoring === 'unmonitored' ? 'notMonitoredHistory' : 'noHistory')
                    : t('uptime', {
                        percent: Math.floor(component.uptime * 1000) / 10,
                        days: component.measuredDays,
                      })
                }
                dayLabel={(day) =>
                  `${formatDate(new Date(`${day.day}T12:00:00+09:00`), locale)}: ${day.state ? t(`state.${day.state}`) : t('noData')}`
                }
              />
              <p className="mt-1 flex justify-between text-xs text-slate-600">
                <span>{t('daysAgo')}</span>
                <span>
                  {component.uptime === null
                    ? t(component.monitoring === 'unmonitored' ? 'notMonitoredHistory' : 'noHistory')
                    : t('uptime', {
                        percent: Math.floor(component.uptime * 1000) / 10,
                        days: component.measuredDays,
                      })}
                </span>
                <span>{t('today')}</span>
              </p>
              {component.probedAt && (
                <p className="mt-1 text-xs text-slate-600">
                  {t('probedAt', { when: formatDateMinutes(component.probedAt, locale) })}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      {overview.upcoming.length > 0 && (
        <IncidentList
          id="upcoming-maintenance"
          heading={t('upcomingHeading')}
          incidents={overview.upcoming}
          names={names}
          locale={locale}
        />
      )}
      <IncidentList
        id="recent-incidents"
        heading={t('recentHeading')}
        incidents={overview.recent}
        names={names}
        locale={locale}
        empty={t('noRecent')}
      />
      <p className="mt-8 text-sm">
        <a href={`/${locale}/status/feed.xml`} className="text-brand-700 underline underline-offset-4">
          {t('feed')}
        </a>{' '}
        ·{' '}
        <a href={`/api/status?lang=${locale}`} className="text-brand-700 underline underline-offset-4">
          {t('json')}
        </a>
      </p>
      <SubscribeBox locale={locale} idPrefix="subscribe-status" topics={['maintenance']} />
    </>
  );
}

async function IncidentList({
  id,
  heading,
  incidents,
  names,
  locale,
  empty,
}: {
  id: string;
  heading: string;
  incidents: IncidentView[];
  names: Record<string, string>;
  locale: Locale;
  empty?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Status' });
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-xl font-bold text-slate-900">
        {heading}
      </h2>
      {incidents.length === 0 && empty && <p className="text-slate-700">{empty}</p>}
      <ul className="space-y-4">
        {incidents.map((incident) => (
          <li
            key={incident.id}
            id={`incident-${incident.id}`}
            className="rounded-xl border border-slate-200 bg-white p-4"
            data-incident={incident.kind}
          >
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              {t(`kind.${incident.kind}`)}
            </p>
            <h3 className="mt-1 font-bold text-slate-900">{incident.title}</h3>
            <p className="mt-1 text-sm text-slate-700">
              {t('affects', {
                components: incident.components.map((c) => names[c] ?? c).join(t('listSeparator')),
              })}
            </p>
            <p className="text-sm text-slate-700">
              {incident.kind === 'maintenance'
                ? t('scheduledWindow', {
                    window: formatTimeWindow(incident.startsAt, incident.endsAt, locale),
                  })
                : t('since', { start: formatDateMinutes(incident.startsAt, locale) })}
            </p>
            {incident.noticeSlug && (
              <p className="mt-1 text-sm">
                <Link
                  href={`/notices/${incident.noticeSlug}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {t('notice')}
                </Link>
              </p>
            )}
            {incident.updates.length > 0 && (
              <ol className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4">
                {incident.updates.map((update, index) => (
                  <li key={index} className="text-sm">
                    <p>
                      <strong>
                        {isIncidentStatus(update.status) ? t(`updateStatus.${update.status}`) : update.status}
                      </strong>{' '}
                      <span className="text-slate-600">
                        {t('postedAt', { when: formatDateMinutes(update.at, locale) })}
                      </span>
                    </p>
                    <p className="mt-0.5 whitespace-pre-line text-slate-800">{update.body}</p>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
