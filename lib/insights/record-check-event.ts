import { prisma } from '@/lib/db/client';
import type { Finding } from './check-findings';
import { addCounts, countsFor, type CountKey } from './insight-counts';
import { japanDay } from './insight-days';
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
}

/** A check that ran to the end: its findings say what the mailbox's settings are now. */
const COMPLETED = new Set(['ok', 'action-required']);

/**
 * Stores a batch of events (lib/insights/insight-writer.ts collects them off the request) in one
 * transaction: the raw rows, the daily counters, and per mailbox the "told to change" and "later
 * passed" transitions, each counted once.
 */
export async function recordCheckEvents(events: CheckEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const rows = await Promise.all(
    events.map(async (e) => ({ ...e, day: japanDay(e.at), hash: await mailboxHash(e.email) })),
  );
  await prisma.$transaction(async (tx) => {
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
    const transitions: CountKey[] = [];
    for (const e of rows) {
      if (!e.hash) continue;
      const policies = [...new Set(e.findings.map((f) => f.policy))];
      for (const policy of policies) {
        const where = { policy_mailboxHash: { policy, mailboxHash: e.hash } };
        const known = await tx.policyMailbox.findUnique({ where, select: { policy: true } });
        // Told again after passing: the mailbox is back to "told" and may pass (and count) once more.
        await tx.policyMailbox.upsert({
          where,
          create: { policy, mailboxHash: e.hash, toldAt: e.at, lastSeenAt: e.at },
          update: { lastSeenAt: e.at, passedAt: null },
        });
        if (!known) transitions.push({ day: e.day, metric: 'told', policy });
      }
      if (e.source !== 'check' || !COMPLETED.has(e.outcome)) continue;
      const where = {
        mailboxHash: e.hash,
        passedAt: null,
        policy: { notIn: policies },
        toldAt: { lt: e.at },
      };
      const passed = await tx.policyMailbox.findMany({ where, select: { policy: true } });
      if (passed.length === 0) continue;
      await tx.policyMailbox.updateMany({ where, data: { passedAt: e.at, lastSeenAt: e.at } });
      for (const { policy } of passed) transitions.push({ day: e.day, metric: 'passed', policy });
    }
    await addCounts(tx, countsFor(rows, transitions));
  });
}

/** The hourly clean-up: raw events and idle mailboxes after 30 days, counts after three years. */
export async function pruneCheckInsights(now = new Date()) {
  const cutoff = new Date(now.getTime() - CHECK_EVENT_RETENTION_DAYS * 86_400_000);
  const events = await prisma.checkEvent.deleteMany({ where: { createdAt: { lt: cutoff } } });
  const mailboxes = await prisma.policyMailbox.deleteMany({ where: { lastSeenAt: { lt: cutoff } } });
  const counts = await prisma.insightCount.deleteMany({
    where: { day: { lt: japanDay(new Date(now.getTime() - INSIGHT_COUNT_RETENTION_DAYS * 86_400_000)) } },
  });
  return events.count + mailboxes.count + counts.count;
}
