import { prisma } from '@/lib/db/client';
import { lockKeys } from '@/lib/db/key-lock';
import { THROTTLE } from './session-policy';

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Reserves a sign-in attempt before any password is checked: under a lock of the account's and the
 * address's keys (lockKeys), counts the failures in each window and, when neither limit is reached,
 * records this attempt as a failure at once. Parallel attempts therefore each see the ones before
 * them, and no more than the limit ever reach the password check. Returns null when throttled (and
 * records nothing), or the attempt to settle once the password has been checked.
 */
export async function reserveLoginAttempt(
  email: string,
  ip: string,
  now = new Date(),
): Promise<{ succeeded(): Promise<void> } | null> {
  const keys = [accountKey(email), ipKey(ip)];
  const ids = await prisma.$transaction(
    async (tx) => {
      await lockKeys(tx, keys);
      const failures = (key: string, windowMs: number) =>
        tx.loginAttempt.count({
          where: { key, succeeded: false, createdAt: { gte: new Date(now.getTime() - windowMs) } },
        });
      const [account, address] = [
        await failures(keys[0]!, THROTTLE.account.windowMs),
        await failures(keys[1]!, THROTTLE.ip.windowMs),
      ];
      if (account >= THROTTLE.account.failures || address >= THROTTLE.ip.failures) return null;
      const rows = await Promise.all(
        keys.map((key) => tx.loginAttempt.create({ data: { key, succeeded: false, createdAt: now } })),
      );
      return rows.map((row) => row.id);
    },
    { timeout: 10_000, maxWait: 10_000 },
  );
  if (!ids) return null;
  return {
    // A correct password turns the reserved failure into a success, freeing its place in the window.
    succeeded: async () => {
      await prisma.loginAttempt.updateMany({ where: { id: { in: ids } }, data: { succeeded: true } });
    },
  };
}

/** Drops attempts older than the longest window (called opportunistically). */
export async function pruneLoginAttempts(now = new Date()) {
  const oldest = Math.max(THROTTLE.account.windowMs, THROTTLE.ip.windowMs);
  await prisma.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - oldest) } } });
}
