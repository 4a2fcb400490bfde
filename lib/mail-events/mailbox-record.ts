import { prisma } from '@/lib/db/client';
import { isoDay } from '@/lib/dates/format-date';
import { addDays } from '@/lib/insights/insight-days';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import {
  concludeMailbox,
  POP_BEFORE_SMTP_WINDOW_MS,
  type MailboxConclusion,
  type PairingEvent,
} from './mailbox-patterns';

/**
 * The stored record of one mailbox (by its hash) over the last `days` days, concluded: what the
 * customer's view and the staff views read. Two indexed reads for the patterns and the mailbox's POP3
 * logins, one for what came from the same addresses after them.
 */
export async function readMailboxRecord(
  mailboxHash: string,
  registry: Pick<MailRegistry, 'policies'>,
  options: { days?: number; now?: Date } = {},
  db: typeof prisma = prisma,
): Promise<MailboxConclusion & { masked: string | null }> {
  const now = options.now ?? new Date();
  const since = addDays(isoDay(now), -((options.days ?? 7) - 1));
  const sinceTime = new Date(now.getTime() - (options.days ?? 7) * 86_400_000);
  const [patterns, mailbox, pops] = await Promise.all([
    db.mailUsagePattern.findMany({ where: { mailboxHash, day: { gte: since } } }),
    db.mailEventMailbox.findUnique({ where: { mailboxHash }, select: { masked: true } }),
    db.mailEvent.findMany({
      where: {
        mailboxHash,
        protocol: 'pop3',
        kind: 'login',
        result: 'ok',
        occurredAt: { gte: sinceTime },
        clientKey: { not: '' },
      },
      select: { occurredAt: true, clientKey: true },
    }),
  ]);
  const pairing: PairingEvent[] = pops.map((p) => ({
    at: p.occurredAt,
    clientKey: p.clientKey,
    what: 'pop3-login',
  }));
  if (pops.length > 0) {
    const after = await db.mailEvent.findMany({
      where: {
        clientKey: { in: [...new Set(pops.map((p) => p.clientKey))] },
        protocol: 'smtp',
        OR: [{ kind: 'relay-refused' }, { kind: 'login', result: 'ok' }],
        occurredAt: { gte: sinceTime, lte: new Date(now.getTime() + POP_BEFORE_SMTP_WINDOW_MS) },
      },
      select: { occurredAt: true, clientKey: true, kind: true },
    });
    for (const event of after)
      pairing.push({
        at: event.occurredAt,
        clientKey: event.clientKey,
        what: event.kind === 'relay-refused' ? 'relay-refused' : 'smtp-login',
      });
  }
  return { ...concludeMailbox({ patterns, pairing, registry, now }), masked: mailbox?.masked ?? null };
}
