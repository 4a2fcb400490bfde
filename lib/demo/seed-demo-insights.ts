import type { PrismaClient } from '@/lib/db/create-client';
import type { Finding } from '@/lib/insights/check-findings';
import { countsFor, type CountKey, type CountedEvent } from '@/lib/insights/insight-counts';
import { addDays, japanDay } from '@/lib/insights/insight-days';
import { POLICY_WEEKS } from '@/lib/insights/policy-dashboard';

/** A small deterministic generator, so every demo shows the same charts. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const CLIENT_WEIGHTS = [
  ['outlook', 30],
  ['iphone', 22],
  ['thunderbird', 14],
  ['android-gmail', 12],
  ['apple-mail', 9],
  ['becky', 6],
  ['legacy-windows', 5],
  ['other', 2],
] as const;

/** What a demo customer's settings get wrong: rarer as the weeks pass, as customers fix them. */
function demoFindings(client: string, progress: number, next: () => number): Finding[] {
  const findings: Finding[] = [];
  const odds = 1 - progress * 0.6;
  if (next() < 0.22 * odds)
    findings.push({ policy: 'encrypted-login-required', setting: 'no-ssl', state: 'breaks' });
  if (next() < 0.08 * odds)
    findings.push({ policy: 'pop-before-smtp-ended', setting: 'pop-before-smtp', state: 'breaks' });
  if (next() < 0.1 * odds)
    findings.push({ policy: 'outbound-port-25-blocked', setting: 'port-25', state: 'breaks' });
  if (client === 'legacy-windows' && next() < 0.7)
    findings.push({ policy: 'minimum-tls-version', setting: 'tls-version', state: 'breaks' });
  return findings;
}

/**
 * Sixteen weeks (the policy charts' span) of made-up daily counters for /admin/insights in the demo, so its charts show
 * something before anyone has run a check. Only into an empty counter table; never with real data.
 */
export async function seedDemoInsights(db: PrismaClient, now = new Date()): Promise<boolean> {
  if ((await db.insightCount.count()) > 0) return false;
  const next = random(20_261_203);
  const total = CLIENT_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const pickClient = () => {
    let roll = next() * total;
    for (const [client, weight] of CLIENT_WEIGHTS) if ((roll -= weight) < 0) return client;
    return 'other';
  };
  const today = japanDay(now);
  const events: CountedEvent[] = [];
  const transitions: CountKey[] = [];
  const days = POLICY_WEEKS * 7;
  for (let d = days - 1; d >= 0; d--) {
    const day = addDays(today, -d);
    const progress = (days - 1 - d) / (days - 1);
    const checks = 18 + Math.floor(next() * 14);
    for (let i = 0; i < checks; i++) {
      const client = pickClient();
      const findings = demoFindings(client, progress, next);
      const roll = next();
      const outcome = findings.length
        ? 'action-required'
        : roll < 0.12
          ? 'wrong-password'
          : roll < 0.15
            ? 'busy'
            : roll < 0.17
              ? 'error'
              : 'ok';
      events.push({ day, source: 'check', client, outcome, findings });
      for (const { policy } of findings) {
        transitions.push({ day, metric: 'told', policy });
        // Most customers who were told come back and pass within a few days.
        if (next() < 0.55 + progress * 0.2) transitions.push({ day, metric: 'passed', policy });
      }
    }
  }
  const rows = [...countsFor(events, transitions).values()].map(({ key, n }) => ({
    day: key.day,
    metric: key.metric,
    source: key.source ?? '',
    policy: key.policy ?? '',
    setting: key.setting ?? '',
    client: key.client ?? '',
    outcome: key.outcome ?? '',
    count: n,
  }));
  await db.insightCount.createMany({ data: rows });
  return true;
}
