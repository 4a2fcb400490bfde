import { prisma } from '@/lib/db/client';
import type { Db } from '@/lib/db/transaction';
import { INSTANCE_ID } from '@/lib/jobs/job-lease';

/**
 * Cache invalidation across app instances. Each `next start` keeps its own page and data cache, so
 * expiring a tag on the instance that saved is not enough: the change is also written here, and every
 * other instance's job tick (every second) expires the same tags locally. A publish therefore shows
 * on every instance within about two seconds, with nothing but the shared database.
 */

export const EVERY_PAGE = '*';

/**
 * Writes the change for the other instances. A save passes its transaction (`db`), so the row commits
 * with the content it announces, or not at all.
 */
export async function announceChange(tag: string, db: Db = prisma): Promise<void> {
  await db.contentChange.create({ data: { tag, origin: INSTANCE_ID } });
}

/**
 * How far back, besides the rows after the last one seen, each round looks. Rows are written inside
 * the saving transaction: on PostgreSQL a row can take its id from the sequence before a row with a
 * higher id commits, and appear only after a round has moved past that higher id. Transactions last
 * seconds at most, so a minute's look back finds such a row; the ids seen keep it from counting twice.
 */
const LOOK_BACK_MS = 60_000;

const state = globalThis as unknown as { portalLastChange?: number; portalSeenChanges?: Map<number, number> };

/**
 * The tags other instances changed since this instance last asked. The first call only notes where
 * the log stands: a starting instance has an empty cache and nothing to expire.
 */
export async function takeOtherInstancesChanges(now = Date.now()): Promise<string[]> {
  const seen = (state.portalSeenChanges ??= new Map());
  const since = new Date(now - LOOK_BACK_MS);
  const rows = await prisma.contentChange.findMany({
    where:
      state.portalLastChange === undefined
        ? { createdAt: { gte: since } }
        : { OR: [{ id: { gt: state.portalLastChange } }, { createdAt: { gte: since } }] },
    orderBy: { id: 'asc' },
    select: { id: true, tag: true, origin: true },
  });
  for (const [id, at] of seen) if (at < now - 2 * LOOK_BACK_MS) seen.delete(id);
  const fresh = rows.filter((r) => !seen.has(r.id));
  for (const r of fresh) seen.set(r.id, now);
  if (state.portalLastChange === undefined) {
    const last = await prisma.contentChange.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
    state.portalLastChange = last?.id ?? 0;
    return [];
  }
  if (fresh.length === 0) return [];
  state.portalLastChange = Math.max(state.portalLastChange, fresh.at(-1)!.id);
  return [...new Set(fresh.filter((r) => r.origin !== INSTANCE_ID).map((r) => r.tag))];
}

export async function pruneContentChanges(now = new Date()): Promise<number> {
  const { count } = await prisma.contentChange.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 3_600_000) } },
  });
  return count;
}
