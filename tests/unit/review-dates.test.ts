import { beforeEach, describe, expect, it } from 'vitest';
import { defaultReviewBy, markReviewed, overdueContent } from '@/lib/insights/review-dates';
import { clearContent, createNotice, db } from '../support/notice-fixtures';

const NOW = new Date('2026-12-03T03:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

beforeEach(async () => {
  await clearContent();
  await db.guide.deleteMany();
});

describe('review dates', () => {
  it('lists published pages past their own date or the default interval, longest overdue first', async () => {
    const own = await createNotice({ slug: 'own-date', text: { en: { title: 'Own date' } } });
    await db.notice.update({ where: { id: own.id }, data: { reviewBy: day('2026-11-01') } });
    const future = await createNotice({ slug: 'future-date' });
    await db.notice.update({ where: { id: future.id }, data: { reviewBy: day('2027-01-01') } });
    // No date of its own: due six months after its last save.
    const old = await createNotice({ slug: 'old-save', text: { ja: { title: '古いお知らせ' } } });
    await db.$executeRaw`UPDATE "Notice" SET "updatedAt" = ${day('2026-03-01')} WHERE "id" = ${old.id}`;
    const draft = await createNotice({ slug: 'draft', status: 'draft' });
    await db.notice.update({ where: { id: draft.id }, data: { reviewBy: day('2026-01-01') } });
    const category = await db.faqCategory.create({
      data: { slug: 'old', position: 0, translations: { create: [{ locale: 'en', name: 'Old' }] } },
    });
    await db.faqQuestion.create({
      data: {
        slug: 'pop-before-smtp',
        categoryId: category.id,
        position: 0,
        published: true,
        historical: true,
        reviewBy: day('2026-10-01'),
        lastEditorEmail: 'a@example.test',
        translations: {
          create: [{ locale: 'en', question: 'What was POP before SMTP?', answer: 'It ended.' }],
        },
      },
    });

    const overdue = await overdueContent('en', NOW);
    expect(overdue.map((o) => [o.kind, o.slug])).toEqual([
      ['notice', 'old-save'],
      ['faq', 'pop-before-smtp'],
      ['notice', 'own-date'],
    ]);
    expect(overdue[0]).toMatchObject({ title: '古いお知らせ', titleLocale: 'ja' });
    expect(overdue[1]).toMatchObject({ historical: true, title: 'What was POP before SMTP?' });
  });

  it('"reviewed" moves the date one interval on without touching the content', async () => {
    const notice = await createNotice({ slug: 'checked' });
    await db.notice.update({ where: { id: notice.id }, data: { reviewBy: day('2026-11-01') } });
    const before = await db.notice.findUniqueOrThrow({
      where: { id: notice.id },
      include: { translations: true },
    });

    expect(await markReviewed('notice', notice.id, { email: 'editor@example.test' }, NOW)).toBe(true);
    const after = await db.notice.findUniqueOrThrow({
      where: { id: notice.id },
      include: { translations: true },
    });
    expect(after.reviewBy).toEqual(defaultReviewBy('notice', NOW));
    expect(after.reviewBy?.toISOString()).toBe('2027-06-03T03:00:00.000Z');
    expect(after.version).toBe(before.version);
    expect(after.translations).toEqual(before.translations);
    expect(await overdueContent('en', NOW)).toEqual([]);
    expect(await markReviewed('faq', notice.id, { email: 'editor@example.test' }, NOW)).toBe(false);
    // Audited with the change, once: the refused one wrote nothing.
    expect(
      (await db.auditEntry.findMany({ where: { targetId: notice.id } })).map((a) => [a.action, a.targetType]),
    ).toEqual([['content.reviewed', 'notice']]);
  });
});
