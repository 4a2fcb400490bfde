import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDateTime } from '@/lib/dates/format-date';
import { getIncident } from '@/lib/status/save-incident';
import { IncidentUpdateForm } from '@/components/admin/status/IncidentUpdateForm';
import { countAudience } from '@/lib/notifications/audience';
import { isIncidentStatus } from '@/lib/status/status-states';

/** One incident or maintenance: its timeline in both languages and a form for the next update. */
export default async function IncidentAdminPage({ params }: PageProps<'/[locale]/admin/status/[id]'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'editor', `/${locale}/admin/status/${id}`);
  const incident = id.length <= 40 ? await getIncident(id) : null;
  if (!incident) notFound();
  const t = await getTranslations({ locale, namespace: 'StatusAdmin' });
  const kind = incident.kind === 'maintenance' ? 'maintenance' : 'incident';
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/status" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <p className="text-xs font-semibold text-slate-600">{t(`kind.${kind}`)}</p>
      <h1 className="text-2xl font-bold text-slate-900">{incident.titleJa}</h1>
      <p className="text-lg text-slate-800" lang="en">
        {incident.titleEn}
      </p>
      <h2 className="mt-6 mb-2 text-lg font-bold">{t('timeline')}</h2>
      <ol className="mb-8 space-y-3 border-l-2 border-slate-200 pl-4">
        {incident.updates.map((update) => (
          <li key={update.id} className="text-sm">
            <p>
              <strong>
                {isIncidentStatus(update.status) ? t(`statusOption.${update.status}`) : update.status}
              </strong>{' '}
              ·{' '}
              <span className="text-slate-600">
                {formatDateTime(update.at, locale)} · {update.authorEmail}
              </span>
            </p>
            <p className="mt-1 whitespace-pre-line">{update.bodyJa}</p>
            <p className="mt-1 whitespace-pre-line text-slate-700" lang="en">
              {update.bodyEn}
            </p>
          </li>
        ))}
      </ol>
      <ClientMessages locale={locale} namespaces={['StatusAdmin']}>
        <IncidentUpdateForm
          incidentId={incident.id}
          kind={kind}
          audienceCount={await countAudience('status', incident.components.split(',').filter(Boolean))}
        />
      </ClientMessages>
    </>
  );
}
