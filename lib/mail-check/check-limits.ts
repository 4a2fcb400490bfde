import type { RateRule } from '@/lib/rate-limit/rate-limit';

/** Abuse limits of the settings checker (docs/checker.md). */
export const CHECK_LIMITS = {
  probesPerIpPerHour: 30,
  loginTestsPerMailboxPer15Minutes: 5,
  loginTestsPerIpPerHour: 20,
  /** Checks running at once in one app instance; more are answered 503 at once, never queued. */
  concurrentChecks: 5,
} as const;

const HOUR = 60 * 60 * 1000;

export function checkRateRules(ip: string, loginMailbox?: string): RateRule[] {
  const rules: RateRule[] = [
    { key: `probe-ip:${ip}`, limit: CHECK_LIMITS.probesPerIpPerHour, windowMs: HOUR },
  ];
  if (loginMailbox) {
    rules.push(
      {
        key: `login-mailbox:${loginMailbox}`,
        limit: CHECK_LIMITS.loginTestsPerMailboxPer15Minutes,
        windowMs: 15 * 60 * 1000,
      },
      { key: `login-ip:${ip}`, limit: CHECK_LIMITS.loginTestsPerIpPerHour, windowMs: HOUR },
    );
  }
  return rules;
}

let running = 0;

/** A slot among the concurrent checks of this instance, or null when all are busy. */
export function acquireCheckSlot(): (() => void) | null {
  if (running >= CHECK_LIMITS.concurrentChecks) return null;
  running += 1;
  let released = false;
  return () => {
    if (!released) running -= 1;
    released = true;
  };
}
