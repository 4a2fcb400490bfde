import { beforeEach, describe, expect, it } from 'vitest';
import {
  getPublicNotice,
  listArchiveYears,
  listCurrentNotices,
  listHighlightedNotices,
  listLatestNotices,
  listNoticesOfYear,
  listPublicNoticeSlugs,
} from '@/lib/notices/public-notices';
import { clearContent, createNotice, db } from '../support/notice-fixtures';

const now = new Date('2026-11-22T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

beforeEach(clearContent);

describe('what the public may see', () => {
  it('shows published and archived notices whose date has come, never drafts, scheduled or future ones', async () => {
    await createNotice({ slug: 'live', publishedAt: day('2026-01-01') });
    await createNotice({ slug: 'old', status: 'archived', publishedAt: day('2004-01-15') });
    await createNotice({ slug: 'draft', status: 'draft', publishedAt: null });
    await createNotice({ slug: 'scheduled', status: 'scheduled', publishedAt: day('2026-12-01') });
    await createNotice({ slug: 'future', status: 'published', publishedAt: day('2026-12-01') });

    const latest = await listLatestNotices('en', 10, now);
    expect(latest.map((n) => n.slug)).toEqual(['live', 'old']);
    expect(await getPublicNotice('draft', 'en', now)).toBeNull();
    expect(await getPublicNotice('future', 'en', now)).toBeNull();
    expect(await getPublicNotice('live', 'en', now)).not.toBeNull();
    expect((await listPublicNoticeSlugs(now)).map((n) => n.slug)).toEqual(['live', 'old']);
  });

  it('keeps back numbers out of the current list', async () => {
    await createNotice({ slug: 'live' });
    await createNotice({ slug: 'old', status: 'archived' });
    const page = await listCurrentNotices({ locale: 'en', now });
    expect(page.items.map((n) => n.slug)).toEqual(['live']);
    expect(page.total).toBe(1);
  });
});

describe('listCurrentNotices', () => {
  it('orders newest first, filters by category and paginates', async () => {
    for (let i = 1; i <= 12; i++) {
      await createNotice({
        slug: `n-${String(i).padStart(2, '0')}`,
        category: i % 3 === 0 ? 'security' : 'maintenance',
        publishedAt: day(`2025-01-${String(i).padStart(2, '0')}`),
      });
    }
    const first = await listCurrentNotices({ locale: 'ja', page: 1, pageSize: 5, now });
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(3);
    expect(first.items.map((n) => n.slug)).toEqual(['n-12', 'n-11', 'n-10', 'n-09', 'n-08']);
    const last = await listCurrentNotices({ locale: 'ja', page: 3, pageSize: 5, now });
    expect(last.items.map((n) => n.slug)).toEqual(['n-02', 'n-01']);

    const security = await listCurrentNotices({ locale: 'en', category: 'security', now });
    expect(security.items.map((n) => n.slug)).toEqual(['n-12', 'n-09', 'n-06', 'n-03']);
  });

  it('answers an empty database with one empty page', async () => {
    const page = await listCurrentNotices({ locale: 'en', now });
    expect(page).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe('translations', () => {
  it('uses the reader’s language and falls back to the other one, saying so', async () => {
    await createNotice({ slug: 'both', text: { en: { title: 'Hello' }, ja: { title: 'こんにちは' } } });
    await createNotice({ slug: 'ja-only', text: { ja: { title: '日本語のみ' } } });

    const both = await getPublicNotice('both', 'ja', now);
    expect(both).toMatchObject({ title: 'こんにちは', textLocale: 'ja', fallback: false });

    const jaOnly = await getPublicNotice('ja-only', 'en', now);
    expect(jaOnly).toMatchObject({
      title: '日本語のみ',
      textLocale: 'ja',
      fallback: true,
      availableLocales: ['ja'],
    });
  });

  it('resolves placeholders in the text', async () => {
    await createNotice({
      slug: 'ph',
      text: { en: { title: '{{ispName}} news', body: 'Use `{{mailHost}}`.' } },
    });
    const notice = await getPublicNotice('ph', 'en', now);
    expect(notice?.title).toBe('Example Net news');
    expect(notice?.bodyHtml).toContain('<code>mail.example.test</code>');
  });
});

describe('getPublicNotice', () => {
  it('returns the update history newest first, with the latest date on the summary', async () => {
    await createNotice({
      slug: 'auth',
      publishedAt: day('2015-04-14'),
      updates: [
        { date: day('2015-07-14'), note: { en: 'Ended.', ja: '終了しました。' } },
        { date: day('2021-09-28'), note: { en: 'SSL note added.' } },
      ],
    });
    const notice = await getPublicNotice('auth', 'ja', now);
    expect(notice?.updates.map((u) => [u.date.slice(0, 10), u.note, u.fallback])).toEqual([
      ['2021-09-27', 'SSL note added.', true],
      ['2015-07-13', '終了しました。', false],
    ]);
    expect(notice?.lastUpdatedAt).toBe(day('2021-09-28').toISOString());
  });

  it('lists related notices from either side of the relation, only public ones', async () => {
    const a = await createNotice({ slug: 'a' });
    await createNotice({ slug: 'b' });
    await createNotice({ slug: 'c', status: 'draft' });
    await createNotice({ slug: 'd' });
    await db.notice.update({
      where: { id: a.id },
      data: { related: { connect: [{ slug: 'b' }, { slug: 'c' }] } },
    });
    await db.notice.update({ where: { slug: 'd' }, data: { related: { connect: [{ slug: 'a' }] } } });
    const notice = await getPublicNotice('a', 'en', now);
    expect(notice?.related.map((n) => n.slug).sort()).toEqual(['b', 'd']);
  });

  it('returns null for an unknown slug', async () => {
    expect(await getPublicNotice('nothing-here', 'en', now)).toBeNull();
  });
});

describe('back numbers', () => {
  it('counts notices per year in Japan time, newest year first', async () => {
    await createNotice({ publishedAt: new Date('2014-12-31T16:00:00Z') }); // 2015-01-01 in Japan
    await createNotice({ publishedAt: day('2015-07-14') });
    await createNotice({ status: 'archived', publishedAt: day('2003-12-24') });
    await createNotice({ status: 'draft', publishedAt: day('2003-12-25') });
    expect(await listArchiveYears(now)).toEqual([
      { year: 2015, count: 2 },
      { year: 2003, count: 1 },
    ]);
    expect((await listNoticesOfYear('en', 2015, now)).length).toBe(2);
    expect((await listNoticesOfYear('en', 2014, now)).length).toBe(0);
  });
});

describe('listHighlightedNotices', () => {
  it('shows pinned notices first, then recent important ones', async () => {
    await createNotice({ slug: 'important-old', importance: 'important', publishedAt: day('2020-01-01') });
    await createNotice({ slug: 'important-new', importance: 'important', publishedAt: day('2026-11-01') });
    await createNotice({ slug: 'pinned-old', pinned: true, publishedAt: day('2019-01-01') });
    await createNotice({ slug: 'normal', publishedAt: day('2026-11-20') });
    const highlighted = await listHighlightedNotices('en', now);
    expect(highlighted.map((n) => n.slug)).toEqual(['pinned-old', 'important-new']);
  });
});
