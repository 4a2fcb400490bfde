import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { AUDIT_ACTIONS } from '@/lib/audit/record-audit';
import { listAudit } from '@/lib/audit/list-audit';
import { formatDateTime } from '@/lib/dates/format-date';

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
  const actionName = (action: string) => t(`action.${action.replace('.', '_')}` as never);

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
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:border-brand-600"
        >
          {t('apply')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="p-3">
                  {t('colWhen')}
                </th>
                <th scope="col" className="p-3">
                  {t('colWho')}
                </th>
                <th scope="col" className="p-3">
                  {t('colAction')}
                </th>
                <th scope="col" className="p-3">
                  {t('colDetail')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="p-3 whitespace-nowrap">{time(entry.at)}</td>
                  <td className="p-3">
                    {entry.actorEmail}
                    {entry.ip && <span className="block text-xs text-slate-600">{entry.ip}</span>}
                  </td>
                  <td className="p-3">{actionName(entry.action)}</td>
                  <td className="p-3">{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
