import { prisma } from '@/lib/db/client';
import { THROTTLE } from './session-policy';

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

async function failuresSince(key: string, since: Date) {
  return prisma.loginAttempt.count({ where: { key, succeeded: false, createdAt: { gte: since } } });
}

/** Whether a sign-in for this account from this address must be refused for now. */
export async function isLoginThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const [account, address] = await Promise.all([
    failuresSince(accountKey(email), new Date(now.getTime() - THROTTLE.account.windowMs)),
    failuresSince(ipKey(ip), new Date(now.getTime() - THROTTLE.ip.windowMs)),
  ]);
  return account >= THROTTLE.account.failures || address >= THROTTLE.ip.failures;
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean, now = new Date()) {
  await prisma.loginAttempt.createMany({
    data: [
      { key: accountKey(email), succeeded, createdAt: now },
      { key: ipKey(ip), succeeded, createdAt: now },
    ],
  });
}

/** Drops attempts older than the longest window (called opportunistically). */
export async function pruneLoginAttempts(now = new Date()) {
  const oldest = Math.max(THROTTLE.account.windowMs, THROTTLE.ip.windowMs);
  await prisma.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - oldest) } } });
}
