import { prisma } from '@/lib/db/client';
import { isoDay } from '@/lib/dates/format-date';
import { addDays } from '@/lib/insights/insight-days';
import type { Policy } from '@/lib/mail-registry/registry-schema';
import { retentionDays, WAY_FIELDS } from './store-events';

/**
 * Retention (docs/mail-events.md): events, per-mailbox patterns and mailboxes are deleted after
 * MAIL_EVENTS_RETENTION_DAYS (default 14); before a day's patterns go, its totals without the
 * mailboxes are written to MailUsageDaily (events and distinct mailboxes per pattern), which is kept.
 * Run by the worker's hourly clean-up; safe to run again and from several workers (the lease).
 */

/** Writes (again) one day's totals from its per-mailbox patterns. */
export async function rollUpDay(day: string, db: typeof prisma = prisma): Promise<number> {
  const groups = await db.mailUsagePattern.groupBy({
    by: [...WAY_FIELDS],
    where: { day },
    _sum: { count: true },
    _count: { _all: true },
  });
  await db.$transaction([
    db.mailUsageDaily.deleteMany({ where: { day } }),
    db.mailUsageDaily.createMany({
      data: groups.map((g) => ({
        day,
        kind: g.kind,
        protocol: g.protocol,
        port: g.port,
        tls: g.tls,
        tlsVersion: g.tlsVersion,
        mechanism: g.mechanism,
        network: g.network,
        result: g.result,
        events: g._sum.count ?? 0,
        // Each (day, mailbox, pattern) is one row: the rows of a pattern are its distinct mailboxes.
        mailboxes: g._count._all,
      })),
    }),
  ]);
  return groups.length;
}

export interface PruneReport {
  daysRolledUp: number;
  eventsDeleted: number;
  patternsDeleted: number;
  mailboxesDeleted: number;
}

/**
 * Rolls up the finished days (yesterday and the day before always, since late events may still
 * arrive; older days once), then deletes what is past the retention.
 */
export async function rollUpAndPrune(
  now = new Date(),
  days = retentionDays(),
  db: typeof prisma = prisma,
): Promise<PruneReport> {
  const today = isoDay(now);
  const cutoffDay = addDays(today, -days);
  // GROUP BY in the database: Prisma's `distinct` would read every pattern row (millions with many
  // mailboxes) into this process to drop the repeats.
  const finished = await db.mailUsagePattern.groupBy({
    by: ['day'],
    where: { day: { lt: today } },
    orderBy: { day: 'asc' },
  });
  const rolled = new Set(
    (
      await db.mailUsageDaily.groupBy({
        by: ['day'],
        where: { day: { in: finished.map((f) => f.day) } },
      })
    ).map((r) => r.day),
  );
  let daysRolledUp = 0;
  for (const { day } of finished) {
    if (rolled.has(day) && day < addDays(today, -2)) continue;
    await rollUpDay(day, db);
    daysRolledUp++;
  }
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const events = await db.mailEvent.deleteMany({ where: { occurredAt: { lt: cutoff } } });
  const patterns = await db.mailUsagePattern.deleteMany({ where: { day: { lt: cutoffDay } } });
  const mailboxes = await db.mailEventMailbox.deleteMany({ where: { lastSeen: { lt: cutoff } } });
  return {
    daysRolledUp,
    eventsDeleted: events.count,
    patternsDeleted: patterns.count,
    mailboxesDeleted: mailboxes.count,
  };
}

export interface CampaignPruneReport {
  draftsDeleted: number;
  messagesDeleted: number;
  campaignsDeleted: number;
}

/**
 * "Tell these mailboxes" keeps a row per mailbox told (its hash and masked form) so that nobody is
 * told twice and staff can see who changed since. Those rows serve until the policy is in force and
 * the patterns from before its date are gone, so they go `days` after the policy's date, or `days`
 * after they were written once the policy has left the registry. A draft never queued goes `days`
 * after it was prepared (its held messages with it); a campaign whose messages are all gone, too.
 * Messages still queued or being sent are never touched.
 */
export async function pruneMailboxCampaigns(
  policies: Pick<Policy, 'id' | 'effective'>[],
  now = new Date(),
  days = retentionDays(),
  db: typeof prisma = prisma,
): Promise<CampaignPruneReport> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const cutoffDay = addDays(isoDay(now), -days);
  const drafts = await db.mailboxCampaign.deleteMany({
    where: { status: 'draft', createdAt: { lt: cutoff } },
  });
  const done = { status: { in: ['sent', 'failed'] } };
  const past = policies.filter((p) => p.effective < cutoffDay).map((p) => p.id);
  const messages = await db.mailboxCampaignMessage.deleteMany({
    where: {
      OR: [
        { ...done, policy: { in: past } },
        { ...done, policy: { notIn: policies.map((p) => p.id) }, createdAt: { lt: cutoff } },
      ],
    },
  });
  const campaigns = await db.mailboxCampaign.deleteMany({
    where: { status: 'queued', queuedAt: { lt: cutoff }, messages: { none: {} } },
  });
  return { draftsDeleted: drafts.count, messagesDeleted: messages.count, campaignsDeleted: campaigns.count };
}
