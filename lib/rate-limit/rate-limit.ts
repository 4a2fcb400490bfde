import { prisma } from '@/lib/db/client';
import { lockKeys } from '@/lib/db/key-lock';
import { countRateLimitRefusal } from '@/lib/operations/metrics';

export interface RateRule {
  /** Namespaced key, e.g. `probe-ip:192.0.2.1`. */
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Database-backed rate limits, so every app instance counts the same events. All rules are checked
 * and, only when none is exhausted, one event per rule recorded, in one transaction under a lock of
 * the rules' keys (lockKeys): a refused request costs nothing, and parallel requests can never all
 * pass a limit they would exceed together.
 */
export async function takeRateLimit(
  rules: RateRule[],
  now = new Date(),
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  return prisma.$transaction(
    async (tx) => {
      await lockKeys(
        tx,
        rules.map((rule) => rule.key),
      );
      for (const rule of rules) {
        const since = new Date(now.getTime() - rule.windowMs);
        const count = await tx.rateEvent.count({ where: { key: rule.key, createdAt: { gte: since } } });
        if (count >= rule.limit) {
          const oldest = await tx.rateEvent.findFirst({
            where: { key: rule.key, createdAt: { gte: since } },
            orderBy: { createdAt: 'asc' },
          });
          const retryAt = (oldest?.createdAt.getTime() ?? now.getTime()) + rule.windowMs;
          countRateLimitRefusal(rule.key);
          return {
            ok: false as const,
            retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)),
          };
        }
      }
      await tx.rateEvent.createMany({ data: rules.map((rule) => ({ key: rule.key, createdAt: now })) });
      return { ok: true as const };
    },
    { timeout: 10_000, maxWait: 10_000 },
  );
}

/**
 * How long rate events are kept: the longest window of any rule (a day: subscription requests per
 * client, mails per mailbox, insight events) and an hour to spare. Pruned sooner, a daily limit
 * would forget its morning by the afternoon.
 */
export const RATE_EVENT_RETENTION_MS = 25 * 60 * 60 * 1000;

export async function pruneRateEvents(olderThanMs: number, now = new Date()) {
  await prisma.rateEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - olderThanMs) } } });
}
