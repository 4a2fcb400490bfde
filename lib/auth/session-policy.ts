/** Session lifetimes: signed out after 30 idle minutes, and 12 hours after sign-in at the latest. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/** Login throttling windows (counted in the database, so every app instance agrees). */
export const THROTTLE = {
  account: { failures: 10, windowMs: 15 * 60 * 1000 },
  ip: { failures: 50, windowMs: 60 * 60 * 1000 },
} as const;

/**
 * Cookie name and flags. Over HTTPS the `__Host-` prefix makes browsers insist on Secure, Path=/ and
 * no Domain, so the cookie cannot be set or read by a sibling host. The plain-HTTP localhost demo
 * cannot use Secure cookies, so it uses an unprefixed name without Secure.
 */
export function sessionCookie(secure: boolean) {
  return {
    name: secure ? '__Host-portal_session' : 'portal_session',
    options: { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' },
  };
}
