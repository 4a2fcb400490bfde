import { prisma } from '@/lib/db/client';

export interface RateRule {
  /** Namespaced key, e.g. `probe-ip:192.0.2.1`. */
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Database-backed rate limits, so every app instance counts the same events. `take` checks all rules
 * first and records one event per rule only when none is exhausted, so a refused request costs nothing.
 */
export async function takeRateLimit(
  rules: RateRule[],
  now = new Date(),
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  for (const rule of rules) {
    const since = new Date(now.getTime() - rule.windowMs);
    const count = await prisma.rateEvent.count({ where: { key: rule.key, createdAt: { gte: since } } });
    if (count >= rule.limit) {
      const oldest = await prisma.rateEvent.findFirst({
        where: { key: rule.key, createdAt: { gte: since } },
        orderBy: { createdAt: 'asc' },
      });
      const retryAt = (oldest?.createdAt.getTime() ?? now.getTime()) + rule.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
    }
  }
  await prisma.rateEvent.createMany({ data: rules.map((rule) => ({ key: rule.key, createdAt: now })) });
  return { ok: true };
}

export async function pruneRateEvents(olderThanMs: number, now = new Date()) {
  await prisma.rateEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - olderThanMs) } } });
}
