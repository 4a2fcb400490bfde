import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db/client';

/** This process's name in leases: one per app instance. */
const holder = (globalThis as unknown as { portalInstanceId?: string }).portalInstanceId ?? randomUUID();
(globalThis as unknown as { portalInstanceId?: string }).portalInstanceId = holder;
export const INSTANCE_ID = holder;

/**
 * Takes (or renews) the lease `name` for `ttlMs`, so that when several app instances share one
 * database exactly one of them runs the job. True when this instance holds it now. The update is a
 * single conditional statement, so two instances can never both succeed; the insert for a lease
 * that does not exist yet is protected by the primary key.
 */
export async function acquireLease(
  name: string,
  ttlMs: number,
  now = new Date(),
  instance = INSTANCE_ID,
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const taken = await prisma.jobLease.updateMany({
    where: { name, OR: [{ expiresAt: { lte: now } }, { holder: instance }] },
    data: { holder: instance, expiresAt },
  });
  if (taken.count > 0) return true;
  try {
    await prisma.jobLease.create({ data: { name, holder: instance, expiresAt } });
    return true;
  } catch {
    // Another instance holds it (or created it a moment ago).
    return false;
  }
}

/**
 * The lease the job tick renews every second (scheduled publishing, 5 s) in whichever instance holds
 * it: while job ticks run in any instance it never stays expired for long, so an old expiry means
 * that no instance is running background jobs (GET /api/ready, docs/operations.md).
 */
export const HEARTBEAT_LEASE = 'publishing';

/** How long the heartbeat lease may have been expired before the jobs count as stopped. */
export const STALE_LEASE_MS = 60_000;

/** How long ago the lease `name` ran out (0 while it is held), or null when no instance ever took it. */
export async function leaseOverdueMs(
  name: string,
  now = new Date(),
  db: Pick<typeof prisma, 'jobLease'> = prisma,
): Promise<number | null> {
  const lease = await db.jobLease.findUnique({ where: { name }, select: { expiresAt: true } });
  if (!lease) return null;
  return Math.max(0, now.getTime() - lease.expiresAt.getTime());
}
