/**
 * Every write owns its consequences in one transaction: an error thrown between any two of its steps
 * (at the fault points of lib/db/fault-points.ts, the only thing this file fakes) leaves the database
 * exactly as it was, and the write without a fault leaves all of it. Runs on SQLite (the unit suite)
 * and PostgreSQL (vitest.postgres.config.mts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFaultHook } from '@/lib/db/fault-points';
import { prisma } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/transaction';
import { databaseUrl, isPostgresUrl } from '@/lib/db/database-url';
import { saveNotice } from '@/lib/notices/save-notice';
import { restoreNoticeRevision } from '@/lib/notices/notice-revisions';
import { publishDueNotices } from '@/lib/notices/publish-scheduled';
import type { NoticeInput } from '@/lib/notices/notice-input';
import { recordEvent, type NewEvent } from '@/lib/notifications/notification-events';
import { fanOutEvents } from '@/lib/notifications/fan-out-events';
import { deliverDueMail } from '@/lib/notifications/deliver-outbox';
import { createMailSender } from '@/lib/notifications/mail-transport';
import { addIncidentUpdate, createIncident } from '@/lib/status/save-incident';
import { incidentInputSchema } from '@/lib/status/incident-input';
import { saveFaqQuestion } from '@/lib/faq/admin-faq';
import { faqQuestionInputSchema } from '@/lib/faq/faq-input';
import { saveGuide } from '@/lib/guides/save-guide';
import { guideInputSchema } from '@/lib/guides/guide-input';
import { clearContent, db } from '../support/notice-fixtures';
import { clearNotifications, createSubscriber } from '../support/subscriber-fixtures';
import { testMailWords } from '../support/mail-words';

class InjectedFault extends Error {}

/** Everything a write may touch, as comparable values. */
async function everything() {
  return {
    notices: await db.notice.findMany({
      select: { slug: true, status: true, version: true, notifyOnPublish: true },
      orderBy: { slug: 'asc' },
    }),
    noticeTexts: await db.noticeTranslation.findMany({
      select: { locale: true, title: true, body: true },
      orderBy: [{ title: 'asc' }, { locale: 'asc' }],
    }),
    noticeUpdates: await db.noticeUpdate.count(),
    noticeRevisions: await db.noticeRevision.count(),
    faq: await db.faqQuestion.findMany({ select: { slug: true, version: true }, orderBy: { slug: 'asc' } }),
    faqRevisions: await db.faqRevision.count(),
    guides: await db.guide.findMany({ select: { program: true, version: true } }),
    guideRevisions: await db.guideRevision.count(),
    incidents: await db.incident.findMany({ select: { titleEn: true, resolvedAt: true } }),
    incidentUpdates: await db.incidentUpdate.count(),
    audit: (await db.auditEntry.findMany({ select: { action: true } })).map((a) => a.action).sort(),
    events: await db.notificationEvent.findMany({ select: { key: true }, orderBy: { key: 'asc' } }),
    changes: await db.contentChange.count(),
  };
}

/**
 * Runs `write` again and again, failing it at its first fault point, then its second, and so on until
 * it passes them all; after each failure nothing at all may have changed. Returns the points, in order.
 */
async function failAtEveryStep(write: () => Promise<unknown>): Promise<string[]> {
  const before = await everything();
  const points: string[] = [];
  for (let fail = 0; ; fail++) {
    let reached = 0;
    let failedAt = null as string | null;
    const remove = installFaultHook((point) => {
      if (reached++ !== fail) return;
      failedAt = point;
      throw new InjectedFault(`injected at ${point}`);
    });
    try {
      await write();
    } catch (error) {
      if (failedAt === null) throw error;
    } finally {
      remove();
    }
    if (failedAt === null) return points;
    points.push(failedAt);
    expect(await everything(), `after a failure at ${failedAt}`).toEqual(before);
  }
}

/** Makes the database itself refuse new notification events (a trigger), or stop refusing them. */
async function refuseEvents(refuse: boolean) {
  const statements = isPostgresUrl(databaseUrl())
    ? refuse
      ? [
          `CREATE FUNCTION refuse_event() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`,
          `CREATE TRIGGER refuse_event BEFORE INSERT ON "NotificationEvent" FOR EACH ROW EXECUTE FUNCTION refuse_event()`,
        ]
      : ['DROP TRIGGER refuse_event ON "NotificationEvent"', 'DROP FUNCTION refuse_event()']
    : refuse
      ? [
          `CREATE TRIGGER refuse_event BEFORE INSERT ON "NotificationEvent" BEGIN SELECT RAISE(ABORT, 'refused'); END`,
        ]
      : ['DROP TRIGGER refuse_event'];
  for (const sql of statements) await db.$executeRawUnsafe(sql);
}

function noticeInput(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    notify: false,
    slug: 'atomic',
    category: 'maintenance',
    importance: 'normal',
    pinned: false,
    status: 'draft',
    publishAt: null,
    translations: {
      en: { title: 'Night work', summary: '', body: 'English body' },
      ja: { title: '夜間作業', summary: '', body: '日本語の本文' },
    },
    publicUpdate: null,
    reviewBy: null,
    minor: false,
    ...overrides,
  };
}

const capture = () =>
  createMailSender({ from: 'notices@example.test', unsubscribeMailto: 'support@example.test' });

beforeEach(async () => {
  await clearContent();
  await clearNotifications();
  await db.auditEntry.deleteMany();
  await db.contentChange.deleteMany();
  await db.incident.deleteMany();
  await db.guide.deleteMany();
});

afterEach(() => installFaultHook(() => {})());

describe('a notice save', () => {
  it('creates the notice, its revision, audit entry, event and change row together or not at all', async () => {
    const points = await failAtEveryStep(() =>
      saveNotice(null, null, noticeInput({ status: 'published', notify: true }), 'ed@example.test'),
    );
    expect(points).toEqual([
      'notice.saved',
      'notice.translated',
      'notice.revision',
      'notice.audit',
      'event.checked',
      'notice.event',
      'notice.change',
    ]);
    const after = await everything();
    expect(after.notices).toEqual([
      { slug: 'atomic', status: 'published', version: 1, notifyOnPublish: false },
    ]);
    expect(after.noticeRevisions).toBe(1);
    expect(after.audit).toEqual(['notice.create']);
    expect(after.events.map((e) => e.key)).toEqual([expect.stringMatching(/^notice-published:/)]);
    expect(after.changes).toBe(1);
  });

  it('publishes a draft with an announced update, and a failed save can simply be retried', async () => {
    const draft = await saveNotice(null, null, noticeInput(), 'ed@example.test');
    if (!draft.ok) throw new Error('create failed');
    const edit = noticeInput({
      status: 'published',
      notify: true,
      publicUpdate: {
        date: new Date(),
        notes: { en: 'Times added.', ja: '時間を追記しました。' },
        announce: true,
      },
    });
    // Every attempt names version 1: after a failure the editor's retry meets no conflict.
    const points = await failAtEveryStep(() => saveNotice(draft.id, 1, edit, 'ed@example.test'));
    expect(points).toContain('notice.update-entry');
    expect(points).toContain('notice.update-event');
    const after = await everything();
    expect(after.notices[0]).toMatchObject({ status: 'published', version: 2 });
    expect(after.noticeRevisions).toBe(2);
    expect(after.noticeUpdates).toBe(1);
    expect(after.audit).toEqual(['notice.create', 'notice.status', 'notice.update']);
    expect(after.events.map((e) => e.key.split(':')[0]).sort()).toEqual([
      'notice-published',
      'notice-updated',
    ]);

    // Saved again with "email" still ticked: the event is there already, the save goes through.
    const again = await saveNotice(draft.id, 2, { ...edit, publicUpdate: null }, 'ed@example.test');
    expect(again).toMatchObject({ ok: true, version: 3 });
    expect(await db.notificationEvent.count()).toBe(2);
  });

  it('restores a revision with its audit entry and change row, or not at all', async () => {
    const created = await saveNotice(null, null, noticeInput(), 'ed@example.test');
    if (!created.ok) throw new Error('create failed');
    const changed = noticeInput({
      translations: { ...noticeInput().translations, en: { title: 'Changed', summary: '', body: 'Changed' } },
    });
    await saveNotice(created.id, 1, changed, 'ed@example.test');
    const v1 = await db.noticeRevision.findFirstOrThrow({ where: { noticeId: created.id, version: 1 } });
    const points = await failAtEveryStep(() => restoreNoticeRevision(created.id, v1.id, 2, 'b@example.test'));
    expect(points).toEqual([
      'notice.saved',
      'notice.translated',
      'notice.revision',
      'notice.audit',
      'notice.change',
    ]);
    const after = await everything();
    expect(after.notices[0]).toMatchObject({ version: 3 });
    expect(after.audit).toEqual(['notice.create', 'notice.restore', 'notice.update']);
    expect(after.events).toEqual([]);
  });
});

describe('scheduled publishing', () => {
  it('after a failed round the next one publishes and announces exactly once, and one mail is sent', async () => {
    const now = new Date('2026-12-06T00:00:00Z');
    const reader = await createSubscriber({ topics: ['maintenance'] });
    const scheduled = await saveNotice(
      null,
      null,
      noticeInput({ status: 'scheduled', notify: true, publishAt: new Date(now.getTime() - 1000) }),
      'ed@example.test',
      now,
    );
    if (!scheduled.ok) throw new Error('create failed');

    // publishDueNotices logs a failed notice and carries on; the notice stays scheduled.
    const points = await failAtEveryStep(async () => {
      const published = await publishDueNotices(now);
      if (published.length === 0) throw new Error('nothing published');
    });
    expect(points).toEqual([
      'scheduled.published',
      'scheduled.revision',
      'scheduled.audit',
      'event.checked',
      'scheduled.event',
      'scheduled.change',
    ]);
    expect(await publishDueNotices(now)).toEqual([]);
    const after = await everything();
    expect(after.notices[0]).toMatchObject({ status: 'published', version: 2 });
    expect(after.noticeRevisions).toBe(2);
    expect(after.audit).toEqual(['notice.create', 'notice.status']);
    expect(after.events.map((e) => e.key)).toEqual([`notice-published:${scheduled.id}`]);

    // Fan-out and delivery run twice, as after a restart: the reader gets one mail.
    for (let round = 0; round < 2; round++) {
      await fanOutEvents(now);
      await deliverDueMail({ sender: capture(), words: testMailWords, now });
    }
    const mails = await db.capturedMail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toContain(reader.email);
  });
});

describe('recordEvent', () => {
  const event: NewEvent = {
    key: 'notice-published:test',
    kind: 'notice-published',
    topic: 'general',
    payload: { path: '/notices/test', text: {} },
    createdBy: 'test',
  };

  it('ignores a duplicate, also one that another writer inserts between its check and its insert', async () => {
    expect(await recordEvent(prisma, event)).toBe(true);
    expect(await recordEvent(prisma, event)).toBe(false);

    const raced = { ...event, key: 'notice-published:raced' };
    const remove = installFaultHook(async (point) => {
      if (point !== 'event.checked') return;
      await db.notificationEvent.create({
        data: { key: raced.key, kind: raced.kind, topic: raced.topic, payload: '{}', createdBy: 'other' },
      });
    });
    try {
      expect(await recordEvent(prisma, raced)).toBe(false);
    } finally {
      remove();
    }
    expect(await db.notificationEvent.count()).toBe(2);
  });

  it('inside a transaction, a duplicate leaves the transaction usable', async () => {
    await recordEvent(prisma, event);
    await prisma.$transaction(async (tx) => {
      expect(await recordEvent(tx, event)).toBe(false);
      await tx.contentChange.create({ data: { tag: 'notices', origin: 'test' } });
    });
    expect(await db.contentChange.count()).toBe(1);
  });

  it('lets any other failure propagate, failing the whole save, and records nothing', async () => {
    // A real database error on the insert (not a fake): a trigger refuses every new event.
    await refuseEvents(true);
    try {
      await expect(recordEvent(prisma, event)).rejects.toSatisfy((error) => !isUniqueViolation(error));
      const before = await everything();
      await expect(
        saveNotice(null, null, noticeInput({ status: 'published', notify: true }), 'ed@example.test'),
      ).rejects.toThrow();
      // No published notice whose subscribers are never told.
      expect(await everything()).toEqual(before);
    } finally {
      await refuseEvents(false);
    }
    const saved = await saveNotice(
      null,
      null,
      noticeInput({ status: 'published', notify: true }),
      'ed@example.test',
    );
    expect(saved).toMatchObject({ ok: true, version: 1 });
    expect(await db.notificationEvent.count()).toBe(1);
  });

  it('tells a unique violation from other errors', () => {
    expect(isUniqueViolation({ code: 'P2002' })).toBe(true);
    expect(isUniqueViolation({ code: 'P2034', cause: { code: '23505' } })).toBe(true);
    expect(
      isUniqueViolation({ meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } } }),
    ).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: 'P2028' })).toBe(false);
    expect(isUniqueViolation({ code: 'SQLITE_FULL' })).toBe(false);
    expect(isUniqueViolation(new Error('duplicate'))).toBe(false);
  });
});

describe('incidents, FAQ and guides', () => {
  it('opens an incident with its audit entry and event, or not at all', async () => {
    const input = incidentInputSchema.parse({
      kind: 'incident',
      titleEn: 'Mail delayed',
      titleJa: 'メールの遅延',
      impact: 'degraded',
      components: ['mail'],
      startsAt: '2026-12-06T09:00',
      endsAt: null,
      noticeSlug: '',
      status: 'investigating',
      bodyEn: 'Looking into it.',
      bodyJa: '調査中です。',
    });
    const points = await failAtEveryStep(() =>
      createIncident(input, 'ed@example.test', new Date(), { notify: true }),
    );
    expect(points).toEqual(['incident.saved', 'incident.audit', 'event.checked', 'incident.event']);
    const incident = await db.incident.findFirstOrThrow();

    const resolved = await failAtEveryStep(() =>
      addIncidentUpdate(
        { incidentId: incident.id, status: 'resolved', bodyEn: 'Fixed.', bodyJa: '復旧しました。' },
        'ed@example.test',
        new Date(),
        { notify: true },
      ),
    );
    expect(resolved).toEqual([
      'incident-update.saved',
      'incident-update.audit',
      'event.checked',
      'incident-update.event',
    ]);
    const after = await everything();
    expect(after.incidents[0]?.resolvedAt).not.toBeNull();
    expect(after.audit).toEqual(['status.incident', 'status.update']);
    expect(after.events.map((e) => e.key.split(':')[0]).sort()).toEqual([
      'incident-opened',
      'incident-resolved',
    ]);
  });

  it('saves a FAQ question and a guide with their revisions, audit entries and change rows, or not at all', async () => {
    const category = await db.faqCategory.create({ data: { slug: 'mail', position: 0 } });
    const faq = faqQuestionInputSchema.parse({
      slug: 'pop-before-smtp',
      categoryId: category.id,
      historical: false,
      translations: {
        en: { question: 'What was POP before SMTP?', answer: 'An old way.' },
        ja: { question: 'POP before SMTPとは？', answer: '古い方式です。' },
      },
    });
    expect(await failAtEveryStep(() => saveFaqQuestion(null, null, faq, 'ed@example.test'))).toEqual([
      'faq.saved',
      'faq.translated',
      'faq.revision',
      'faq.audit',
      'faq.change',
    ]);
    const text = {
      name: 'Thunderbird',
      summary: 'For Thunderbird.',
      newAccount: '1. Add.',
      existingAccount: '1. Check.',
    };
    const guide = guideInputSchema.parse({
      supported: true,
      incoming: 'imap,pop3',
      translations: { en: text, ja: text },
    });
    expect(await failAtEveryStep(() => saveGuide('thunderbird', null, guide, 'ed@example.test'))).toEqual([
      'guide.saved',
      'guide.translated',
      'guide.revision',
      'guide.audit',
      'guide.change',
    ]);
    const after = await everything();
    expect([after.faqRevisions, after.guideRevisions, after.changes]).toEqual([1, 1, 2]);
    expect(after.audit).toEqual(['faq.create', 'guide.update']);
  });
});
