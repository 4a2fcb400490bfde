import { prisma } from '@/lib/db/client';
import { insertImmediate } from './fan-out-sql';
import { audienceWhere } from './audience';
import { nextDigestTime } from './digest-time';
import { fromDelimited } from './subscription-topics';

/** Subscribers given their message per transaction: short write locks, and a restart loses little. */
export const FAN_OUT_CHUNK = 5_000;

/**
 * Turns recorded events into one outbox message per subscriber concerned. Each chunk of subscribers
 * (in id order) is written in one transaction together with the event's cursor, and the cursor moves
 * only if it still is where this round found it: a round that is killed, or that loses the lease to
 * another instance, leaves either the whole chunk or none of it, and the next round carries on from
 * the cursor. The (event, subscriber) unique key is the last guard against a second message.
 * Subscribers of the daily digest get theirs due at their digest hour.
 */
export async function fanOutEvents(now = new Date(), chunk = FAN_OUT_CHUNK): Promise<number> {
  const events = await prisma.notificationEvent.findMany({
    where: { fannedOutAt: null },
    orderBy: { createdAt: 'asc' },
    take: 20,
  });
  let queued = 0;
  for (const event of events) {
    const where = audienceWhere(event.topic, fromDelimited(event.services));
    let cursor = event.fanoutCursor;
    for (;;) {
      // The chunk: ids only (cheap), so the insert below can name its range.
      const subscribers = await prisma.subscriber.findMany({
        where: { ...where, ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: 'asc' },
        take: chunk,
        select: { id: true, frequency: true, digestHour: true },
      });
      const last = subscribers.at(-1)?.id;
      const from = cursor;
      const daily = subscribers.filter((s) => s.frequency === 'daily');
      const moved = await prisma.$transaction(
        async (tx) => {
          const claim = await tx.notificationEvent.updateMany({
            where: { id: event.id, fanoutCursor: from, fannedOutAt: null },
            data: {
              fanoutCursor: last ?? from,
              recipients: { increment: subscribers.length },
              ...(subscribers.length < chunk ? { fannedOutAt: now } : {}),
            },
          });
          if (claim.count !== 1) return false;
          if (last) {
            // Immediate subscribers in one INSERT … SELECT (the bulk, about 20 times faster than
            // rows sent from here); daily ones with their own due time.
            await insertImmediate(tx, {
              eventId: event.id,
              from,
              last,
              now,
              topic: event.topic,
              services: fromDelimited(event.services),
            });
            if (daily.length > 0)
              await tx.outboxMessage.createMany({
                data: daily.map((s) => ({
                  eventId: event.id,
                  subscriberId: s.id,
                  digest: true,
                  dueAt: nextDigestTime(s.digestHour, now),
                  createdAt: now,
                })),
              });
          }
          return true;
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      if (!moved) break; // Someone else moved this event on; it is theirs now.
      queued += subscribers.length;
      if (subscribers.length < chunk) break;
      cursor = last ?? cursor;
    }
  }
  return queued;
}
