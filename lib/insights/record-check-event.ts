import { prisma } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { Finding } from './check-findings';
import { addCounts, countsFor, type CountKey } from './insight-counts';
import { japanDay } from './insight-days';
import { admitInsightEvents } from './limit-insight-events';
import { mailboxHash } from './mailbox-hash';

/** Raw check events and policy mailboxes are kept this long; the daily counts three years. */
export const CHECK_EVENT_RETENTION_DAYS = 30;
export const INSIGHT_COUNT_RETENTION_DAYS = 3 * 366;

export interface CheckEventInput {
  at: Date;
  source: 'check' | 'impact';
  client: string;
  outcome: string;
  findings: Finding[];
  /** The address the customer typed, if any: only its HMAC is kept. */
  email?: string;
  /**
   * The client's IP address, for the per-client limit (limit-insight-events.ts); never stored with
   * the event. Without one (a benchmark, a script) the event is not limited.
   */
  clientAddress?: string;
}

/** A check that ran to the end: its findings say what the mailbox's settings are now. */
const COMPLETED = new Set(['ok', 'action-required']);

type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];
interface MailboxState {
  policy: string;
  mailboxHash: string;
  toldAt: Date;
  passedAt: Date | null;
  lastSeenAt: Date;
  /** new: to insert; changed: to update; undefined: as read. */
  write?: 'new' | 'changed';
}

/**
 * The "told to change" and "later passed" transitions of a batch, worked out in memory over the
 * batch's mailboxes (one read), then written with one insert and an update per changed row, so a
 * batch costs a handful of queries however many of its events name a mailbox.
 * - Told: the first finding for a policy and mailbox (counted once; told again after passing, the
 *   mailbox is back to "told" and may pass, and count, once more).
 * - Passed: a completed check of a told mailbox with no finding for that policy any more.
 */
async function mailboxTransitions(
  tx: Transaction,
  rows: (CheckEventInput & { day: string; hash: string })[],
): Promise<CountKey[]> {
  const hashes = [...new Set(rows.map((e) => e.hash).filter(Boolean))];
  if (hashes.length === 0) return [];
  const known = await tx.policyMailbox.findMany({ where: { mailboxHash: { in: hashes } } });
  const state = new Map<string, MailboxState>(
    known.map((m) => [`${m.policy}\u0000${m.mailboxHash}`, { ...m }]),
  );
  const transitions: CountKey[] = [];
  for (const e of rows) {
    if (!e.hash) continue;
    const policies = new Set(e.findings.map((f) => f.policy as string));
    for (const policy of policies) {
      const key = `${policy}\u0000${e.hash}`;
      const entry = state.get(key);
      if (!entry) {
        state.set(key, {
          policy,
          mailboxHash: e.hash,
          toldAt: e.at,
          passedAt: null,
          lastSeenAt: e.at,
          write: 'new',
        });
        transitions.push({ day: e.day, metric: 'told', policy });
      } else {
        Object.assign(entry, { lastSeenAt: e.at, passedAt: null, write: entry.write ?? 'changed' });
      }
    }
    if (e.source !== 'check' || !COMPLETED.has(e.outcome)) continue;
    for (const entry of state.values()) {
      if (
        entry.mailboxHash !== e.hash ||
        entry.passedAt ||
        policies.has(entry.policy) ||
        entry.toldAt >= e.at
      )
        continue;
      Object.assign(entry, { passedAt: e.at, lastSeenAt: e.at, write: entry.write ?? 'changed' });
      transitions.push({ day: e.day, metric: 'passed', policy: entry.policy });
    }
  }
  const entries = [...state.values()];
  const created = entries.filter((m) => m.write === 'new');
  if (created.length > 0) {
    // Another instance may have inserted the same mailbox a moment ago: keep its row.
    const values = created.map(
      (m) => Prisma.sql`(${m.policy}, ${m.mailboxHash}, ${m.toldAt}, ${m.passedAt}, ${m.lastSeenAt})`,
    );
    await tx.$executeRaw`
      INSERT INTO "PolicyMailbox" ("policy", "mailboxHash", "toldAt", "passedAt", "lastSeenAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("policy", "mailboxHash") DO NOTHING`;
  }
  for (const m of entries.filter((e) => e.write === 'changed'))
    await tx.policyMailbox.update({
      where: { policy_mailboxHash: { policy: m.policy, mailboxHash: m.mailboxHash } },
      data: { passedAt: m.passedAt, lastSeenAt: m.lastSeenAt },
    });
  return transitions;
}

/**
 * Stores a batch of events (lib/insights/insight-writer.ts collects them off the request) in one
 * transaction: the per-client limits (events over them only counted as dropped), the raw rows, the daily counters, and per mailbox the "told to change" and "later
 * passed" transitions, each counted once.
 */
export async function recordCheckEvents(events: CheckEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const all = await Promise.all(
    events.map(async (e) => ({ ...e, day: japanDay(e.at), hash: await mailboxHash(e.email) })),
  );
  await prisma.$transaction(async (tx) => {
    // Over its client's limit, an event is counted as dropped instead of recorded.
    const checks = all.filter((e) => e.source === 'check');
    const answers = all.filter((e) => e.source === 'impact');
    const admittedChecks = await admitInsightEvents(tx, 'check', checks);
    const admittedAnswers = await admitInsightEvents(tx, 'impact', answers);
    const rows = [
      ...checks.filter((_, i) => admittedChecks[i]),
      ...answers.filter((_, i) => admittedAnswers[i]),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    if (rows.length === 0) return;
    await tx.checkEvent.createMany({
      data: rows.map((e) => ({
        createdAt: e.at,
        source: e.source,
        client: e.client,
        outcome: e.outcome,
        findings: e.findings.length
          ? `,${e.findings.map((f) => `${f.policy}:${f.setting}:${f.state}`).join(',')},`
          : '',
        mailboxHash: e.hash,
      })),
    });
    const transitions = await mailboxTransitions(tx, rows);
    await addCounts(tx, countsFor(rows, transitions));
  });
}

/** The hourly clean-up: raw events and idle mailboxes after 30 days, counts (diagnoses too) after three years. */
export async function pruneCheckInsights(now = new Date()) {
  const cutoff = new Date(now.getTime() - CHECK_EVENT_RETENTION_DAYS * 86_400_000);
  const events = await prisma.checkEvent.deleteMany({ where: { createdAt: { lt: cutoff } } });
  const mailboxes = await prisma.policyMailbox.deleteMany({ where: { lastSeenAt: { lt: cutoff } } });
  const oldestDay = japanDay(new Date(now.getTime() - INSIGHT_COUNT_RETENTION_DAYS * 86_400_000));
  const counts = await prisma.insightCount.deleteMany({ where: { day: { lt: oldestDay } } });
  const drops = await prisma.insightDrop.deleteMany({ where: { day: { lt: oldestDay } } });
  const diagnoses = await prisma.diagnosisCount.deleteMany({ where: { day: { lt: oldestDay } } });
  return events.count + mailboxes.count + counts.count + drops.count + diagnoses.count;
}
