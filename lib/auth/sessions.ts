import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import type { Role } from './roles';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from './session-policy';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session with a fresh random token (returned once, for the cookie; only its hash is stored). */
export async function createSession(
  userId: string,
  meta: { ip: string; userAgent: string },
  now = new Date(),
) {
  const token = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent.slice(0, 300),
    },
  });
  return { token, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) };
}

/**
 * The staff member a session token belongs to, or null when the session is unknown, idle for too
 * long, past its absolute limit, or its user is disabled. Expired sessions are deleted on sight.
 */
export async function validateSession(
  token: string | undefined,
  now = new Date(),
): Promise<StaffUser | null> {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idle || session.expiresAt <= now || session.user.disabledAt) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: session.user.role as Role,
    sessionId: session.id,
  };
}

export async function deleteSession(token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Ends every session of a user ("end all sessions", disabling, password reset). Returns how many. */
export async function deleteUserSessions(userId: string): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId } })).count;
}
