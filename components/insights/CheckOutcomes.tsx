import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CHECK_OUTCOMES } from '@/lib/insights/check-findings';
import type { OutcomeDay } from '@/lib/insights/policy-dashboard';
import { ChartFigure } from './ChartFigure';
import { StackedBarChart } from './StackedBarChart';

const COLORS: Record<(typeof CHECK_OUTCOMES)[number], string> = {
  ok: '#15803d',
  'action-required': '#d97706',
  'wrong-password': '#7e22ce',
  busy: '#64748b',
  incident: '#b91c1c',
  error: '#0f172a',
};

/** Full checks per day by outcome: a spike after a change or an outage is visible at a glance. */
export async function CheckOutcomes({ days, locale }: { days: OutcomeDay[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  const series = CHECK_OUTCOMES.map((o) => ({ key: o, label: t(`outcome.${o}`), color: COLORS[o] }));
  return (
    <ChartFigure
      locale={locale}
      testId="check-outcomes"
      caption={t('chartOutcomes')}
      chart={
        <StackedBarChart data={days.map((d) => ({ day: d.day, ...d.counts }))} xKey="day" series={series} />
      }
      columns={[t('colDay'), ...series.map((s) => s.label), t('colTotal')]}
      rows={[...days].reverse().map((d) => [d.day, ...CHECK_OUTCOMES.map((o) => d.counts[o]), d.total])}
    />
  );
}
