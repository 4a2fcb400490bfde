import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDateTime } from '@/lib/dates/format-date';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { listIncidentsForStaff, listStatusComponents } from '@/lib/status/save-incident';
import { ensureStatusComponents } from '@/lib/status/status-store';
import { ComponentForm } from '@/components/admin/status/ComponentForm';
import { IncidentForm } from '@/components/admin/status/IncidentForm';
import { statusAudienceGroups } from '@/lib/notifications/audience';
import { isIncidentStatus } from '@/lib/status/status-states';

/** Staff post incidents and maintenance, follow them up, and (admins) manage the status components. */
export default async function StatusAdminPage({ params }: PageProps<'/[locale]/admin/status'>) {
  const locale = await localeParam(params);
  const user = await requireStaffPage(locale, 'editor', `/${locale}/admin/status`);
  const t = await getTranslations({ locale, namespace: 'StatusAdmin' });
  const statusName = (status: string) => (isIncidentStatus(status) ? t(`statusOption.${status}`) : status);
  const tStatus = await getTranslations({ locale, namespace: 'Status' });
  const registry = await getActiveRegistry();
  await ensureStatusComponents(registry);
  const [components, incidents] = await Promise.all([listStatusComponents(), listIncidentsForStaff()]);
  const open = incidents.filter((i) => !i.resolvedAt);
  const closed = incidents.filter((i) => i.resolvedAt);
  const name = (slug: string) => {
    const component = components.find((c) => c.slug === slug);
    return component ? (locale === 'ja' ? component.nameJa : component.nameEn) : slug;
  };

  const list = (items: typeof incidents, heading: string, id: string) => (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {heading}
      </h2>
      {items.length === 0 && <p className="text-sm text-slate-700">{t('noIncidents')}</p>}
      <ul className="space-y-2">
        {items.map((incident) => (
          <li key={incident.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span>
                <span className="text-xs font-semibold text-slate-600">
                  {t(`kind.${incident.kind as 'incident'}`)}
                </span>{' '}
                <strong>{locale === 'ja' ? incident.titleJa : incident.titleEn}</strong>
              </span>
              <Link href={`/admin/status/${incident.id}`} className="font-medium text-brand-700 underline">
                {t('openLink')}
              </Link>
            </p>
            <p className="text-slate-700">
              {formatDateTime(incident.startsAt, locale)} ·{' '}
              {incident.components.split(',').map(name).join(tStatus('listSeparator'))}
              {incident.updates[0] && ` · ${t('latest', { status: statusName(incident.updates[0].status) })}`}
              {incident.resolvedAt &&
                ` · ${t('closedAt', { when: formatDateTime(incident.resolvedAt, locale) })}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <ClientMessages locale={locale} namespaces={['StatusAdmin']}>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-2 text-sm text-slate-700">{t('intro')}</p>
      <p className="mb-6 text-sm">
        <Link href="/status" className="font-medium text-brand-700 underline">
          {t('viewPublic')}
        </Link>
      </p>
      {list(open, t('openHeading'), 'open-incidents')}
      <div className="mb-10">
        <IncidentForm
          components={components.map((c) => ({ slug: c.slug, name: name(c.slug) }))}
          audience={await statusAudienceGroups()}
        />
      </div>
      {list(closed, t('closedHeading'), 'closed-incidents')}
      <section aria-labelledby="status-components" className="mb-8">
        <h2 id="status-components" className="mb-3 text-lg font-bold">
          {t('componentsHeading')}
        </h2>
        <ul className="mb-4 space-y-1 text-sm">
          {components.map((component) => (
            <li key={component.slug}>
              <strong>{name(component.slug)}</strong> <code className="text-slate-600">{component.slug}</code>{' '}
              · {component.endpointIds || '—'} ·{' '}
              {component.probeState
                ? t('probe', { state: tStatus(`state.${component.probeState as 'operational'}`) })
                : t('notProbed')}
              {component.probeDetail && (
                <span className="text-attention-800" data-testid={`probe-findings-${component.slug}`}>
                  {' '}
                  · {t('probeFindings', { findings: component.probeDetail })}
                </span>
              )}
            </li>
          ))}
        </ul>
        {user.role === 'admin' && (
          <ComponentForm
            endpoints={registry.endpoints.map((e) => ({ id: e.id, label: `${e.id} (${e.host}:${e.port})` }))}
          />
        )}
      </section>
    </ClientMessages>
  );
}
