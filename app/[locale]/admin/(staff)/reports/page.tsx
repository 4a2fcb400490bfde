import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getCheckReport } from '@/lib/mail-check/check-reports';
import { CLIENTS, isChoice } from '@/lib/mail-check/customer-choices';
import type { SettingsCheck } from '@/lib/mail-check/check-settings';
import type { ProbeFinding } from '@/lib/mail-probe/probe-result';
import { formatDate } from '@/lib/dates/format-date';
import { Callout } from '@/components/ui/Callout';

/** Support staff open a customer's check by the report ID the customer reads out. */
export default async function CheckReportsPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/reports'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/reports`);
  const t = await getTranslations({ locale, namespace: 'CheckReports' });
  const tChecker = await getTranslations({ locale, namespace: 'Checker' });
  const raw = (await searchParams).id;
  // Customers may read the ID in lower case or without the hyphen.
  const id =
    typeof raw === 'string'
      ? raw
          .trim()
          .toUpperCase()
          .replace(/^([2-9A-Z]{5})-?([2-9A-Z]{5})$/, '$1-$2')
      : '';
  const report = /^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(id) ? await getCheckReport(id) : null;
  // Reports from before the customer/staff split lack `yourSettings` and `hygiene`: shown without them.
  const result = report?.result as
    (SettingsCheck & { settings?: unknown; hygiene?: (ProbeFinding & { endpoint: string })[] }) | undefined;

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('intro')}</p>
      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      >
        <label className="font-semibold">
          {t('lookup')}
          <input
            name="id"
            defaultValue={id}
            className="mt-1 block min-h-11 rounded-md border border-slate-300 px-3 font-mono uppercase"
          />
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:border-brand-600"
        >
          {t('open')}
        </button>
      </form>
      {id && !report && <Callout tone="attention">{t('notFound')}</Callout>}
      {report && result && (
        <article
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
          aria-label={id}
        >
          <p className="font-mono text-base font-bold">{id}</p>
          <p>{t('created', { date: formatDate(report.createdAt, locale) })}</p>
          <p>{t('customer', { email: report.maskedEmail || '—' })}</p>
          <p>
            {t('program', {
              program: isChoice(CLIENTS, report.client)
                ? tChecker(`programs.${report.client}`)
                : report.client,
            })}
          </p>
          <p className="font-semibold">{t('verdict', { verdict: tChecker(`verdict.${result.verdict}`) })}</p>
          {result.steps && result.steps.length > 0 && (
            <>
              {/* Exactly what the customer saw, in their language, so support can follow along. */}
              <h2 className="pt-2 text-base font-bold">{t('steps')}</h2>
              <ol
                className="list-decimal space-y-1 pl-6"
                lang={result.locale ?? 'ja'}
                data-testid="report-steps"
              >
                {result.steps.map((step, i) => (
                  <li key={i}>
                    <span className="text-slate-700">{step.screen}:</span> {step.text}
                    {step.from !== null && step.from !== step.to ? ` (${step.from} → ${step.to})` : ''}
                  </li>
                ))}
              </ol>
            </>
          )}
          <h2 className="pt-2 text-base font-bold">{t('fields')}</h2>
          <ul className="list-disc pl-6">
            {result.fields.map((f) => (
              <li key={f.field}>
                {tChecker(`fieldName.${f.field}`)}: {f.current}
                {f.suggested && f.status !== 'ok' ? ` → ${f.suggested}` : ''} (
                {tChecker(`fieldStatus.${f.status}`)}
                {f.reason ? `, ${tChecker(`reason.${f.reason}`)}` : ''}
                {f.breaksOn ? `, ${f.breaksOn}` : ''})
              </li>
            ))}
          </ul>
          {result.yourSettings && (
            <>
              <h2 className="pt-2 text-base font-bold">{t('yourSettings')}</h2>
              <ul className="list-disc pl-6">
                {result.yourSettings.map((s) => (
                  <li key={s.role}>
                    {s.host}:{s.port} ({tChecker(`securityOptions.${s.security}`)}) — {s.outcome}
                    {s.code !== 'OK' ? ` (${s.code}: ${tChecker(`code.${s.code}`)})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2 className="pt-2 text-base font-bold">{t('hygiene')}</h2>
          {result.hygiene && result.hygiene.length > 0 ? (
            <ul className="list-disc pl-6" data-testid="hygiene">
              {result.hygiene.map((f, i) => (
                <li key={i}>
                  {f.endpoint}: {f.code} — {tChecker(`code.${f.code}`)}
                  {f.reply ? ` (${f.reply})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noHygiene')}</p>
          )}
          <h2 className="pt-2 text-base font-bold">{t('endpoints')}</h2>
          <ul className="space-y-2">
            {result.endpoints.map((e, i) => (
              <li key={i}>
                <p>
                  {e.host}:{e.port} — {tChecker(`endpointStatus.${e.status}`)} ({e.code}:{' '}
                  {tChecker(`code.${e.code}`)})
                  {e.login !== 'skipped' ? ` ${tChecker(`login.${e.login}`)}` : ''}
                </p>
                <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
                  {e.transcript.map((l) => `${l.dir}: ${l.text}`).join('\n')}
                </pre>
              </li>
            ))}
          </ul>
        </article>
      )}
    </>
  );
}
