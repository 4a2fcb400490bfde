import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect, unstable_rethrow } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { requestLogger } from '@/lib/operations/logger';
import { REQUEST_PATH_HEADER } from '@/lib/security/request-path';
import { hasRole, type Role } from './roles';
import { sessionCookie } from './session-policy';
import { validateSession, type StaffUser } from './sessions';
import { requestMeta } from './request-context';

/** The signed-in staff member of this request, or null. Read once per request. */
export const currentStaff = cache(async (): Promise<StaffUser | null> => {
  const jar = await cookies();
  const { secure } = await requestMeta();
  return validateSession(jar.get(sessionCookie(secure).name)?.value);
});

/** For staff pages: sends visitors without a session to sign in, and answers 403 to a lacking role. */
export async function requireStaffPage(
  locale: Locale,
  role: Role = 'editor',
  from?: string,
): Promise<StaffUser> {
  const user = await currentStaff();
  if (!user) {
    const next = from ? `?next=${encodeURIComponent(from)}` : '';
    redirect(`/${locale}/admin/login${next}`);
  }
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/**
 * Where a staff action without a session sends its caller: the sign-in page in the language of the
 * page the action was posted to (its path from proxy.ts, else the Referer), coming back to that page.
 * A bare `/admin/login` would be negotiated again and could answer in the other language.
 */
async function signInFromAction(): Promise<never> {
  const h = await headers();
  // The page the action was posted to (proxy.ts passes it on for staff pages), else the Referer.
  let path = h.get(REQUEST_PATH_HEADER) ?? '';
  if (!path) {
    try {
      const from = new URL(h.get('referer') ?? '', 'http://portal.invalid');
      path = from.pathname;
    } catch {
      // No usable Referer: the cookie's language, then the default.
    }
  }
  const segment = path.split('/')[1] ?? '';
  const jar = await cookies();
  const cookieLocale = jar.get('NEXT_LOCALE')?.value ?? '';
  const locales = routing.locales as readonly string[];
  const locale = locales.includes(segment)
    ? segment
    : locales.includes(cookieLocale)
      ? cookieLocale
      : routing.defaultLocale;
  const next = path.startsWith(`/${locale}/admin`) && !path.startsWith(`/${locale}/admin/login`) ? path : '';
  redirect(`/${locale}/admin/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
}

/**
 * Why a staff action did nothing: no session, too small a role, or a failure on the server's side
 * (the database did not answer in time, say) that the editor can only wait out and retry.
 */
export type ActionFailure = { ok: false; error: 'unauthorized' | 'forbidden' | 'unavailable' };

/**
 * The one wrapper every staff server action goes through: the session and role are checked inside
 * the action itself, whatever the proxy or the page did. Without a session the caller is sent to
 * sign in (303) and nothing runs; with too small a role it gets `forbidden` and nothing runs.
 *
 * An unexpected error inside the action becomes `unavailable`, so the form can say "not saved, try
 * again" and keep what was typed; thrown, it would replace the whole editor with the error page. Only
 * the error's name and code are logged: its message may quote what was submitted.
 */
export function staffAction<Args extends unknown[], Result>(
  role: Role,
  action: (user: StaffUser, ...args: Args) => Promise<Result>,
) {
  return async (...args: Args): Promise<Result | ActionFailure> => {
    const user = await currentStaff();
    if (!user) return signInFromAction();
    if (!hasRole(user.role, role)) return { ok: false, error: 'forbidden' };
    try {
      return await action(user, ...args);
    } catch (error) {
      // redirect(), notFound() and the like are how an action ends on purpose.
      unstable_rethrow(error);
      requestLogger(await headers(), 'staff').error({ err: error }, 'staff action failed');
      return { ok: false, error: 'unavailable' };
    }
  };
}

/** The same wrapper for plain form actions (no result to return): a lacking role answers 403. */
export function staffFormAction(role: Role, action: (user: StaffUser, form: FormData) => Promise<void>) {
  return async (form: FormData): Promise<void> => {
    const user = await currentStaff();
    if (!user) return signInFromAction();
    if (!hasRole(user.role, role)) forbidden();
    await action(user, form);
  };
}

/** The same check for route handlers: a Response to return, or the user. */
export async function staffRoute(role: Role): Promise<StaffUser | Response> {
  const user = await currentStaff();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (!hasRole(user.role, role)) return Response.json({ error: 'forbidden' }, { status: 403 });
  return user;
}
