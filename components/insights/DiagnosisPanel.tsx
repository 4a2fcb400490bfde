import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { DiagnosisCode } from '@/lib/diagnose/diagnosis-codes';
import type { DiagnosisInsights } from '@/lib/insights/record-diagnosis';
import { ChartFigure } from './ChartFigure';
import { StackedBarChart } from './StackedBarChart';

/** One colour per code; UNKNOWN dark, so the share staff should shrink stands out. */
const COLORS: Record<DiagnosisCode, string> = {
  PORT_25_BLOCKED: '#b91c1c',
  POP_BEFORE_SMTP_ENDED: '#c2410c',
  SMTP_AUTH_REQUIRED: '#d97706',
  PLAINTEXT_LOGIN_REFUSED: '#a16207',
  STARTTLS_REQUIRED: '#65a30d',
  ENCRYPTION_MISMATCH: '#15803d',
  WRONG_PASSWORD: '#7e22ce',
  CONNECTION_FAILED: '#0e7490',
  SERVER_NAME_WRONG: '#0369a1',
  CERTIFICATE_PROBLEM: '#1d4ed8',
  TLS_OUTDATED: '#4338ca',
  SENDER_REJECTED: '#a21caf',
  RECIPIENT_UNKNOWN: '#be185d',
  MAILBOX_FULL: '#db2777',
  MESSAGE_TOO_LARGE: '#9f1239',
  BLOCKED_AS_SPAM: '#854d0e',
  SERVER_BUSY: '#64748b',
  UNKNOWN: '#0f172a',
};

/**
 * "Errors customers brought": answers of "paste the error, get the answer" per day by top code over
 * 30 days, the unrecognised share (the messages the tables do not know yet), and per code with the
 * customer's title in the staff member's language. From the counters only (DiagnosisCount).
 */
export async function DiagnosisPanel({ insights, locale }: { insights: DiagnosisInsights; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  const tDiagnose = await getTranslations({ locale, namespace: 'Diagnose' });
  if (insights.total === 0) return <p className="text-sm">{t('diagnoses.none')}</p>;
  const codes = insights.byCode.map((c) => c.code);
  const series = codes.map((code) => ({ key: code, label: code, color: COLORS[code] }));
  const percent = (n: number) => Math.round((n / insights.total) * 1000) / 10;
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale);
  const cell = 'border-b border-slate-200 px-3 py-2 text-left align-top';
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-800" data-testid="diagnosis-summary">
        {t('diagnoses.summary', {
          total: insights.total,
          text: insights.bySource.text,
          image: insights.bySource.image,
          ja: insights.byLocale.ja,
          en: insights.byLocale.en,
        })}
      </p>
      <p
        className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm font-medium text-slate-900"
        data-testid="diagnosis-unknown"
      >
        {t('diagnoses.unknown', {
          count: insights.unknown,
          total: insights.total,
          percent: percent(insights.unknown),
        })}
      </p>
      <ChartFigure
        locale={locale}
        testId="diagnosis-days"
        caption={t('diagnoses.chart')}
        chart={
          <StackedBarChart
            data={insights.days.map((d) => ({ day: d.day, ...d.counts }))}
            xKey="day"
            series={series}
          />
        }
        columns={[t('colDay'), ...codes, t('colTotal')]}
        rows={[...insights.days]
          .reverse()
          .filter((d) => d.total > 0)
          .map((d) => [d.day, ...codes.map((c) => d.counts[c]), d.total])}
      />
      <div className="overflow-x-auto">
        <table className="min-w-full border border-slate-200 bg-white text-sm" data-testid="diagnosis-codes">
          <caption className="mb-2 text-left font-semibold text-slate-900">{t('diagnoses.byCause')}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t('diagnoses.colCause')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('diagnoses.colAnswers')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('diagnoses.colShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {insights.byCode.map(({ code, count }) => (
              <tr key={code} data-code={code}>
                <th scope="row" className={`${cell} font-normal`}>
                  <span className="font-mono text-xs">{code}</span>
                  <br />
                  {tDiagnose(`code.${code}.title`)}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{number.format(count)}</td>
                <td className={`${cell} text-right tabular-nums`}>{share.format(count / insights.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
