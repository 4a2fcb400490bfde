import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redirect } from 'next/navigation';
import { Prisma } from '@/lib/db/generated/client';
import { createSession } from '@/lib/auth/sessions';
import { staffAction } from '@/lib/auth/staff-guard';
import { createStaffUser } from '@/lib/staff/staff-accounts';
import { captureLogs } from '../support/log-capture';
import { db } from '../support/notice-fixtures';

/** Who makes the account changes in these tests (their audit entries). */
const actor = { email: 'admin@example.test' };

// The request the action runs in: outside Next there is none, so the session cookie and headers are
// supplied here. Everything else (the session lookup, the role check) is the real code and database.
const request = vi.hoisted(() => ({ cookie: '', referer: '' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === 'portal_session' && request.cookie ? { value: request.cookie } : undefined,
  }),
  headers: async () =>
    new Headers({
      'x-forwarded-for': '192.0.2.20',
      ...(request.referer ? { referer: request.referer } : {}),
    }),
}));

async function signedIn(role: 'editor' | 'admin') {
  const user = await createStaffUser(
    {
      email: `${role}-${Date.now()}@example.test`,
      role,
      password: 'a long enough password',
    },
    actor,
  );
  request.cookie = (await createSession(user.id, { ip: '192.0.2.20', userAgent: 'vitest' })).token;
}

let logs: ReturnType<typeof captureLogs>;
beforeEach(async () => {
  await db.session.deleteMany();
  await db.user.deleteMany();
  logs = captureLogs();
});
afterEach(() => {
  logs.restore();
  vi.restoreAllMocks();
});

describe('staffAction', () => {
  it('runs the action for a signed-in member with the role', async () => {
    await signedIn('editor');
    const action = staffAction('editor', async (user, value: number) => `${user.role}:${value}`);
    expect(await action(2)).toBe('editor:2');
  });

  it('refuses a member whose role is too small, without running the action', async () => {
    await signedIn('editor');
    const run = vi.fn(async () => 'ran');
    expect(await staffAction('admin', run)()).toEqual({ ok: false, error: 'forbidden' });
    expect(run).not.toHaveBeenCalled();
  });

  it('turns an unexpected failure into `unavailable` and logs its code, never its message', async () => {
    await signedIn('editor');
    const failing = staffAction('editor', async () => {
      throw new Prisma.PrismaClientKnownRequestError('Socket timeout near "my secret draft"', {
        code: 'P1008',
        clientVersion: 'test',
      });
    });
    expect(await failing()).toEqual({ ok: false, error: 'unavailable' });
    expect(logs.entries().filter((e) => e.level === 'error')).toEqual([
      expect.objectContaining({
        level: 'error',
        area: 'staff',
        msg: 'staff action failed',
        err: { type: 'PrismaClientKnownRequestError', code: 'P1008' },
      }),
    ]);
    expect(logs.lines.join('\n')).not.toContain('secret');
  });

  it('lets a redirect through: that is how an action ends on purpose', async () => {
    await signedIn('editor');
    const redirecting = staffAction('editor', async () => redirect('/en/admin/notices?saved=1'));
    await expect(redirecting()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(logs.entries().filter((e) => e.level === 'error')).toEqual([]);
  });

  it('sends a visitor without a session to sign in, and runs nothing', async () => {
    request.cookie = '';
    const run = vi.fn(async () => 'ran');
    await expect(staffAction('editor', run)()).rejects.toMatchObject({
      digest: expect.stringContaining('/admin/login'),
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('keeps the language of the page the action came from, and comes back to that page', async () => {
    request.cookie = '';
    for (const [referer, target] of [
      ['http://localhost:3100/en/admin/notices/new', '/en/admin/login?next=%2Fen%2Fadmin%2Fnotices%2Fnew'],
      ['http://localhost:3100/ja/admin/faq', '/ja/admin/login?next=%2Fja%2Fadmin%2Ffaq'],
      ['http://localhost:3100/en/admin/login', '/en/admin/login'],
    ]) {
      request.referer = referer!;
      await expect(staffAction('editor', async () => 'ran')()).rejects.toMatchObject({
        digest: expect.stringContaining(`;${target};`),
      });
    }
    request.referer = '';
  });
});
