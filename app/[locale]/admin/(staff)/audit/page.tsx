import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { AUDIT_ACTIONS } from '@/lib/audit/record-audit';
import { listAudit } from '@/lib/audit/list-audit';
import { auditActionKey, isAuditAction } from '@/lib/audit/audit-action-key';
import { formatDateTime } from '@/lib/dates/format-date';
import { StaffTable, cellStyle, rowStyle } from '@/components/ui/StaffTable';
import { buttonStyles } from '@/components/ui/button-styles';

export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'admin', `/${locale}/admin/audit`);
  const query = await searchParams;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const { entries, more, action } = await listAudit({
    action: str(query.action),
    actor: str(query.actor),
    before: str(query.before),
  });
  const t = await getTranslations({ locale, namespace: 'AuditLog' });
  const time = (d: Date) => formatDateTime(d, locale);
  const last = entries.at(-1);
  const actionName = (action: string) =>
    isAuditAction(action) ? t(`action.${auditActionKey(action)}`) : action;

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('intro')}</p>
      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      >
        <label className="font-semibold">
          {t('filterAction')}
          <select
            name="action"
            defaultValue={action ?? ''}
            className="mt-1 block min-h-11 rounded-md border border-slate-300 bg-white px-3"
          >
            <option value="">{t('filterAny')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionName(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          {t('filterActor')}
          <input
            name="actor"
            defaultValue={str(query.actor) ?? ''}
            className="mt-1 block min-h-11 rounded-md border border-slate-300 px-3"
          />
        </label>
        <button type="submit" className={buttonStyles.secondary}>
          {t('apply')}
        </button>
      </form>
      <StaffTable
        headings={[t('colWhen'), t('colWho'), t('colAction'), t('colDetail')]}
        empty={entries.length === 0 && t('empty')}
      >
        {entries.map((entry) => (
          <tr key={entry.id} className={`${rowStyle} align-top`}>
            <td className={`${cellStyle} whitespace-nowrap`}>{time(entry.at)}</td>
            <td className={cellStyle}>
              {entry.actorEmail}
              {entry.ip && <span className="block text-xs text-slate-600">{entry.ip}</span>}
            </td>
            <td className={cellStyle}>{actionName(entry.action)}</td>
            <td className={cellStyle}>{entry.summary}</td>
          </tr>
        ))}
      </StaffTable>
      {more && last && (
        <p className="mt-4 text-sm">
          <Link
            href={{
              pathname: '/admin/audit',
              query: {
                ...(action ? { action } : {}),
                ...(str(query.actor) ? { actor: str(query.actor) } : {}),
                before: last.id,
              },
            }}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {t('older')}
          </Link>
        </p>
      )}
    </>
  );
}
