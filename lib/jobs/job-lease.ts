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
