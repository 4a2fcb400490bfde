'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isLocale, routing } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestMeta } from '@/lib/auth/request-context';
import { staffReturnPath } from '@/lib/auth/return-path';
import { sessionCookie } from '@/lib/auth/session-policy';
import { deleteSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { currentStaff } from '@/lib/auth/staff-guard';
import { requestLogger } from '@/lib/operations/logger';

export type SignInState = { error?: 'invalid' | 'throttled' | 'missing' | 'unavailable'; email: string };

const signInSchema = z.object({
  // No spaces or control characters: what is typed here reaches the audit log as the actor.
  email: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .regex(/^[^\s\p{Cc}]+$/u),
  password: z.string().min(1).max(256),
  locale: z.string(),
  next: z.string().max(500).optional(),
});

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  const email = String(form.get('email') ?? '')
    .replace(/\p{Cc}/gu, '')
    .slice(0, 254);
  if (!parsed.success) {
    // Both fields filled but not an address (spaces, control characters): the usual "wrong" answer,
    // and nothing is recorded.
    const filled = Boolean(form.get('email')) && Boolean(form.get('password'));
    return { error: filled ? 'invalid' : 'missing', email };
  }
  const locale = isLocale(parsed.data.locale) ? parsed.data.locale : routing.defaultLocale;
  // Decided before the password is checked: nothing after a successful sign-in may fail.
  const returnTo = staffReturnPath(locale, parsed.data.next);

  const meta = await requestMeta();
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn(parsed.data.email, parsed.data.password, meta);
  } catch (error) {
    // The database did not answer: say so and keep the address, rather than an error page. The
    // error's message is not logged (it may quote the query, and with it the address).
    requestLogger(await headers(), 'auth').error({ err: error }, 'sign-in could not be checked');
    return { error: 'unavailable', email };
  }
  if (!result.ok) return { error: result.reason, email };

  const cookie = sessionCookie(meta.secure);
  (await cookies()).set(cookie.name, result.token, { ...cookie.options, expires: result.expiresAt });
  redirect(returnTo);
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = String(form.get('locale'));
  const meta = await requestMeta();
  const cookie = sessionCookie(meta.secure);
  const jar = await cookies();
  const token = jar.get(cookie.name)?.value;
  const user = await currentStaff();
  if (token) await deleteSession(token);
  if (user)
    await recordAudit({
      actorEmail: user.email,
      action: 'auth.sign-out',
      ip: meta.ip,
      targetType: 'user',
      targetId: user.id,
    });
  jar.delete({ name: cookie.name, path: '/', secure: meta.secure, httpOnly: true, sameSite: 'lax' });
  redirect(`/${isLocale(locale) ? locale : routing.defaultLocale}/admin/login?signedOut=1`);
}
