import { randomBytes, timingSafeEqual } from 'node:crypto';

// One random secret per server process, shared by the in-process timer and the route it calls, so
// the jobs route cannot be triggered from outside.
const holder = globalThis as unknown as { portalJobSecret?: string };

export function jobSecret(): string {
  holder.portalJobSecret ??= randomBytes(32).toString('hex');
  return holder.portalJobSecret;
}

export function isJobSecret(candidate: string | null): boolean {
  if (!candidate || !holder.portalJobSecret) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(holder.portalJobSecret);
  return a.length === b.length && timingSafeEqual(a, b);
}
