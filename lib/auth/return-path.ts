/**
 * Where sign-in sends a staff member afterwards: a path inside this locale's staff area, or the staff
 * home. Checked when the sign-in page is rendered (so the form never carries anything else) and again
 * in the action, before any password is checked, so that an address a redirect cannot carry (CR/LF,
 * NUL, non-ASCII, `//`, another locale, the sign-in page itself) can never fail a sign-in that already
 * created a session.
 */
const RETURN_PATH = /^\/(?:[a-z]{2})\/admin(?:\/[A-Za-z0-9._~-]+)*\/?$/;

export function staffReturnPath(locale: string, next: unknown): string {
  const home = `/${locale}/admin`;
  if (typeof next !== 'string' || next.length > 200 || !RETURN_PATH.test(next)) return home;
  if (!next.startsWith(`${home}/`) && next !== home) return home;
  if (next.startsWith(`${home}/login`) || next.split('/').some((part) => part === '.' || part === '..'))
    return home;
  return next;
}
