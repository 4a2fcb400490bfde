import { beforeEach, describe, expect, it } from 'vitest';
import { feedbackInputSchema } from '@/lib/insights/feedback-input';
import { feedbackByItem, feedbackComments, markFeedbackHandled } from '@/lib/insights/feedback-summary';
import { FEEDBACK_PER_HOUR, recordFeedback } from '@/lib/insights/record-feedback';
import { randomUUID } from 'node:crypto';
import { markSearchClicked, pruneSearchEvents, recordSearch, searchGaps } from '@/lib/insights/search-gaps';
import { clearContent, createNotice, db } from '../support/notice-fixtures';

const voter = (n: number) => `voter-${String(n).padStart(12, '0')}`;
const vote = (slug: string, helpful: boolean, n: number, comment = '') =>
  feedbackInputSchema.parse({ kind: 'notice', slug, locale: 'ja', helpful, comment, voter: voter(n) });

beforeEach(async () => {
  await clearContent();
  await db.feedbackVote.deleteMany();
  await db.searchEvent.deleteMany();
  await db.rateEvent.deleteMany();
});

describe('"Was this helpful?"', () => {
  it('keeps one vote per browser and page, ranks the least helpful first, and lists comments to handle', async () => {
    await createNotice({ slug: 'tls-required' });
    await createNotice({ slug: 'year-end' });
    expect(await recordFeedback(vote('tls-required', true, 1), '192.0.2.1')).toEqual({
      ok: true,
      recorded: true,
    });
    // The same browser changes its mind: still one vote, now "no" with a comment.
    expect(
      await recordFeedback(vote('tls-required', false, 1, 'Which port for iPhone?'), '192.0.2.1'),
    ).toEqual({ ok: true, recorded: true });
    await recordFeedback(vote('tls-required', false, 2), '192.0.2.2');
    await recordFeedback(vote('year-end', true, 3), '192.0.2.3');
    expect(await db.feedbackVote.count()).toBe(3);
    expect(await feedbackByItem()).toEqual([
      { kind: 'notice', slug: 'tls-required', yes: 0, no: 2 },
      { kind: 'notice', slug: 'year-end', yes: 1, no: 0 },
    ]);
    const [comment] = await feedbackComments();
    expect(comment).toMatchObject({
      slug: 'tls-required',
      comment: 'Which port for iPhone?',
      handledAt: null,
    });
    expect(await markFeedbackHandled(comment!.id, { email: 'editor@example.test' })).toBe(true);
    expect(await markFeedbackHandled(comment!.id, { email: 'editor@example.test' })).toBe(false);
    expect((await feedbackComments())[0]).toMatchObject({ handledBy: 'editor@example.test' });
    expect(await db.auditEntry.count({ where: { action: 'feedback.handled', targetId: comment!.id } })).toBe(
      1,
    );
  });

  it('refuses unknown pages, bad input and more than the hourly limit per address', async () => {
    await createNotice({ slug: 'tls-required' });
    expect(await recordFeedback(vote('no-such-notice', true, 1), '192.0.2.1')).toEqual({
      ok: false,
      error: 'not-found',
    });
    for (const bad of [
      { kind: 'blog', slug: 'x', locale: 'ja', helpful: true, voter: voter(1) },
      { kind: 'notice', slug: '../etc', locale: 'ja', helpful: true, voter: voter(1) },
      {
        kind: 'notice',
        slug: 'tls-required',
        locale: 'ja',
        helpful: false,
        comment: 'x'.repeat(501),
        voter: voter(1),
      },
      {
        kind: 'notice',
        slug: 'tls-required',
        locale: 'ja',
        helpful: false,
        comment: 'bell\u0007',
        voter: voter(1),
      },
      {
        kind: 'notice',
        slug: 'tls-required',
        locale: 'ja',
        helpful: true,
        comment: 'a yes has no comment',
        voter: voter(1),
      },
      { kind: 'notice', slug: 'tls-required', locale: 'ja', helpful: true, voter: 'short' },
    ])
      expect([bad, feedbackInputSchema.safeParse(bad).success]).toEqual([bad, false]);
    const results = [];
    for (let i = 0; i < FEEDBACK_PER_HOUR + 1; i++)
      results.push(await recordFeedback(vote('tls-required', true, 100 + i), '203.0.113.7'));
    // Over the limit the voter is thanked all the same; the vote is only not counted.
    expect(results.filter((r) => r.ok && r.recorded)).toHaveLength(FEEDBACK_PER_HOUR);
    expect(results.at(-1)).toEqual({ ok: true, recorded: false });
    expect(await db.feedbackVote.count({ where: { slug: 'tls-required' } })).toBe(FEEDBACK_PER_HOUR);
  });
});

describe('searches that found nothing', () => {
  it('are listed per language, most frequent first, as typed after NFKC, for 30 days', async () => {
    const now = new Date('2026-12-02T00:00:00Z');
    await recordSearch('ja', 'ＤＫＩＭ', 0, undefined, now);
    await recordSearch('ja', 'DKIM', 0, undefined, now);
    await recordSearch('ja', '転送設定', 0, undefined, now);
    await recordSearch('ja', 'パスワード', 4, undefined, now);
    await recordSearch('en', 'forwarding', 0, undefined, now);
    await recordSearch('ja', '古い検索', 0, undefined, new Date('2026-10-01T00:00:00Z'));
    expect(await searchGaps('ja', 'zero', 30, now)).toEqual([
      { query: 'DKIM', count: 2, last: now },
      { query: '転送設定', count: 1, last: now },
    ]);
    expect((await searchGaps('en', 'zero', 30, now)).map((g) => g.query)).toEqual(['forwarding']);
    expect(await pruneSearchEvents(now)).toBe(1);
  });

  it('lists searches whose results nobody opened, and forgets one once a result is clicked', async () => {
    const now = new Date('2026-12-02T00:00:00Z');
    const opened = randomUUID();
    const ignored = randomUUID();
    await recordSearch('en', 'change password', 5, opened, now);
    await recordSearch('en', 'spam folder', 3, ignored, now);
    await recordSearch('en', 'spam folder', 3, undefined, now);
    await recordSearch('en', 'nothing here', 0, undefined, now);
    expect(await markSearchClicked(opened, now)).toBe(true);
    // A search without results cannot be "clicked", and an unknown id changes nothing.
    expect(await markSearchClicked(randomUUID(), now)).toBe(false);
    expect(await searchGaps('en', 'no-click', 30, now)).toEqual([
      { query: 'spam folder', count: 2, last: now },
    ]);
    // Too late: a click a day and more after the search is not counted.
    expect(await markSearchClicked(ignored, new Date(now.getTime() + 2 * 86_400_000))).toBe(false);
  });
});
