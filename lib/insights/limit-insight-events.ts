import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { lockKeys } from '@/lib/db/key-lock';
import { clientLimitKey } from '@/lib/rate-limit/client-key';
import { addDays, japanDay } from './insight-days';

type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

export const INSIGHT_KINDS = ['check', 'impact', 'search', 'feedback', 'diagnose'] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How many events of each kind one client (an IPv4 address, an IPv6 /64) may add to the insights
 * per hour and per day. Generous for a person (a family behind one router, a support desk trying a
 * customer's settings), small next to a script. Over the limit the customer still gets the answer;
 * the event is only not counted, and the drop is (InsightDrop).
 */
export const INSIGHT_LIMITS: Record<InsightKind, { perHour: number; perDay: number }> = {
  check: { perHour: 30, perDay: 100 },
  impact: { perHour: 30, perDay: 100 },
  search: { perHour: 60, perDay: 300 },
  feedback: { perHour: 30, perDay: 100 },
  diagnose: { perHour: 30, perDay: 100 },
};

export interface LimitedEvent {
  at: Date;
  /** The client's address; an event without one (a script, a benchmark) is not limited. */
  clientAddress?: string;
  /** Searches: the term, which one client adds at most once a day however often it searches it. */
  term?: string;
}

interface Rule {
  key: string;
  limit: number;
  windowMs: number;
}

function rulesFor(kind: InsightKind, event: LimitedEvent): Rule[] {
  if (event.clientAddress === undefined) return [];
  const client = clientLimitKey(event.clientAddress);
  const { perHour, perDay } = INSIGHT_LIMITS[kind];
  const rules = [
    { key: `insight-${kind}:${client}`, limit: perHour, windowMs: HOUR },
    { key: `insight-${kind}-day:${client}`, limit: perDay, windowMs: DAY },
  ];
  if (event.term !== undefined) {
    const term = createHash('sha256').update(event.term).digest('base64url').slice(0, 22);
    rules.push({ key: `insight-term:${client}:${term}`, limit: 1, windowMs: DAY });
  }
  return rules;
}

/**
 * Which of a batch of events may be recorded, inside the transaction that records them: the
 * clients' events of the last day are read under a lock (two instances cannot both admit the last
 * allowed event), the events are taken in time order against the hourly and daily
 * limits (and for searches once per term), the admitted ones are noted as rate events and the
 * refused ones added to the day's drop counter. Returns, per event, whether to record it.
 */
export async function admitInsightEvents(
  tx: Transaction,
  kind: InsightKind,
  events: LimitedEvent[],
): Promise<boolean[]> {
  const rules = events.map((e) => rulesFor(kind, e));
  const keys = [...new Set(rules.flat().map((r) => r.key))];
  if (keys.length === 0) return events.map(() => true);
  // One lock per kind, not per client: a batch names up to 200 clients, and a lock each would cost
  // a round trip each on PostgreSQL (SQLite admits one writer at a time anyway).
  await lockKeys(tx, [`insight-limits:${kind}`]);
  const times = events.map((e) => e.at.getTime());
  const seen = new Map<string, number[]>(keys.map((k) => [k, []]));
  const earlier = await tx.rateEvent.findMany({
    where: { key: { in: keys }, createdAt: { gt: new Date(Math.min(...times) - DAY) } },
    select: { key: true, createdAt: true },
  });
  for (const e of earlier) seen.get(e.key)!.push(e.createdAt.getTime());

  const order = events.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const admitted = events.map(() => true);
  const noted: { key: string; createdAt: Date }[] = [];
  const dropped = new Map<string, number>();
  for (const i of order) {
    const at = times[i]!;
    const ok = rules[i]!.every(
      (r) => seen.get(r.key)!.filter((t) => t > at - r.windowMs && t <= at).length < r.limit,
    );
    if (ok) {
      for (const r of rules[i]!) {
        seen.get(r.key)!.push(at);
        noted.push({ key: r.key, createdAt: events[i]!.at });
      }
    } else {
      admitted[i] = false;
      const day = japanDay(events[i]!.at);
      dropped.set(day, (dropped.get(day) ?? 0) + 1);
    }
  }
  if (noted.length > 0) await tx.rateEvent.createMany({ data: noted });
  if (dropped.size > 0) {
    // The same upsert on SQLite and PostgreSQL: instances dropping at once never lose a count.
    const values = [...dropped].map(([day, n]) => Prisma.sql`(${day}, ${kind}, ${n})`);
    await tx.$executeRaw`
      INSERT INTO "InsightDrop" ("day", "kind", "count") VALUES ${Prisma.join(values)}
      ON CONFLICT ("day", "kind") DO UPDATE SET "count" = "InsightDrop"."count" + excluded."count"`;
  }
  return admitted;
}

/** Events dropped by the limits, per kind, over the `days` Japan-time days up to today. */
export async function droppedInsightEvents(
  days: number,
  now = new Date(),
): Promise<{ total: number; byKind: Record<InsightKind, number> }> {
  const groups = await prisma.insightDrop.groupBy({
    by: ['kind'],
    where: { day: { gte: addDays(japanDay(now), -(days - 1)) } },
    _sum: { count: true },
  });
  const byKind = Object.fromEntries(
    INSIGHT_KINDS.map((k) => [k, groups.find((g) => g.kind === k)?._sum.count ?? 0]),
  ) as Record<InsightKind, number>;
  return { total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
}
