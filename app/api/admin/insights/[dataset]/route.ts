import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { staffRoute } from '@/lib/auth/staff-guard';
import { diagnosesCsv, outcomesCsv, policiesCsv, type CsvLabels } from '@/lib/insights/insight-csv';
import { outcomesByDay, policyInsights } from '@/lib/insights/policy-dashboard';
import { diagnosisInsights } from '@/lib/insights/record-diagnosis';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';

/**
 * GET /api/admin/insights/policies.csv, /outcomes.csv and /diagnoses.csv (editors): the insights charts' numbers,
 * with headers in the language asked for (`?locale=ja`).
 */
export async function GET(request: Request, { params }: RouteContext<'/api/admin/insights/[dataset]'>) {
  const user = await staffRoute('editor');
  if (user instanceof Response) return user;
  const { dataset } = await params;
  if (dataset !== 'policies.csv' && dataset !== 'outcomes.csv' && dataset !== 'diagnoses.csv')
    return Response.json({ error: 'not-found' }, { status: 404 });
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(asked) ? asked : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  const tKind = await getTranslations({ locale, namespace: 'MailRegistryAdmin.policyKind' });
  const labels: CsvLabels = {
    policy: (id) => tKind(id),
    outcome: (id) => t(`outcome.${id}`),
    columns: {
      week: t('colWeek'),
      day: t('colDay'),
      policy: t('colPolicy'),
      breaks: t('colBreaks'),
      willBreak: t('colWillBreak'),
      total: t('colTotal'),
    },
  };
  const body =
    dataset === 'policies.csv'
      ? policiesCsv(await policyInsights(await getActiveRegistry()), labels)
      : dataset === 'diagnoses.csv'
        ? diagnosesCsv((await diagnosisInsights()).days, labels)
        : outcomesCsv(await outcomesByDay(), labels);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="insights-${dataset}"`,
      'Cache-Control': 'no-store',
    },
  });
}
