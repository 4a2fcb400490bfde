import { prisma } from '@/lib/db/client';
import type { MailRegistry, PolicyKind } from '@/lib/mail-registry/registry-schema';
import { CHECK_OUTCOMES, POLICY_SETTINGS, type CheckOutcome, type PolicySetting } from './check-findings';
import { addDays, daysBetween, japanDay, weekOf } from './insight-days';

/**
 * What /admin/insights charts, read from the daily counters only (InsightCount), so the page costs
 * the same with a thousand recorded events or a million.
 */

/** Weeks of history per policy chart; the weeks up to an announced policy's day are added. */
export const POLICY_WEEKS = 16;
/** Days in the outcome chart: long enough to see the week before a change or an outage. */
export const OUTCOME_DAYS = 56;

export interface PolicyWeek {
  week: string;
  breaks: number;
  willBreak: number;
}

export interface PolicyInsight {
  id: PolicyKind;
  effective: string;
  notice?: string;
  inForce: boolean;
  /** Days until the policy takes effect; 0 or less once it has. */
  daysLeft: number;
  weeks: PolicyWeek[];
  /** Over the charted weeks: answers that break or will break, by setting and by mail program. */
  bySetting: { setting: PolicySetting; count: number }[];
  byClient: { client: string; count: number }[];
  /** Mailboxes told to change (ever, within the counters' three years), and of them how many later passed. */
  told: number;
  passed: number;
}

export interface OutcomeDay {
  day: string;
  counts: Record<CheckOutcome, number>;
  total: number;
}

function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let week = weekOf(first); week <= last; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

export async function policyInsights(registry: MailRegistry, now = new Date()): Promise<PolicyInsight[]> {
  const today = japanDay(now);
  const from = weekOf(addDays(today, -7 * (POLICY_WEEKS - 1)));
  const [perDay, perSetting, perClient, transitions] = await Promise.all([
    prisma.insightCount.groupBy({
      by: ['policy', 'day', 'outcome'],
      where: { metric: 'policy', day: { gte: from } },
      _sum: { count: true },
    }),
    prisma.insightCount.groupBy({
      by: ['policy', 'setting'],
      where: { metric: 'policy', day: { gte: from } },
      _sum: { count: true },
    }),
    prisma.insightCount.groupBy({
      by: ['policy', 'client'],
      where: { metric: 'policy', day: { gte: from } },
      _sum: { count: true },
    }),
    prisma.insightCount.groupBy({
      by: ['policy', 'metric'],
      where: { metric: { in: ['told', 'passed'] } },
      _sum: { count: true },
    }),
  ]);

  return [...registry.policies]
    .sort((a, b) => b.effective.localeCompare(a.effective))
    .map((policy) => {
      const daysLeft = daysBetween(today, policy.effective);
      // An announced policy's chart runs to its week, so the weeks left are on screen (at most half a year).
      const last = daysLeft > 0 && daysLeft <= 183 ? weekOf(policy.effective) : weekOf(today);
      const weeks = new Map(weeksBetween(from, last).map((w) => [w, { week: w, breaks: 0, willBreak: 0 }]));
      for (const row of perDay) {
        if (row.policy !== policy.id) continue;
        const week = weeks.get(weekOf(row.day));
        if (!week) continue;
        if (row.outcome === 'breaks') week.breaks += row._sum.count ?? 0;
        else week.willBreak += row._sum.count ?? 0;
      }
      const sum = (metric: string) =>
        transitions.find((t) => t.policy === policy.id && t.metric === metric)?._sum.count ?? 0;
      return {
        id: policy.id,
        effective: policy.effective,
        notice: policy.notice,
        inForce: daysLeft <= 0,
        daysLeft,
        weeks: [...weeks.values()],
        bySetting: POLICY_SETTINGS.map((setting) => ({
          setting,
          count: perSetting.find((r) => r.policy === policy.id && r.setting === setting)?._sum.count ?? 0,
        })).filter((s) => s.count > 0),
        byClient: perClient
          .filter((r) => r.policy === policy.id)
          .map((r) => ({ client: r.client, count: r._sum.count ?? 0 }))
          .sort((a, b) => b.count - a.count || a.client.localeCompare(b.client)),
        told: sum('told'),
        passed: sum('passed'),
      };
    });
}

/** Full checks per day by outcome, every day of the window present (a quiet day is a zero, not a gap). */
export async function outcomesByDay(now = new Date(), days = OUTCOME_DAYS): Promise<OutcomeDay[]> {
  const today = japanDay(now);
  const from = addDays(today, -(days - 1));
  const rows = await prisma.insightCount.groupBy({
    by: ['day', 'outcome'],
    where: { metric: 'outcome', day: { gte: from } },
    _sum: { count: true },
  });
  const series: OutcomeDay[] = [];
  for (let day = from; day <= today; day = addDays(day, 1)) {
    const counts = Object.fromEntries(CHECK_OUTCOMES.map((o) => [o, 0])) as Record<CheckOutcome, number>;
    for (const row of rows)
      if (row.day === day && row.outcome in counts)
        counts[row.outcome as CheckOutcome] += row._sum.count ?? 0;
    series.push({ day, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
  }
  return series;
}
