import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { signIn } from '@/lib/auth/sign-in';
import { validateSession, deleteUserSessions } from '@/lib/auth/sessions';
import { THROTTLE } from '@/lib/auth/session-policy';
import {
  createStaffUser,
  disableStaff,
  enableStaff,
  endStaffSessions,
  resetStaffPassword,
  setStaffRole,
  StaffAccountError,
} from '@/lib/staff/staff-accounts';
import { db } from '../support/notice-fixtures';

/** Who makes the account changes in these tests (their audit entries). */
const actor = { email: 'admin@example.test' };

const meta = { ip: '192.0.2.10', userAgent: 'vitest' };
const password = 'correct horse battery staple';

beforeEach(async () => {
  await db.session.deleteMany();
  await db.user.deleteMany();
  await db.loginAttempt.deleteMany();
  await db.auditEntry.deleteMany();
});

describe('password hashing', () => {
  it('uses argon2id with 19 MiB, 2 iterations, parallelism 1, and a fresh salt', async () => {
    const a = await hashPassword(password);
    const b = await hashPassword(password);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(password, a)).toBe(true);
    expect(await verifyPassword('wrong password!!', a)).toBe(false);
    expect(await verifyPassword(password, 'not a hash')).toBe(false);
  });
});

describe('staff accounts', () => {
  it('requires 12 characters and no composition rules, and stores only a hash', async () => {
    await expect(
      createStaffUser({ email: 'a@example.test', role: 'editor', password: 'short' }, actor),
    ).rejects.toThrow();
    const user = await createStaffUser(
      { email: 'A@Example.test', role: 'editor', password: 'aaaaaaaaaaaa' },
      actor,
    );
    expect(user.email).toBe('a@example.test');
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain('aaaaaaaaaaaa');
    await expect(
      createStaffUser({ email: 'a@example.test', role: 'admin', password }, actor),
    ).rejects.toBeInstanceOf(StaffAccountError);
  });

  it('never demotes or disables the last active admin', async () => {
    const admin = await createStaffUser({ email: 'admin@example.test', role: 'admin', password }, actor);
    await expect(setStaffRole(admin.id, 'editor', actor)).rejects.toMatchObject({ code: 'last-admin' });
    await expect(disableStaff(admin.id, actor)).rejects.toMatchObject({ code: 'last-admin' });
    await createStaffUser({ email: 'admin2@example.test', role: 'admin', password }, actor);
    await expect(setStaffRole(admin.id, 'editor', actor)).resolves.toMatchObject({ role: 'editor' });
  });

  it('records each change with its audit entry, and a refused change with none', async () => {
    const audits = () => db.auditEntry.findMany({ where: { targetType: 'user' }, orderBy: { id: 'asc' } });
    const admin = await createStaffUser({ email: 'root@example.test', role: 'admin', password }, actor);
    const editor = await createStaffUser({ email: 'ed2@example.test', role: 'editor', password }, actor);
    await setStaffRole(editor.id, 'admin', actor);
    await disableStaff(editor.id, actor);
    await enableStaff(editor.id, actor);
    await endStaffSessions(editor.id, actor);
    await resetStaffPassword(editor.id, 'another long passphrase', actor);
    await expect(disableStaff('no-such-user', actor)).rejects.toMatchObject({ code: 'not-found' });
    expect((await audits()).map((a) => [a.action, a.targetId, a.actorEmail])).toEqual([
      ['user.create', admin.id, actor.email],
      ['user.create', editor.id, actor.email],
      ['user.role-change', editor.id, actor.email],
      ['user.disable', editor.id, actor.email],
      ['user.enable', editor.id, actor.email],
      ['user.sessions-ended', editor.id, actor.email],
      ['user.password-reset', editor.id, actor.email],
    ]);
  });

  it('lets only one of two admins demoting each other at once succeed', async () => {
    const a = await createStaffUser({ email: 'a-admin@example.test', role: 'admin', password }, actor);
    const b = await createStaffUser({ email: 'b-admin@example.test', role: 'admin', password }, actor);
    const results = await Promise.allSettled([
      setStaffRole(a.id, 'editor', actor),
      setStaffRole(b.id, 'editor', actor),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.user.count({ where: { role: 'admin', disabledAt: null } })).toBe(1);
  });
});

describe('sign-in and sessions', () => {
  it('gives a new random token at each sign-in and records it in the audit log', async () => {
    await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    const first = await signIn('ED@example.test ', password, meta);
    const second = await signIn('ed@example.test', password, meta);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(43);
    const stored = await db.session.findMany();
    expect(stored.map((s) => s.tokenHash)).not.toContain(first.token);
    expect(await validateSession(first.token)).toMatchObject({ email: 'ed@example.test', role: 'editor' });
    expect(await db.auditEntry.count({ where: { action: 'auth.sign-in' } })).toBe(2);
  });

  it('answers an unknown user and a wrong password the same way, and audits both', async () => {
    await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    expect(await signIn('nobody@example.test', password, meta)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn('ed@example.test', 'wrong password here', meta)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await db.auditEntry.count({ where: { action: 'auth.sign-in-failed' } })).toBe(2);
  });

  it('ends sessions after 30 idle minutes and 12 hours in all', async () => {
    await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    const start = new Date('2026-11-22T00:00:00Z');
    const minutes = (m: number) => new Date(start.getTime() + m * 60_000);
    const session = await signIn('ed@example.test', password, meta, start);
    if (!session.ok) throw new Error('sign-in failed');

    // Active every 20 minutes: still valid after 11 hours…
    for (let m = 20; m <= 660; m += 20)
      expect(await validateSession(session.token, minutes(m))).not.toBeNull();
    // …but not past 12 hours, however active.
    expect(await validateSession(session.token, minutes(721))).toBeNull();

    const idle = await signIn('ed@example.test', password, meta, start);
    if (!idle.ok) throw new Error('sign-in failed');
    expect(await validateSession(idle.token, minutes(29))).not.toBeNull();
    expect(await validateSession(idle.token, minutes(29 + 31))).toBeNull();
  });

  it('revokes sessions when the user is disabled or all sessions are ended', async () => {
    const user = await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    await createStaffUser({ email: 'admin@example.test', role: 'admin', password }, actor);
    const a = await signIn('ed@example.test', password, meta);
    if (!a.ok) throw new Error('sign-in failed');
    expect(await deleteUserSessions(user.id)).toBe(1);
    expect(await validateSession(a.token)).toBeNull();

    // Two devices: disabling the account ends every one of its sessions, not only the newest.
    const b = await signIn('ed@example.test', password, meta);
    const c = await signIn('ed@example.test', password, { ...meta, userAgent: 'phone' });
    if (!b.ok || !c.ok) throw new Error('sign-in failed');
    await disableStaff(user.id, actor);
    expect(await validateSession(b.token)).toBeNull();
    expect(await validateSession(c.token)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn('ed@example.test', password, meta)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('throttling', () => {
  it('refuses an account after 10 failures in 15 minutes, even with the right password, then recovers', async () => {
    await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    const start = new Date('2026-11-22T00:00:00Z');
    for (let i = 0; i < THROTTLE.account.failures; i++) {
      await signIn('ed@example.test', 'wrong password here', { ...meta, ip: `198.51.100.${i}` }, start);
    }
    expect(await signIn('ed@example.test', password, meta, start)).toEqual({
      ok: false,
      reason: 'throttled',
    });
    const later = new Date(start.getTime() + THROTTLE.account.windowMs + 1000);
    expect((await signIn('ed@example.test', password, meta, later)).ok).toBe(true);
  });

  it('lets no more than the limit reach the password check when 30 wrong passwords arrive at once', async () => {
    await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    const start = new Date('2026-11-22T00:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn('ed@example.test', 'wrong password here', { ...meta, ip: `198.51.100.${i}` }, start),
      ),
    );
    // Each attempt that reached the password check reserved its failure first; the rest were refused.
    expect(await db.loginAttempt.count({ where: { key: 'account:ed@example.test' } })).toBe(
      THROTTLE.account.failures,
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(THROTTLE.account.failures);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(
      30 - THROTTLE.account.failures,
    );
  });

  it('refuses an address after 50 failures in an hour, whatever account it tries', async () => {
    await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    const start = new Date('2026-11-22T00:00:00Z');
    // Failures spread over many (unknown) accounts, so no single account limit is hit.
    await db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.ip.failures }, () => ({
        key: `ip:${meta.ip}`,
        succeeded: false,
        createdAt: start,
      })),
    });
    expect(await signIn('ed@example.test', password, meta, start)).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect((await signIn('ed@example.test', password, { ...meta, ip: '192.0.2.99' }, start)).ok).toBe(true);
    expect(await db.auditEntry.count({ where: { action: 'auth.sign-in-throttled' } })).toBe(1);
  });

  it('ends every session of an account when an admin sets a new password; the old one stops working', async () => {
    const user = await createStaffUser({ email: 'ed@example.test', role: 'editor', password }, actor);
    const laptop = await signIn('ed@example.test', password, meta);
    const phone = await signIn('ed@example.test', password, { ...meta, userAgent: 'phone' });
    if (!laptop.ok || !phone.ok) throw new Error('sign-in failed');
    await resetStaffPassword(user.id, 'a brand new passphrase', actor);
    expect(await validateSession(laptop.token)).toBeNull();
    expect(await validateSession(phone.token)).toBeNull();
    expect(await signIn('ed@example.test', password, meta)).toEqual({ ok: false, reason: 'invalid' });
    expect((await signIn('ed@example.test', 'a brand new passphrase', meta)).ok).toBe(true);
  });

  it('answers a disabled account exactly as a wrong password (no account states revealed), and audits it', async () => {
    const user = await createStaffUser({ email: 'gone@example.test', role: 'editor', password }, actor);
    await createStaffUser({ email: 'admin@example.test', role: 'admin', password }, actor);
    await disableStaff(user.id, actor);
    const disabled = await signIn('gone@example.test', password, meta);
    const wrong = await signIn('admin@example.test', 'not the password', meta);
    expect(disabled).toEqual(wrong);
    expect(await db.auditEntry.count({ where: { action: 'auth.sign-in-failed', targetId: user.id } })).toBe(
      1,
    );
  });
});
