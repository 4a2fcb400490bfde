import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirmSubscription,
  subscriberForToken,
  unsubscribe,
  updatePreferences,
} from '@/lib/notifications/manage-subscription';
import { mailboxKey } from '@/lib/notifications/mailbox-key';
import {
  MAIL_PER_MAILBOX_MS,
  MAILS_PER_MAILBOX_PER_DAY,
  requestSubscription,
  SUBSCRIBE_LIMITS,
} from '@/lib/notifications/request-subscription';
import { clientLimitKey } from '@/lib/rate-limit/client-key';
import { subscribeSchema } from '@/lib/notifications/subscription-input';
import { interestRows, withInterests } from '@/lib/notifications/subscription-topics';
import { hashConfirmToken, preferencesToken } from '@/lib/notifications/subscriber-tokens';
import { db } from '../support/notice-fixtures';
import { clearNotifications } from '../support/subscriber-fixtures';

const choices = {
  locale: 'ja',
  topics: ['maintenance'],
  services: [],
  frequency: 'immediate',
  digestHour: '8',
};
const parse = (email: string, extra: Record<string, unknown> = {}) => {
  const parsed = subscribeSchema.safeParse({ email, ...choices, ...extra });
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};

beforeEach(clearNotifications);

describe('subscription input', () => {
  it('refuses malformed, overlong and CR/LF addresses, unknown topics and empty choices', () => {
    const bad = [
      { email: 'not-an-address' },
      { email: `${'a'.repeat(250)}@example.test` },
      { email: 'taro@example.test\r\nBcc: victim@example.test' },
      { email: 'taro@example.test\n' + 'x' },
      { email: 'ta ro@example.test' },
      { email: 'taro@example.test', topics: ['lottery'] },
      { email: 'taro@example.test', topics: [], services: [] },
      { email: 'taro@example.test', locale: 'fr' },
      { email: 'taro@example.test', digestHour: '25' },
    ];
    for (const input of bad) {
      expect([input, subscribeSchema.safeParse({ ...choices, ...input }).success]).toEqual([input, false]);
    }
    expect(parse('  Taro@Example.TEST ').email).toBe('taro@example.test');
  });
});

describe('double opt-in', () => {
  it('stores a pending subscriber with a hashed, expiring token and sends nothing else', async () => {
    const result = await requestSubscription(parse('hanako@example.test'), '192.0.2.1');
    expect(result.ok).toBe(true);
    if (!result.ok || result.mail?.kind !== 'confirm') throw new Error('expected a confirmation');
    const stored = await db.subscriber.findUniqueOrThrow({ where: { email: 'hanako@example.test' } });
    expect(stored.status).toBe('pending');
    expect(stored.confirmTokenHash).toBe(hashConfirmToken(result.mail.token));
    expect(stored.confirmTokenHash).not.toContain(result.mail.token);
    expect(stored.confirmExpiresAt!.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
  });

  it('answers the same for a subscribed address, changes nothing, and mails at most once per 10 minutes', async () => {
    const now = new Date();
    const first = await requestSubscription(parse('jiro@example.test'), '192.0.2.2', now);
    if (!first.ok || first.mail?.kind !== 'confirm') throw new Error('expected a confirmation');
    expect((await confirmSubscription(first.mail.token, now)).ok).toBe(true);

    // A stranger tries to change jiro's choices: same answer, no change, and the owner is told once.
    const later = new Date(now.getTime() + MAIL_PER_MAILBOX_MS + 1000);
    const again = await requestSubscription(
      parse('jiro@example.test', { topics: ['security'], locale: 'en' }),
      '192.0.2.3',
      later,
    );
    expect(again).toMatchObject({ ok: true, mail: { kind: 'already-subscribed' } });
    const third = await requestSubscription(
      parse('jiro@example.test'),
      '192.0.2.3',
      new Date(later.getTime() + 1000),
    );
    expect(third).toEqual({ ok: true, mail: null });
    const stored = await db.subscriber.findUniqueOrThrow({
      where: { email: 'jiro@example.test' },
      include: withInterests,
    });
    expect(stored).toMatchObject({
      status: 'confirmed',
      interests: [{ kind: 'topic', value: 'maintenance' }],
      locale: 'ja',
    });

    // A pending address re-requested within 10 minutes: no second mail.
    await requestSubscription(parse('saburo@example.test'), '192.0.2.4', now);
    expect(
      await requestSubscription(parse('saburo@example.test'), '192.0.2.4', new Date(now.getTime() + 60_000)),
    ).toEqual({
      ok: true,
      mail: null,
    });
  });

  it('sends at most one confirmation when the same address is requested in parallel', async () => {
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        requestSubscription(parse('parallel@example.test'), `198.51.100.${i}`, now),
      ),
    );
    expect(results.filter((r) => r.ok && r.mail).length).toBe(1);
  });

  it('limits requests per client address, so the form cannot mail-bomb other people', async () => {
    const now = new Date();
    const results = [];
    for (let i = 0; i < SUBSCRIBE_LIMITS.perHour + 2; i++)
      results.push(await requestSubscription(parse(`victim${i}@example.test`), '203.0.113.9', now));
    expect(results.filter((r) => r.ok).length).toBe(SUBSCRIBE_LIMITS.perHour);
    expect(results.at(-1)).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(await db.subscriber.count()).toBe(SUBSCRIBE_LIMITS.perHour);
  });

  it('keys the pause and a daily cap on the mailbox, so address variants do not each get a mail', async () => {
    expect(mailboxKey(' V.Ictim+News@GoogleMail.com')).toBe('victim@gmail.com');
    expect(mailboxKey('v.ictim+1@example.test')).toBe('v.ictim@example.test');
    const start = new Date('2026-12-01T00:00:00Z');
    const variants = [
      'victim+1@gmail.com',
      'victim+2@gmail.com',
      'v.ictim@gmail.com',
      'VICTIM@googlemail.com',
    ];
    const mails = [];
    // Four client addresses, each within its own hourly limit, every 11 minutes for a day.
    for (let step = 0; step < (24 * 60) / 11; step++) {
      const at = new Date(start.getTime() + step * 11 * 60_000);
      for (const [i, email] of variants.entries()) {
        const result = await requestSubscription(parse(email), `192.0.2.${10 + i}`, at);
        if (result.ok && result.mail) mails.push(result.mail);
      }
      // Stay under the per-client limits: this test is about the mailbox.
      await db.rateEvent.deleteMany({ where: { key: { startsWith: 'subscribe-ip' } } });
    }
    expect(mails).toHaveLength(MAILS_PER_MAILBOX_PER_DAY);
    // Same answer for every request; only the variants that got a mail were stored.
    expect(await db.subscriber.count()).toBeLessThanOrEqual(MAILS_PER_MAILBOX_PER_DAY);
  });

  it('caps "already subscribed" mails to a confirmed mailbox per day', async () => {
    const start = new Date('2026-12-01T00:00:00Z');
    const first = await requestSubscription(parse('goro@example.test'), '192.0.2.20', start);
    if (!first.ok || first.mail?.kind !== 'confirm') throw new Error('expected a confirmation');
    expect((await confirmSubscription(first.mail.token, start)).ok).toBe(true);
    let already = 0;
    for (let step = 1; step < 144; step++) {
      const at = new Date(start.getTime() + step * MAIL_PER_MAILBOX_MS);
      const result = await requestSubscription(parse('goro@example.test'), `192.0.2.${21 + (step % 5)}`, at);
      if (result.ok && result.mail?.kind === 'already-subscribed') already++;
      await db.rateEvent.deleteMany({ where: { key: { startsWith: 'subscribe-ip' } } });
    }
    expect(already).toBe(MAILS_PER_MAILBOX_PER_DAY - 1);
  });

  it("does not let a second request change a pending request's choices", async () => {
    const now = new Date();
    const owner = await requestSubscription(parse('rokuro@example.test'), '192.0.2.30', now);
    if (!owner.ok || owner.mail?.kind !== 'confirm') throw new Error('expected a confirmation');
    const stranger = parse('rokuro@example.test', {
      locale: 'en',
      topics: ['general'],
      frequency: 'daily',
      digestHour: '3',
    });
    // Within the pause: the same answer, and nothing changes.
    expect(await requestSubscription(stranger, '198.51.100.30', new Date(now.getTime() + 60_000))).toEqual({
      ok: true,
      mail: null,
    });
    const pending = {
      locale: 'ja',
      interests: [{ kind: 'topic', value: 'maintenance' }],
      frequency: 'immediate',
      digestHour: 8,
    };
    expect(
      await db.subscriber.findUniqueOrThrow({
        where: { email: 'rokuro@example.test' },
        include: withInterests,
      }),
    ).toMatchObject(pending);
    // After the pause: a fresh link, still for the owner's choices.
    const later = new Date(now.getTime() + MAIL_PER_MAILBOX_MS + 1000);
    const again = await requestSubscription(stranger, '198.51.100.30', later);
    if (!again.ok || again.mail?.kind !== 'confirm') throw new Error('expected a confirmation');
    expect((await confirmSubscription(again.mail.token, later)).ok).toBe(true);
    expect(
      await db.subscriber.findUniqueOrThrow({
        where: { email: 'rokuro@example.test' },
        include: withInterests,
      }),
    ).toMatchObject({ ...pending, status: 'confirmed' });
  });

  it('limits IPv6 clients per /64, since each can choose any address in it', async () => {
    expect(clientLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientLimitKey('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientLimitKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientLimitKey('192.0.2.1')).toBe('192.0.2.1');
    const now = new Date();
    const results = [];
    for (let i = 0; i < SUBSCRIBE_LIMITS.perHour + 2; i++)
      results.push(
        await requestSubscription(
          parse(`neighbour${i}@example.test`),
          `2001:db8:1:2::${i.toString(16)}`,
          now,
        ),
      );
    expect(results.filter((r) => r.ok).length).toBe(SUBSCRIBE_LIMITS.perHour);
    // Another /64 is another customer.
    expect((await requestSubscription(parse('other@example.test'), '2001:db8:1:3::1', now)).ok).toBe(true);
  });

  it('confirms once, refuses a used, forged or expired link', async () => {
    const now = new Date();
    const result = await requestSubscription(parse('shiro@example.test'), '192.0.2.5', now);
    if (!result.ok || result.mail?.kind !== 'confirm') throw new Error('expected a confirmation');
    expect(await confirmSubscription('forged-token-forged-token-forged', now)).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await confirmSubscription(result.mail.token, new Date(now.getTime() + 25 * 3600_000))).toEqual({
      ok: false,
      error: 'expired',
    });
    const [a, b] = await Promise.all([
      confirmSubscription(result.mail.token, now),
      confirmSubscription(result.mail.token, now),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await confirmSubscription(result.mail.token, now)).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('preference links', () => {
  const general = { create: interestRows({ topics: ['general'], services: [] }) };

  it('open only their own subscriber, and not after a change of address record', async () => {
    const alice = await db.subscriber.create({
      data: { email: 'alice@example.test', locale: 'en', status: 'confirmed', interests: general },
    });
    const bob = await db.subscriber.create({
      data: { email: 'bob@example.test', locale: 'en', status: 'confirmed', interests: general },
    });
    const token = await preferencesToken(alice);
    expect((await subscriberForToken(token))?.id).toBe(alice.id);
    // Alice's signature with Bob's id: refused.
    expect(await subscriberForToken(token.replace(alice.id, bob.id))).toBeNull();
    expect(await subscriberForToken(`${token.slice(0, -2)}xx`)).toBeNull();
    expect(await subscriberForToken('nonsense')).toBeNull();
    await db.subscriber.update({ where: { id: alice.id }, data: { tokenVersion: 2 } });
    expect(await subscriberForToken(token)).toBeNull();
  });

  it('unsubscribe takes effect at once, queued mail included, and saving again resubscribes', async () => {
    const sub = await db.subscriber.create({
      data: { email: 'carol@example.test', locale: 'en', status: 'confirmed', interests: general },
    });
    const event = await db.notificationEvent.create({
      data: { key: 'k1', kind: 'notice-published', topic: 'general', payload: '{}' },
    });
    await db.outboxMessage.create({ data: { eventId: event.id, subscriberId: sub.id, dueAt: new Date() } });
    await unsubscribe(sub.id);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: sub.id } })).status).toBe('unsubscribed');
    expect((await db.outboxMessage.findFirstOrThrow({ where: { subscriberId: sub.id } })).status).toBe(
      'skipped',
    );
    const back = await updatePreferences(await db.subscriber.findUniqueOrThrow({ where: { id: sub.id } }), {
      locale: 'ja',
      topics: ['security'],
      services: [],
      frequency: 'daily',
      digestHour: 7,
    });
    expect(back).toMatchObject({
      status: 'confirmed',
      locale: 'ja',
      interests: [{ kind: 'topic', value: 'security' }],
      frequency: 'daily',
      digestHour: 7,
    });
  });
});
