import { describe, expect, it } from 'vitest';
import { parseNoticeListParams } from '@/lib/notices/notice-list-params';
import { noticeSlugSchema } from '@/lib/notices/notice-fields';
import { renderAtomFeed } from '@/lib/feeds/atom-feed';

describe('parseNoticeListParams', () => {
  it('accepts a known category and a positive page number', () => {
    expect(parseNoticeListParams({})).toEqual({ category: undefined, page: 1 });
    expect(parseNoticeListParams({ category: 'security', page: '3' })).toEqual({
      category: 'security',
      page: 3,
    });
  });

  it('rejects unknown categories, malformed pages and repeated parameters', () => {
    for (const params of [
      { category: 'nope' },
      { page: '0' },
      { page: '-1' },
      { page: '1.5' },
      { page: 'abc' },
      { page: '9999999' },
      { page: ['1', '2'] },
    ]) {
      expect(parseNoticeListParams(params)).toBeNull();
    }
  });
});

describe('noticeSlugSchema', () => {
  it('accepts kebab-case slugs and refuses reserved words and odd characters', () => {
    expect(noticeSlugSchema.safeParse('smtp-auth-2015').success).toBe(true);
    for (const slug of ['archive', 'Bad_Slug', 'a', 'trailing-', 'スラッグ']) {
      expect([slug, noticeSlugSchema.safeParse(slug).success]).toEqual([slug, false]);
    }
  });
});

describe('renderAtomFeed', () => {
  it('escapes text and drops characters XML cannot hold', () => {
    const xml = renderAtomFeed({
      id: 'urn:x',
      title: 'A & B <c>',
      subtitle: 's',
      language: 'ja',
      selfUrl: 'https://example.test/ja/notices/feed.xml',
      alternateUrl: 'https://example.test/ja/notices',
      updated: '2021-09-28T00:00:00.000Z',
      authorName: 'Example "Net"',
      entries: [
        {
          id: 'https://example.test/notices/a',
          url: 'https://example.test/ja/notices/a?x=1&y=2',
          title: 'お知らせ\u0001',
          summary: '<b>bold</b>',
          published: '2021-09-28T00:00:00.000Z',
          updated: '2021-09-28T00:00:00.000Z',
        },
      ],
    });
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).toContain('href="https://example.test/ja/notices/a?x=1&amp;y=2"');
    expect(xml).toContain('<title>お知らせ</title>');
    expect(xml).toContain('<summary type="text">&lt;b&gt;bold&lt;/b&gt;</summary>');
    expect(xml).toContain('<name>Example &quot;Net&quot;</name>');
  });
});
