import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestMeta } from '@/lib/auth/request-context';
import { staffRoute } from '@/lib/auth/staff-guard';
import { formatDateTime } from '@/lib/dates/format-date';
import { csvField } from '@/lib/insights/insight-csv';
import { listAffectedMailboxes } from '@/lib/mail-events/read-policy-readiness';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';

/**
 * GET /api/admin/mail-readiness/<policy>.csv (admins only): the masked list of the mailboxes a policy
 * still affects, as the staff page shows it, every row; each download is in the audit log.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/admin/mail-readiness/[dataset]'>) {
  const user = await staffRoute('admin');
  if (user instanceof Response) return user;
  const { dataset } = await params;
  const registry = await getActiveRegistry();
  const policy = registry.policies.find((p) => `${p.id}.csv` === dataset);
  if (!policy) return Response.json({ error: 'not-found' }, { status: 404 });
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(asked) ? asked : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'MailReadiness' });
  const { total, rows } = await listAffectedMailboxes(policy, registry);
  await recordAudit({
    actorEmail: user.email,
    action: 'mail-readiness.export',
    targetType: 'policy',
    targetId: policy.id,
    summary: `${total} mailboxes`,
    ip: (await requestMeta()).ip,
  });
  const lines = [
    [t('colMailbox'), t('colEvents'), t('colDays'), t('colLastSeen'), t('colTold')],
    ...rows.map((r) => [
      r.masked,
      r.events,
      r.days,
      formatDateTime(r.lastSeen, locale),
      r.toldAt ? formatDateTime(r.toldAt, locale) : '',
    ]),
  ];
  const body = `\uFEFF${lines.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="mail-readiness-${policy.id}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
