/**
 * The measuring half of `npm run bench:insights` (scripts/bench-insights.mjs runs it per database):
 * records BENCH_EVENTS check events (default 1,000,000) through the same batched path the portal
 * uses (recordCheckEvents: raw rows, daily counters, per-mailbox transitions), spread over the last
 * 30 days, then times every query /admin/insights makes, BENCH_QUERIES times each (default 20).
 */
import { performance } from 'node:perf_hooks';
import { prisma } from '../lib/db/client';
import type { Finding } from '../lib/insights/check-findings';
import { feedbackByItem, feedbackComments } from '../lib/insights/feedback-summary';
import { outcomesByDay, policyInsights } from '../lib/insights/policy-dashboard';
import { recordCheckEvents, type CheckEventInput } from '../lib/insights/record-check-event';
import { overdueContent } from '../lib/insights/review-dates';
import { searchGaps } from '../lib/insights/search-gaps';
import { loadRegistryFile } from '../lib/mail-registry/load-registry';
import { CLIENTS } from '../lib/mail-check/customer-choices';

const EVENTS = Number(process.env.BENCH_EVENTS || 1_000_000);
const BATCH = 5_000;
const QUERIES = Number(process.env.BENCH_QUERIES || 20);
/** One event in this many names a mailbox (customers who typed their address; the rest stay anonymous). */
const WITH_ADDRESS_EVERY = 100;

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FINDINGS: Finding[] = [
  { policy: 'encrypted-login-required', setting: 'no-ssl', state: 'breaks' },
  { policy: 'pop-before-smtp-ended', setting: 'pop-before-smtp', state: 'breaks' },
  { policy: 'outbound-port-25-blocked', setting: 'port-25', state: 'breaks' },
  { policy: 'minimum-tls-version', setting: 'tls-version', state: 'will-break' },
];
const OUTCOMES = ['ok', 'ok', 'ok', 'action-required', 'wrong-password', 'busy', 'error'];

function event(i: number, next: () => number, now: number): CheckEventInput {
  const findings = FINDINGS.filter(() => next() < 0.12);
  return {
    at: new Date(now - Math.floor(next() * 30 * 86_400_000)),
    source: next() < 0.8 ? 'check' : 'impact',
    client: CLIENTS[Math.floor(next() * CLIENTS.length)]!,
    outcome: findings.length ? 'action-required' : OUTCOMES[Math.floor(next() * OUTCOMES.length)]!,
    findings,
    ...(i % WITH_ADDRESS_EVERY === 0 ? { email: `user${Math.floor(next() * 20_000)}@example.test` } : {}),
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function time(label: string, run: () => Promise<unknown>) {
  await run(); // warm-up (query plans, page cache)
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)]!;
  const max = times.at(-1)!;
  console.log(`  ${label.padEnd(44)} p50 ${ms(p50).padStart(9)}   max ${ms(max).padStart(9)}`);
  return { p50, max };
}

async function main() {
  const next = random(20_261_203);
  const now = Date.now();
  const t = performance.now();
  for (let done = 0; done < EVENTS; done += BATCH) {
    const size = Math.min(BATCH, EVENTS - done);
    await recordCheckEvents(Array.from({ length: size }, (_, i) => event(done + i, next, now)));
    if ((done / BATCH) % 50 === 49)
      process.stdout.write(`  … ${(done + size).toLocaleString('en')} events\n`);
  }
  const seconds = (performance.now() - t) / 1000;
  const [raw, counters] = await Promise.all([prisma.checkEvent.count(), prisma.insightCount.count()]);
  console.log(
    `  recorded ${raw.toLocaleString('en')} events in ${seconds.toFixed(1)} s ` +
      `(${Math.round(raw / seconds).toLocaleString('en')} events/s in batches of ${BATCH}); ` +
      `${counters.toLocaleString('en')} counter rows`,
  );

  const registry = loadRegistryFile('config/mail-service.demo.json');
  const at = new Date(now);
  const results = [
    await time('policy dashboard (policyInsights)', () => policyInsights(registry, at)),
    await time('checks by outcome, 56 days (outcomesByDay)', () => outcomesByDay(at)),
    await time('whole page (every query at once)', () =>
      Promise.all([
        policyInsights(registry, at),
        outcomesByDay(at),
        feedbackByItem(),
        feedbackComments(),
        searchGaps('en', 'zero'),
        searchGaps('en', 'no-click'),
        overdueContent('en', at),
      ]),
    ),
  ];
  const worst = Math.max(...results.map((r) => r.p50));
  console.log(`  target: whole page under 500 ms → ${worst < 500 ? 'met' : 'NOT met'} (${ms(worst)})`);
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
