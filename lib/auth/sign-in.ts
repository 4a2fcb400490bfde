import { prisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { verifyAgainstDummy, verifyPassword } from './password';
import { reserveLoginAttempt } from './login-throttle';
import { createSession } from './sessions';
import { logger } from '@/lib/operations/logger';

// Never the address typed or the password: the audit log has the address for staff who need it.
const log = logger.child({ area: 'auth' });

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: string }
  | { ok: false; reason: 'invalid' | 'throttled' };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in. Unknown address, disabled account and wrong password all answer `invalid` after
 * the same amount of hashing work; throttled attempts are refused before any password is checked.
 */
export async function signIn(
  rawEmail: string,
  password: string,
  meta: { ip: string; userAgent: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(rawEmail);
  const attempt = await reserveLoginAttempt(email, meta.ip, now);
  if (!attempt) {
    await recordAudit({ actorEmail: email, action: 'auth.sign-in-throttled', ip: meta.ip });
    log.warn('sign-in refused: throttled');
    return { ok: false, reason: 'throttled' };
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const valid =
    user && !user.disabledAt
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDummy(password);

  if (valid) await attempt.succeeded();
  if (!user || !valid) {
    await recordAudit({
      actorEmail: email,
      action: 'auth.sign-in-failed',
      ip: meta.ip,
      targetType: 'user',
      targetId: user?.id,
    });
    log.info({ userId: user?.id }, 'sign-in refused: invalid');
    return { ok: false, reason: 'invalid' };
  }

  const session = await createSession(user.id, meta, now);
  await recordAudit({
    actorEmail: email,
    action: 'auth.sign-in',
    ip: meta.ip,
    targetType: 'user',
    targetId: user.id,
  });
  log.info({ userId: user.id }, 'signed in');
  return { ok: true, token: session.token, expiresAt: session.expiresAt, userId: user.id };
}
