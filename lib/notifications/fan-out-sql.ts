import { Prisma } from '@/lib/db/generated/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/database-url';
import type { prisma } from '@/lib/db/client';

type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * A timestamp as each database stores it: PostgreSQL takes the Date; SQLite keeps Prisma's text form
 * (`2026-12-02T10:00:00.123+00:00`), which must match exactly because SQLite compares it as text.
 */
function stamp(date: Date): Date | string {
  return isPostgresUrl(databaseUrl()) ? date : date.toISOString().replace('Z', '+00:00');
}

/**
 * One outbox message for every confirmed, immediate subscriber of the event's audience whose id is in
 * (from, last], as a single INSERT … SELECT: the subscribers never travel to the app. Ids are random
 * (unique per row; the (event, subscriber) key is what prevents a second message).
 */
export async function insertImmediate(
  tx: Transaction,
  options: { eventId: string; from: string; last: string; now: Date; topic: string; services: string[] },
): Promise<number> {
  const postgres = isPostgresUrl(databaseUrl());
  const id = postgres
    ? Prisma.sql`md5(random()::text || clock_timestamp()::text || s."id")`
    : Prisma.sql`lower(hex(randomblob(12)))`;
  // The event's audience is a join on the subscribers' choices (SubscriberInterest).
  const chosen =
    options.topic === 'status'
      ? options.services.length
        ? Prisma.sql`i."kind" = 'service' AND i."value" IN (${Prisma.join(options.services)})`
        : Prisma.sql`1 = 0`
      : Prisma.sql`i."kind" = 'topic' AND i."value" = ${options.topic}`;
  const interest = Prisma.sql`EXISTS (SELECT 1 FROM "SubscriberInterest" i WHERE i."subscriberId" = s."id" AND ${chosen})`;
  const now = stamp(options.now);
  return tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "eventId", "subscriberId", "digest", "status", "attempts", "dueAt", "lastError", "createdAt")
    SELECT ${id}, ${options.eventId}, s."id", ${false}, 'queued', 0, ${now}, '', ${now}
    FROM "Subscriber" s
    WHERE s."status" = 'confirmed' AND s."frequency" = 'immediate' AND ${interest}
      AND s."id" > ${options.from} AND s."id" <= ${options.last}`;
}
