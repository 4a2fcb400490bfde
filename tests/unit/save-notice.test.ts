import { beforeEach, describe, expect, it } from 'vitest';
import { saveNotice } from '@/lib/notices/save-notice';
import { listNoticeRevisions, restoreNoticeRevision } from '@/lib/notices/notice-revisions';
import { listAdminNotices } from '@/lib/notices/admin-notices';
import { publishDueNotices } from '@/lib/notices/publish-scheduled';
import { getPublicNotice } from '@/lib/notices/public-notices';
import { noticeInputSchema, type NoticeInput } from '@/lib/notices/notice-input';
import { readReviewFields } from '@/lib/content/review-input';
import { diffSnapshots } from '@/lib/notices/notice-snapshot';
import { clearContent, db } from '../support/notice-fixtures';

function input(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    notify: false,
    slug: 'test-notice',
    category: 'maintenance',
    importance: 'normal',
    pinned: false,
    status: 'draft',
    publishAt: null,
    translations: {
      en: { title: 'Title', summary: '', body: 'English body' },
      ja: { title: 'タイトル', summary: '', body: '日本語の本文' },
    },
    publicUpdate: null,
    reviewBy: null,
    minor: false,
    ...overrides,
  };
}

beforeEach(async () => {
  await clearContent();
  await db.auditEntry.deleteMany();
});

describe('saveNotice', () => {
  it('creates a notice with both languages and a first revision', async () => {
    const result = await saveNotice(null, null, input(), 'ed@example.test');
    expect(result).toMatchObject({ ok: true, version: 1 });
    if (!result.ok) return;
    expect(await db.noticeTranslation.count({ where: { noticeId: result.id } })).toBe(2);
    expect((await listNoticeRevisions(result.id)).map((r) => [r.version, r.authorEmail])).toEqual([
      [1, 'ed@example.test'],
    ]);
  });

  it('refuses a save based on an old version and returns the current text, writing nothing', async () => {
    const first = await saveNotice(null, null, input(), 'a@example.test');
    if (!first.ok) throw new Error('create failed');
    const second = await saveNotice(
      first.id,
      1,
      input({
        translations: { ...input().translations, en: { title: 'Title', summary: '', body: 'Theirs' } },
      }),
      'b@example.test',
    );
    expect(second).toMatchObject({ ok: true, version: 2 });

    const stale = await saveNotice(
      first.id,
      1,
      input({ translations: { ...input().translations, en: { title: 'Title', summary: '', body: 'Mine' } } }),
      'a@example.test',
    );
    expect(stale).toMatchObject({
      ok: false,
      error: 'conflict',
      current: { version: 2, editor: 'b@example.test' },
    });
    if (stale.ok || stale.error !== 'conflict') return;
    expect(stale.current.translations.en?.body).toBe('Theirs');
    expect(await db.noticeRevision.count()).toBe(2);
  });

  it('refuses a slug another notice uses', async () => {
    await saveNotice(null, null, input(), 'a@example.test');
    expect(await saveNotice(null, null, input(), 'a@example.test')).toEqual({
      ok: false,
      error: 'slug-taken',
    });
  });

  it('adds a public "Updated" entry in both languages', async () => {
    const created = await saveNotice(null, null, input({ status: 'published' }), 'a@example.test');
    if (!created.ok) throw new Error('create failed');
    const date = new Date('2026-11-22T00:00:00+09:00');
    await saveNotice(
      created.id,
      1,
      input({
        status: 'published',
        publicUpdate: {
          date,
          notes: { en: 'Ports added.', ja: 'ポート番号を追記しました。' },
          announce: false,
        },
      }),
      'a@example.test',
    );
    const notice = await getPublicNotice('test-notice', 'ja');
    expect(notice?.updates.map((u) => u.note)).toEqual(['ポート番号を追記しました。']);
  });

  it('flags the other language as out of date when only one changes', async () => {
    const t0 = new Date('2026-11-22T00:00:00Z');
    const created = await saveNotice(null, null, input({ status: 'published' }), 'a@example.test', t0);
    if (!created.ok) throw new Error('create failed');
    expect((await listAdminNotices('en'))[0]?.languages).toEqual({ ja: 'current', en: 'current' });

    const t1 = new Date(t0.getTime() + 60_000);
    await saveNotice(
      created.id,
      1,
      input({
        status: 'published',
        translations: { ...input().translations, en: { title: 'Title', summary: '', body: 'New facts' } },
      }),
      'a@example.test',
      t1,
    );
    expect((await listAdminNotices('en'))[0]?.languages).toEqual({ ja: 'stale', en: 'current' });
    expect((await getPublicNotice('test-notice', 'ja'))?.stale).toBe(true);
    expect((await getPublicNotice('test-notice', 'en'))?.stale).toBe(false);
  });

  it('keeps the other language current after a minor change, and stores the review date', async () => {
    const t0 = new Date('2026-11-22T00:00:00Z');
    const reviewBy = new Date('2027-03-31T15:00:00Z');
    const created = await saveNotice(
      null,
      null,
      input({ status: 'published', reviewBy }),
      'a@example.test',
      t0,
    );
    if (!created.ok) throw new Error('create failed');
    await saveNotice(
      created.id,
      1,
      input({
        status: 'published',
        reviewBy,
        minor: true,
        translations: { ...input().translations, en: { title: 'Title', summary: '', body: 'English body.' } },
      }),
      'a@example.test',
      new Date(t0.getTime() + 60_000),
    );
    expect((await listAdminNotices('en'))[0]?.languages).toEqual({ ja: 'current', en: 'current' });
    const en = await db.noticeTranslation.findFirstOrThrow({ where: { noticeId: created.id, locale: 'en' } });
    expect(en.body).toBe('English body.');
    expect((await db.notice.findUniqueOrThrow({ where: { id: created.id } })).reviewBy).toEqual(reviewBy);
  });

  it('rejects an unreadable review date with a field error', () => {
    const form = new FormData();
    form.set('reviewBy', '2027-02-31');
    const parsed = noticeInputSchema.safeParse(input(readReviewFields(form)));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['reviewBy']);
    form.set('reviewBy', '2027-02-28');
    expect(readReviewFields(form).reviewBy?.toISOString()).toBe('2027-02-27T15:00:00.000Z');
  });

  it('restores an old revision as a new version and keeps the history', async () => {
    const created = await saveNotice(null, null, input(), 'a@example.test');
    if (!created.ok) throw new Error('create failed');
    await saveNotice(
      created.id,
      1,
      input({
        translations: {
          ...input().translations,
          en: { title: 'Changed', summary: '', body: 'Changed body' },
        },
      }),
      'a@example.test',
    );
    const revisions = await listNoticeRevisions(created.id);
    const v1 = revisions.find((r) => r.version === 1)!;
    const restored = await restoreNoticeRevision(created.id, v1.id, 2, 'b@example.test');
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const en = await db.noticeTranslation.findFirstOrThrow({ where: { noticeId: created.id, locale: 'en' } });
    expect(en.title).toBe('Title');
    expect((await listNoticeRevisions(created.id)).map((r) => r.version)).toEqual([3, 2, 1]);
  });
});

describe('noticeInputSchema', () => {
  it('requires a title and body for each language that is written, and a date to schedule', () => {
    const result = noticeInputSchema.safeParse(
      input({
        status: 'scheduled',
        translations: {
          en: { title: 'Only a title', summary: '', body: '' },
          ja: { title: '', summary: '', body: '' },
        },
      }),
    );
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining(['translations.en.body:bodyRequired', 'publishAt:scheduleRequired']),
    );
  });
});

describe('diffSnapshots', () => {
  it('lists only changed fields, line by line', () => {
    const base = {
      slug: 's',
      category: 'general',
      importance: 'normal',
      pinned: false,
      status: 'draft',
      publishedAt: null,
      translations: { en: { title: 'T', summary: '', body: 'a\nb' } },
    };
    const diff = diffSnapshots(base, {
      ...base,
      translations: { en: { title: 'T', summary: '', body: 'a\nc' } },
    });
    expect(diff.map((d) => d.field)).toEqual(['en.body']);
    expect(diff[0]?.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['b\n']);
    expect(diff[0]?.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['c\n']);
  });
});

describe('publishDueNotices', () => {
  it('publishes scheduled notices whose time has come, once', async () => {
    const now = new Date('2026-11-22T00:00:00Z');
    await saveNotice(
      null,
      null,
      input({ slug: 'due', status: 'scheduled', publishAt: new Date(now.getTime() - 1000) }),
      'a@example.test',
      now,
    );
    await saveNotice(
      null,
      null,
      input({ slug: 'later', status: 'scheduled', publishAt: new Date(now.getTime() + 60_000) }),
      'a@example.test',
      now,
    );
    expect(await getPublicNotice('due', 'en', now)).toBeNull();
    expect(await publishDueNotices(now)).toEqual(['due']);
    expect(await publishDueNotices(now)).toEqual([]);
    expect(await getPublicNotice('due', 'en', now)).not.toBeNull();
    expect(await getPublicNotice('later', 'en', now)).toBeNull();
  });
});
