import { prisma } from '@/lib/db/client';
import { INSTANCE_ID } from '@/lib/jobs/job-lease';

/**
 * Cache invalidation across app instances. Each `next start` keeps its own page and data cache, so
 * expiring a tag on the instance that saved is not enough: the change is also written here, and every
 * other instance's job tick (every second) expires the same tags locally. A publish therefore shows
 * on every instance within about two seconds, with nothing but the shared database.
 */

export const EVERY_PAGE = '*';

export async function announceChange(tag: string): Promise<void> {
  await prisma.contentChange.create({ data: { tag, origin: INSTANCE_ID } });
}

const state = globalThis as unknown as { portalLastChange?: number };

/**
 * The tags other instances changed since this instance last asked. The first call only notes where
 * the log stands: a starting instance has an empty cache and nothing to expire.
 */
export async function takeOtherInstancesChanges(): Promise<string[]> {
  if (state.portalLastChange === undefined) {
    const last = await prisma.contentChange.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
    state.portalLastChange = last?.id ?? 0;
    return [];
  }
  const rows = await prisma.contentChange.findMany({
    where: { id: { gt: state.portalLastChange } },
    orderBy: { id: 'asc' },
    select: { id: true, tag: true, origin: true },
  });
  if (rows.length === 0) return [];
  state.portalLastChange = rows.at(-1)!.id;
  return [...new Set(rows.filter((r) => r.origin !== INSTANCE_ID).map((r) => r.tag))];
}

export async function pruneContentChanges(now = new Date()): Promise<number> {
  const { count } = await prisma.contentChange.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 3_600_000) } },
  });
  return count;
}
