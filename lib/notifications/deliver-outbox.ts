import { prisma } from '@/lib/db/client';
import type { NotificationEvent, Subscriber } from '@/lib/db/generated/client';
import { composeDigestMail, composeEventMail, mailLocale } from './compose-mail';
import { classifySendError, MAX_ATTEMPTS, retryDelayMs } from './delivery-errors';
import { parsePayload } from './notification-events';
import type { MailSender } from './mail-transport';
import type { MailWords, MailWordsFor } from './mail-words';
import {
  fromDelimited,
  hearsAbout,
  interestsOf,
  withInterests,
  type InterestRow,
} from './subscription-topics';
import { preferencesToken } from './subscriber-tokens';
import { serviceNamesFor } from './service-names';
import { logger } from '@/lib/operations/logger';
import { countDeliveries } from '@/lib/operations/metrics';

const log = logger.child({ area: 'notifications' });

/** A message claimed longer ago than this was being sent by a process that died: it is sent again. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export interface DeliveryOptions {
  sender: MailSender;
  words: MailWordsFor;
  now?: Date;
  /** Messages (single mails) per round. */
  batch?: number;
  /** Mails in flight at once (the pool's connections). */
  concurrency?: number;
  /** Fault injection for tests: called after each mail is recorded as sent. */
  afterSent?: (outboxId: string) => void | Promise<void>;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

/** Whether the subscriber still wants this event: confirmed, and still subscribed to its topic. */
function stillWanted(
  subscriber: Subscriber & { interests: InterestRow[] },
  event: NotificationEvent,
): boolean {
  if (subscriber.status !== 'confirmed') return false;
  return hearsAbout(subscriber.interests, event.topic, fromDelimited(event.services));
}

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(workers);
}

/**
 * One round of sending, run by the instance holding the "notifications" lease. Every message is
 * claimed (queued → sending) by a conditional update before it is handed to the relay and marked sent
 * right after, so no two rounds ever send the same message. A process killed between those two steps
 * leaves a claim that goes stale and is sent again after STALE_CLAIM_MS, with the same Message-ID so
 * that mail programs recognise it: the only case a mail may arrive twice, against losing it.
 */
export async function deliverDueMail(options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  await prisma.outboxMessage.updateMany({
    where: { status: 'sending', claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    data: { status: 'queued', claimedAt: null },
  });
  const serviceNames = await serviceNamesFor();
  const wordsCache = new Map<string, MailWords>();
  const words = async (locale: string) => {
    const key = mailLocale(locale);
    if (!wordsCache.has(key)) wordsCache.set(key, await options.words(key));
    return wordsCache.get(key)!;
  };

  const failed = async (ids: string[], attempts: number, error: unknown) => {
    const failure = classifySendError(error);
    const giveUp = !failure.temporary || attempts + 1 >= MAX_ATTEMPTS;
    await prisma.outboxMessage.updateMany({
      where: { id: { in: ids }, status: 'sending' },
      data: giveUp
        ? { status: 'failed', attempts: { increment: 1 }, lastError: failure.reason, claimedAt: null }
        : {
            status: 'queued',
            attempts: { increment: 1 },
            lastError: failure.reason,
            claimedAt: null,
            dueAt: new Date(now.getTime() + retryDelayMs(attempts + 1)),
          },
    });
    if (giveUp) report.failed += ids.length;
    else report.retried += ids.length;
    // The relay's reply is in the outbox (lastError, addresses masked) for staff; the log says what
    // kind of failure it was, never the reply, the recipient or the relay's credentials.
    log.warn(
      { err: error, messages: ids.length, attempts: attempts + 1, retry: !giveUp },
      giveUp ? 'delivery failed, given up' : 'delivery failed, will retry',
    );
  };

  // Single mails.
  const due = await prisma.outboxMessage.findMany({
    where: { status: 'queued', digest: false, dueAt: { lte: now } },
    orderBy: { dueAt: 'asc' },
    take: options.batch ?? 500,
    include: { event: true, subscriber: { include: withInterests } },
  });
  await runPool(due, options.concurrency ?? 4, async (message) => {
    if (!stillWanted(message.subscriber, message.event)) {
      await prisma.outboxMessage.updateMany({
        where: { id: message.id, status: 'queued' },
        data: {
          status: 'skipped',
          lastError: message.subscriber.status === 'confirmed' ? 'topic-dropped' : 'unsubscribed',
        },
      });
      report.skipped++;
      return;
    }
    const claim = await prisma.outboxMessage.updateMany({
      where: { id: message.id, status: 'queued' },
      data: { status: 'sending', claimedAt: now },
    });
    if (claim.count !== 1) return;
    try {
      const mail = composeEventMail({
        id: message.id,
        event: { kind: message.event.kind, payload: parsePayload(message.event.payload) },
        recipient: {
          ...message.subscriber,
          ...interestsOf(message.subscriber.interests),
          token: await preferencesToken(message.subscriber),
        },
        t: await words(message.subscriber.locale),
        serviceNames: serviceNames[mailLocale(message.subscriber.locale)],
      });
      await options.sender.send(mail, message.subscriber.locale);
    } catch (error) {
      await failed([message.id], message.attempts, error);
      return;
    }
    await prisma.outboxMessage.update({
      where: { id: message.id },
      data: {
        status: 'sent',
        sentAt: new Date(),
        attempts: { increment: 1 },
        lastError: '',
        claimedAt: null,
      },
    });
    report.sent++;
    await options.afterSent?.(message.id);
  });

  // Daily digests: everything due for a subscriber in one mail.
  // GROUP BY in the database: Prisma's `distinct` would read every due digest message to keep 100.
  const digestOwners = await prisma.outboxMessage.groupBy({
    by: ['subscriberId'],
    where: { status: 'queued', digest: true, dueAt: { lte: now } },
    orderBy: { subscriberId: 'asc' },
    take: 100,
  });
  for (const { subscriberId } of digestOwners) {
    const messages = await prisma.outboxMessage.findMany({
      where: { subscriberId, status: 'queued', digest: true, dueAt: { lte: now } },
      orderBy: { createdAt: 'asc' },
      include: { event: true, subscriber: { include: withInterests } },
    });
    const subscriber = messages[0]?.subscriber;
    if (!subscriber) continue;
    const wanted = messages.filter((m) => stillWanted(subscriber, m.event));
    const unwanted = messages.filter((m) => !wanted.includes(m));
    if (unwanted.length) {
      await prisma.outboxMessage.updateMany({
        where: { id: { in: unwanted.map((m) => m.id) }, status: 'queued' },
        data: {
          status: 'skipped',
          lastError: subscriber.status === 'confirmed' ? 'topic-dropped' : 'unsubscribed',
        },
      });
      report.skipped += unwanted.length;
    }
    if (!wanted.length) continue;
    const ids = wanted.map((m) => m.id);
    const claim = await prisma.outboxMessage.updateMany({
      where: { id: { in: ids }, status: 'queued' },
      data: { status: 'sending', claimedAt: now },
    });
    if (claim.count !== ids.length) {
      // Another round took some of them: give the rest back and leave this digest to it.
      await prisma.outboxMessage.updateMany({
        where: { id: { in: ids }, status: 'sending', claimedAt: now },
        data: { status: 'queued', claimedAt: null },
      });
      continue;
    }
    try {
      const mail = composeDigestMail({
        // One digest per subscriber and due time, the same id if it is ever sent again.
        id: `digest-${subscriber.id}-${(wanted[0]?.dueAt ?? now).getTime()}`,
        events: wanted.map((m) => ({ kind: m.event.kind, payload: parsePayload(m.event.payload) })),
        recipient: {
          ...subscriber,
          ...interestsOf(subscriber.interests),
          token: await preferencesToken(subscriber),
        },
        t: await words(subscriber.locale),
        serviceNames: serviceNames[mailLocale(subscriber.locale)],
      });
      await options.sender.send(mail, subscriber.locale);
    } catch (error) {
      await failed(ids, Math.max(...wanted.map((m) => m.attempts)), error);
      continue;
    }
    await prisma.outboxMessage.updateMany({
      where: { id: { in: ids } },
      data: {
        status: 'sent',
        sentAt: new Date(),
        attempts: { increment: 1 },
        lastError: '',
        claimedAt: null,
      },
    });
    report.sent += ids.length;
  }
  countDeliveries(report);
  return report;
}
