import { beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { deliverDueMail } from '@/lib/notifications/deliver-outbox';
import { deleteSubscriber, listEventSummaries, retryFailed } from '@/lib/notifications/admin-notifications';
import { classifySendError, maskAddressesIn, retryDelayMs } from '@/lib/notifications/delivery-errors';
import { nextDigestTime } from '@/lib/notifications/digest-time';
import { fanOutEvents } from '@/lib/notifications/fan-out-events';
import { createMailSender, type MailSender } from '@/lib/notifications/mail-transport';
import { announceNotice } from '@/lib/notifications/notice-notifications';
import {
  announceIncident,
  announceLatestIncidentUpdate,
  recordDueMaintenanceEvents,
} from '@/lib/notifications/status-notifications';
import { addIncidentUpdate } from '@/lib/status/save-incident';
import { recordEvent } from '@/lib/notifications/notification-events';
import { createNotice, db } from '../support/notice-fixtures';
import { testMailWords } from '../support/mail-words';
import { clearNotifications, createSubscriber } from '../support/subscriber-fixtures';

const settings = { from: 'notices@example.test', unsubscribeMailto: 'support@example.test' };
const capture = () => createMailSender(settings);

beforeEach(async () => {
  await clearNotifications();
  await db.incident.deleteMany();
  await db.statusComponent.deleteMany();
});

async function captured() {
  const rows = await db.capturedMail.findMany({ orderBy: { createdAt: 'asc' } });
  return Promise.all(rows.map(async (row) => ({ row, mail: await simpleParser(row.source) })));
}

describe('fan-out', () => {
  it('gives each interested, confirmed subscriber exactly one message, however often it runs', async () => {
    const notice = await createNotice({
      category: 'maintenance',
      text: { en: { title: 'Night work', body: 'Body' } },
    });
    const wants = await createSubscriber({ topics: ['maintenance'] });
    await createSubscriber({ topics: ['security'] });
    await createSubscriber({ topics: ['maintenance'], status: 'pending' });
    await createSubscriber({ topics: ['maintenance'], status: 'unsubscribed' });
    expect(await announceNotice(db, notice.id, 'editor@example.test')).toBe(true);
    expect(await announceNotice(db, notice.id, 'editor@example.test')).toBe(false);

    // Small chunks, run repeatedly: the cursor and the unique key keep it to one each.
    expect(await fanOutEvents(new Date(), 1)).toBe(1);
    expect(await fanOutEvents(new Date(), 1)).toBe(0);
    const rows = await db.outboxMessage.findMany();
    expect(rows.map((r) => r.subscriberId)).toEqual([wants.id]);
    expect((await db.notificationEvent.findFirstOrThrow()).recipients).toBe(1);
  });

  it('fans out in chunks that resume from the cursor', async () => {
    for (let i = 0; i < 7; i++) await createSubscriber({ topics: ['general'] });
    await recordEvent(db, {
      key: 'e1',
      kind: 'notice-published',
      topic: 'general',
      payload: { path: '/notices/x', text: {} },
      createdBy: 't',
    });
    expect(await fanOutEvents(new Date(), 3)).toBe(7);
    expect(await db.outboxMessage.count()).toBe(7);
    const event = await db.notificationEvent.findFirstOrThrow();
    expect(event.fannedOutAt).not.toBeNull();
  });

  it("due digest messages at the subscriber's hour in Japan time", () => {
    // 2026-12-02 10:00 UTC = 19:00 JST: 08:00 JST next day is 2026-12-02 23:00 UTC.
    expect(nextDigestTime(8, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-12-02T23:00:00.000Z',
    );
    expect(nextDigestTime(20, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-12-02T11:00:00.000Z',
    );
    expect(nextDigestTime(19, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-12-03T10:00:00.000Z',
    );
  });
});

describe('delivery', () => {
  it('writes each subscriber in their language, with the unsubscribe headers and a footer', async () => {
    const notice = await createNotice({
      category: 'security',
      slug: 'tls-end',
      text: {
        en: { title: 'Non-SSL login ends', body: 'Use **port 995**. See [the checker](/en/check).' },
        ja: { title: '暗号化なしのログイン終了について', body: '**ポート995** をお使いください。' },
      },
    });
    const ja = await createSubscriber({ locale: 'ja', topics: ['security'] });
    const en = await createSubscriber({ locale: 'en', topics: ['security'] });
    await announceNotice(db, notice.id, 'editor@example.test');
    await fanOutEvents();
    const report = await deliverDueMail({ sender: capture(), words: testMailWords });
    expect(report).toMatchObject({ sent: 2, failed: 0 });
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(2);

    const mails = await captured();
    const jaMail = mails.find((m) => m.row.to === ja.email)!.mail;
    const enMail = mails.find((m) => m.row.to === en.email)!.mail;
    expect(jaMail.subject).toBe('【エグザンプルネット】暗号化なしのログイン終了について');
    // Japanese subjects go out as RFC 2047 encoded words, never raw 8-bit.
    expect(mails.find((m) => m.row.to === ja.email)!.row.source).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(jaMail.text).toContain('ポート995');
    expect(jaMail.html).toContain('<strong>ポート995</strong>');
    expect(enMail.subject).toBe('[Example Net] Non-SSL login ends');
    expect(enMail.html).toMatch(/href="http:\/\/localhost:\d+\/en\/check"/);
    for (const mail of [jaMail, enMail]) {
      const header = (name: string) =>
        (mail.headerLines.find((h) => h.key === name)?.line ?? '')
          .replace(/^[^:]+:\s*/, '')
          .replace(/\r?\n\s+/g, ' ');
      const unsubscribe = header('list-unsubscribe');
      expect(unsubscribe).toMatch(
        /^<http:\/\/localhost:\d+\/api\/subscriptions\/unsubscribe\?token=[^>]+>, <mailto:support@example\.test\?subject=unsubscribe>$/,
      );
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(header('list-id')).toMatch(/<notices\.example\.test>$/);
      expect(mail.messageId).toMatch(/^<[a-z0-9]+@notify\.example\.test>$/);
      expect(mail.date).toBeInstanceOf(Date);
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.text).toContain('/subscriptions/manage?token=');
    }
  });

  it('falls back to the other language with a line that says so', async () => {
    const notice = await createNotice({
      category: 'general',
      text: { ja: { title: '年末年始の窓口', body: '12月29日から休業します。' } },
    });
    const en = await createSubscriber({ locale: 'en', topics: ['general'] });
    await announceNotice(db, notice.id, 'editor@example.test');
    await fanOutEvents();
    await deliverDueMail({ sender: capture(), words: testMailWords });
    const mail = (await captured())[0]!.mail;
    expect(mail.text).toContain('This message has not been written in English; here it is in Japanese.');
    expect(mail.text).toContain('12月29日から休業します。');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(en.email);
  });

  it('skips a subscriber who left or dropped the topic after the fan-out', async () => {
    const notice = await createNotice({ category: 'general' });
    const left = await createSubscriber({ topics: ['general'] });
    const dropped = await createSubscriber({ topics: ['general'] });
    await announceNotice(db, notice.id, 'editor@example.test');
    await fanOutEvents();
    await db.subscriber.update({ where: { id: left.id }, data: { status: 'unsubscribed' } });
    await db.subscriber.update({
      where: { id: dropped.id },
      data: { interests: { deleteMany: {}, create: [{ kind: 'topic', value: 'security' }] } },
    });
    const report = await deliverDueMail({ sender: capture(), words: testMailWords });
    expect(report).toMatchObject({ sent: 0, skipped: 2 });
    expect(await db.capturedMail.count()).toBe(0);
  });

  it("collects a daily subscriber's events into one digest at their hour", async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const daily = await createSubscriber({
      topics: ['general', 'maintenance'],
      frequency: 'daily',
      digestHour: 8,
      locale: 'ja',
    });
    for (const [key, topic] of [
      ['a', 'general'],
      ['b', 'maintenance'],
    ] as const)
      await recordEvent(
        db,
        {
          key,
          kind: 'notice-published',
          topic,
          payload: { path: `/notices/${key}`, text: { ja: { title: `件名${key}`, body: `本文${key}` } } },
          createdBy: 't',
        },
        now,
      );
    await fanOutEvents(now);
    expect(await deliverDueMail({ sender: capture(), words: testMailWords, now })).toMatchObject({ sent: 0 });
    const at8 = new Date('2026-12-02T23:00:01Z');
    expect(await deliverDueMail({ sender: capture(), words: testMailWords, now: at8 })).toMatchObject({
      sent: 2,
    });
    const mails = await captured();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.row.to).toBe(daily.email);
    expect(mails[0]!.mail.subject).toBe('【エグザンプルネット】お知らせのまとめ（2件）');
    expect(mails[0]!.mail.text).toContain('件名a');
    expect(mails[0]!.mail.text).toContain('件名b');
  });

  it('retries a temporary failure with backoff and records a permanent one with the reply', async () => {
    const notice = await createNotice({ category: 'general' });
    const temp = await createSubscriber({ topics: ['general'], email: 'temp@subscribers.example.test' });
    const perm = await createSubscriber({ topics: ['general'], email: 'perm@subscribers.example.test' });
    await announceNotice(db, notice.id, 'e');
    await fanOutEvents();
    // Fault injection: the relay's answers, as nodemailer reports them.
    const faulty: MailSender = {
      kind: 'smtp',
      description: 'fault',
      async send(mail) {
        if (mail.to === temp.email)
          throw Object.assign(new Error('Greylisted'), {
            responseCode: 451,
            response: '451 4.7.1 Try again later',
            code: 'EENVELOPE',
          });
        throw Object.assign(new Error('No such user'), {
          responseCode: 550,
          response: '550 5.1.1 User unknown',
          code: 'EENVELOPE',
        });
      },
      close() {},
    };
    const now = new Date();
    expect(await deliverDueMail({ sender: faulty, words: testMailWords, now })).toMatchObject({
      retried: 1,
      failed: 1,
    });
    const t = await db.outboxMessage.findFirstOrThrow({ where: { subscriberId: temp.id } });
    expect(t).toMatchObject({ status: 'queued', attempts: 1, lastError: '451 4.7.1 Try again later' });
    expect(t.dueAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    const p = await db.outboxMessage.findFirstOrThrow({ where: { subscriberId: perm.id } });
    expect(p).toMatchObject({ status: 'failed', lastError: '550 5.1.1 User unknown' });
    // Not due yet: nothing is tried; once due, the retry goes out through a working relay.
    expect(await deliverDueMail({ sender: capture(), words: testMailWords, now })).toMatchObject({ sent: 0 });
    expect(
      await deliverDueMail({
        sender: capture(),
        words: testMailWords,
        now: new Date(now.getTime() + retryDelayMs(1)),
      }),
    ).toMatchObject({ sent: 1 });
  });

  it('masks addresses in relay replies before they are stored or shown to editors', async () => {
    expect(
      maskAddressesIn('550 5.1.1 <taro.yamada+news@example.test>: Recipient address rejected: 太郎@例え.jp'),
    ).toBe('550 5.1.1 <t***@example.test>: Recipient address rejected: 太***@例え.jp');
    const notice = await createNotice({ category: 'general' });
    const gone = await createSubscriber({ topics: ['general'], email: 'gone@subscribers.example.test' });
    const old = await createSubscriber({ topics: ['general'], email: 'old@subscribers.example.test' });
    await announceNotice(db, notice.id, 'e');
    await fanOutEvents();
    // Fault injection: a relay that quotes the recipient in its refusal.
    const refusing: MailSender = {
      kind: 'smtp',
      description: 'fault',
      async send(mail) {
        throw Object.assign(new Error('Rejected'), {
          responseCode: 550,
          response: `550 5.1.1 <${mail.to}>: Recipient address rejected: User unknown`,
          code: 'EENVELOPE',
        });
      },
      close() {},
    };
    await deliverDueMail({ sender: refusing, words: testMailWords });
    const stored = await db.outboxMessage.findFirstOrThrow({ where: { subscriberId: gone.id } });
    expect(stored).toMatchObject({
      status: 'failed',
      lastError: '550 5.1.1 <g***@subscribers.example.test>: Recipient address rejected: User unknown',
    });
    // A reply stored unmasked (before this was fixed) is masked on the staff page all the same.
    await db.outboxMessage.updateMany({
      where: { subscriberId: old.id },
      data: { lastError: `550 5.1.1 <${old.email}>: Recipient address rejected: User unknown` },
    });
    const [summary] = await listEventSummaries('en');
    expect(JSON.stringify(summary)).not.toMatch(/(gone|old)@subscribers/);
    expect(summary!.failures).toEqual([
      {
        reason: '550 5.1.1 <g***@subscribers.example.test>: Recipient address rejected: User unknown',
        count: 1,
      },
      {
        reason: '550 5.1.1 <o***@subscribers.example.test>: Recipient address rejected: User unknown',
        count: 1,
      },
    ]);
  });

  it('classifies relay errors', () => {
    expect(classifySendError({ code: 'ECONNECTION', message: 'connect ECONNREFUSED' })).toEqual({
      temporary: true,
      reason: 'ECONNECTION: connect ECONNREFUSED',
    });
    expect(
      classifySendError({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication failed' })
        .temporary,
    ).toBe(true);
    expect(
      classifySendError({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 unknown' }).temporary,
    ).toBe(false);
    expect(classifySendError({ responseCode: 421, response: '421 busy' }).temporary).toBe(true);
  });
});

describe('status events', () => {
  it('reminds before, tells the start and the end of an announced maintenance, each once', async () => {
    await db.statusComponent.create({ data: { slug: 'mail', nameEn: 'Mail', nameJa: 'メール' } });
    const follower = await createSubscriber({ topics: [], services: ['mail'], locale: 'ja' });
    await createSubscriber({ topics: ['maintenance'], services: [] });
    const start = new Date('2026-12-07T17:00:00Z');
    const incident = await db.incident.create({
      data: {
        kind: 'maintenance',
        titleEn: 'Mail server upgrade',
        titleJa: 'メールサーバーの更新',
        impact: 'maintenance',
        components: 'mail',
        startsAt: start,
        endsAt: new Date('2026-12-07T20:00:00Z'),
        updates: {
          create: {
            status: 'scheduled',
            bodyEn: 'Mail may be delayed.',
            bodyJa: 'メールの送受信が遅れることがあります。',
          },
        },
      },
    });
    await announceIncident(db, incident.id, 'staff', new Date('2026-12-01T00:00:00Z'));
    const at = (iso: string) => recordDueMaintenanceEvents(new Date(iso));
    expect(await at('2026-12-05T00:00:00Z')).toBe(0); // more than 24 h before
    expect(await at('2026-12-07T00:00:00Z')).toBe(1); // reminder
    expect(await at('2026-12-07T01:00:00Z')).toBe(0);
    expect(await at('2026-12-07T17:00:01Z')).toBe(1); // started
    expect(await at('2026-12-07T20:00:01Z')).toBe(1); // ended
    expect(await at('2026-12-07T21:00:00Z')).toBe(0);
    const kinds = (await db.notificationEvent.findMany({ orderBy: { createdAt: 'asc' } })).map((e) => e.kind);
    expect(kinds).toEqual([
      'maintenance-announced',
      'maintenance-reminder',
      'maintenance-started',
      'maintenance-ended',
    ]);

    await fanOutEvents(new Date('2026-12-07T21:00:00Z'));
    const sent = await deliverDueMail({
      sender: capture(),
      words: testMailWords,
      now: new Date('2026-12-07T21:00:00Z'),
    });
    expect(sent.sent).toBe(4);
    const mails = await captured();
    expect(mails.every((m) => m.row.to === follower.email)).toBe(true);
    // Sent within the same millisecond: found by subject, not by order.
    const announced = mails.find(
      (m) => m.mail.subject === '【エグザンプルネット】メンテナンスのお知らせ：メールサーバーの更新',
    );
    expect(announced?.mail.text).toContain('2026年12月8日（火）2:00～5:00（日本時間）');
    expect(mails.map((m) => m.mail.subject).sort()).toEqual(
      [
        '【エグザンプルネット】まもなくメンテナンスを行います：メールサーバーの更新',
        '【エグザンプルネット】メンテナンスが終了しました：メールサーバーの更新',
        '【エグザンプルネット】メンテナンスのお知らせ：メールサーバーの更新',
        '【エグザンプルネット】メンテナンスを開始しました：メールサーバーの更新',
      ].sort(),
    );
  });

  it('says when a maintenance moves (with the old time) and reminds for the new time; a cancelled one goes quiet', async () => {
    await db.statusComponent.create({ data: { slug: 'mail', nameEn: 'Mail', nameJa: 'メール' } });
    await createSubscriber({ topics: [], services: ['mail'], locale: 'en' });
    const incident = await db.incident.create({
      data: {
        kind: 'maintenance',
        titleEn: 'Upgrade',
        titleJa: '更新',
        impact: 'maintenance',
        components: 'mail',
        startsAt: new Date('2026-12-07T17:00:00Z'),
        endsAt: new Date('2026-12-07T20:00:00Z'),
        updates: { create: { status: 'scheduled', bodyEn: 'Planned.', bodyJa: '予定です。' } },
      },
    });
    await announceIncident(db, incident.id, 'staff', new Date('2026-12-01T00:00:00Z'));
    const before = { startsAt: incident.startsAt.toISOString(), endsAt: incident.endsAt!.toISOString() };
    await addIncidentUpdate(
      {
        incidentId: incident.id,
        status: 'scheduled',
        bodyEn: 'Moved a week.',
        bodyJa: '1週間延期します。',
        startsAt: new Date('2026-12-14T17:00:00Z'),
        endsAt: new Date('2026-12-14T20:00:00Z'),
      },
      'staff',
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(
      await announceLatestIncidentUpdate(
        db,
        incident.id,
        'staff',
        { previousWindow: before },
        new Date('2026-12-02T00:00:00Z'),
      ),
    ).toBe(true);
    // The old time's reminder never comes; the new one does.
    expect(await recordDueMaintenanceEvents(new Date('2026-12-07T00:00:00Z'))).toBe(0);
    expect(await recordDueMaintenanceEvents(new Date('2026-12-14T00:00:00Z'))).toBe(1);
    await fanOutEvents(new Date('2026-12-14T00:00:00Z'));
    await deliverDueMail({ sender: capture(), words: testMailWords, now: new Date('2026-12-14T00:00:00Z') });
    const moved = (await captured()).find((m) => m.row.subject.includes('rescheduled'))!;
    expect(moved.mail.text).toContain('When: Tue, Dec 15, 2026, 02:00–05:00 (Japan time)');
    expect(moved.mail.text).toContain('Previously planned: Tue, Dec 8, 2026, 02:00–05:00 (Japan time)');

    // The entry, its audit entry and its event in one transaction.
    await addIncidentUpdate(
      { incidentId: incident.id, status: 'cancelled', bodyEn: 'Not needed.', bodyJa: '不要になりました。' },
      'staff',
      new Date('2026-12-14T01:00:00Z'),
      { notify: true },
    );
    expect(await db.notificationEvent.count({ where: { key: `maintenance-cancelled:${incident.id}` } })).toBe(
      1,
    );
    expect(await db.auditEntry.count({ where: { targetId: incident.id, action: 'status.update' } })).toBe(2);
    expect(await recordDueMaintenanceEvents(new Date('2026-12-14T17:30:00Z'))).toBe(0);
    expect(await recordDueMaintenanceEvents(new Date('2026-12-14T21:00:00Z'))).toBe(0);
    const kinds = (await db.notificationEvent.findMany({ orderBy: { createdAt: 'asc' } })).map((e) => e.kind);
    expect(kinds).toEqual([
      'maintenance-announced',
      'maintenance-moved',
      'maintenance-reminder',
      'maintenance-cancelled',
    ]);
  });
});

describe('staff changes to subscribers and the outbox', () => {
  const actor = { email: 'admin@example.test', ip: '192.0.2.9' };

  it('deletes a subscriber with its audit entry, once', async () => {
    const subscriber = await createSubscriber({ locale: 'en', topics: ['security'] });
    expect(await deleteSubscriber(subscriber.id, actor)).toBe(true);
    expect(await deleteSubscriber(subscriber.id, actor)).toBe(false);
    const entries = await db.auditEntry.findMany({ where: { targetId: subscriber.id } });
    expect(entries.map((e) => [e.action, e.actorEmail, e.ip])).toEqual([
      ['subscriber.delete', actor.email, actor.ip],
    ]);
    expect(await db.subscriber.count({ where: { id: subscriber.id } })).toBe(0);
  });

  it('queues failed mails again and records how many with the audit entry', async () => {
    const notice = await createNotice({ category: 'security', text: { en: { title: 'T', body: 'B' } } });
    await createSubscriber({ locale: 'en', topics: ['security'] });
    await announceNotice(db, notice.id, 'editor@example.test');
    await fanOutEvents();
    const event = await db.notificationEvent.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    await db.outboxMessage.updateMany({ where: { eventId: event.id }, data: { status: 'failed' } });
    expect(await retryFailed(event.id, actor)).toBe(1);
    expect(await db.outboxMessage.count({ where: { eventId: event.id, status: 'queued' } })).toBe(1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { targetId: event.id } });
    expect(entry).toMatchObject({ action: 'notification.retry', summary: '1 queued again' });
  });
});
