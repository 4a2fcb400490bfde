/**
 * The one save of versioned bilingual documents (lib/content/versioned-document.ts), shown through the
 * FAQ, which had no tests of its own for it: version conflicts, slug clashes, languages left out or
 * left alone, restore as a new version, and the form states the editors get.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { restoreFaqRevision, saveFaqQuestion } from '@/lib/faq/admin-faq';
import { faqQuestionInputSchema, type FaqQuestionInput } from '@/lib/faq/faq-input';
import { failedSaveState } from '@/lib/content/document-form-state';
import { textsForInput } from '@/lib/content/versioned-document';
import { clearContent, db } from '../support/notice-fixtures';

const EARLIER = new Date('2025-01-01T00:00:00Z');
let categoryId = '';

function input(overrides: Partial<FaqQuestionInput> = {}): FaqQuestionInput {
  return faqQuestionInputSchema.parse({
    slug: 'smtp-auth',
    categoryId,
    historical: false,
    translations: {
      en: { question: 'What is SMTP AUTH?', answer: 'Signing in to send.' },
      ja: { question: 'SMTP認証とは？', answer: '送信時の認証です。' },
    },
    ...overrides,
  });
}

beforeEach(async () => {
  await clearContent();
  await db.faqCategory.deleteMany();
  ({ id: categoryId } = await db.faqCategory.create({ data: { slug: 'sending' } }));
});

describe('saving a versioned bilingual document', () => {
  it('creates version 1 with a revision, then refuses a save from a stale version with the current text', async () => {
    const created = await saveFaqQuestion(null, null, input(), 'a@example.test');
    expect(created).toMatchObject({ ok: true, version: 1, expire: ['faq'] });
    if (!created.ok) return;
    const edited = await saveFaqQuestion(created.id, 1, input({ historical: true }), 'a@example.test');
    expect(edited).toMatchObject({ ok: true, version: 2 });

    const stale = await saveFaqQuestion(created.id, 1, input(), 'b@example.test');
    expect(stale).toMatchObject({
      ok: false,
      error: 'conflict',
      current: { version: 2, editor: 'a@example.test', historical: true, slug: 'smtp-auth' },
    });
    if (stale.ok) return;
    expect(failedSaveState(stale)).toMatchObject({ status: 'conflict', current: { version: 2 } });
    expect(await db.faqRevision.count({ where: { questionId: created.id } })).toBe(2);
  });

  it('refuses a slug another document has, and an unknown id or category, writing nothing', async () => {
    await saveFaqQuestion(null, null, input(), 'a@example.test');
    const clash = await saveFaqQuestion(null, null, input(), 'a@example.test');
    expect(clash).toEqual({ ok: false, error: 'slug-taken' });
    if (!clash.ok)
      expect(failedSaveState(clash)).toEqual({ status: 'invalid', fieldErrors: { slug: 'slugTaken' } });
    expect(await saveFaqQuestion('missing', 1, input({ slug: 'other' }), 'a@example.test')).toEqual({
      ok: false,
      error: 'not-found',
    });
    expect(
      await saveFaqQuestion(null, null, input({ slug: 'other', categoryId: 'nope' }), 'a@example.test'),
    ).toEqual({
      ok: false,
      error: 'not-found',
    });
    expect(await db.faqQuestion.count()).toBe(1);
  });

  it('leaves an unchanged language alone, deletes one left out, and a minor edit keeps the other current', async () => {
    const created = await saveFaqQuestion(null, null, input(), 'a@example.test');
    if (!created.ok) throw new Error('create failed');
    await db.faqQuestionTranslation.updateMany({ data: { editedAt: EARLIER, reviewedAt: EARLIER } });

    const jaOnly = input({
      minor: true,
      translations: {
        en: { question: '', answer: '' },
        ja: { question: 'SMTP認証とは？', answer: '送信時の認証です。' },
      },
    });
    await saveFaqQuestion(created.id, 1, jaOnly, 'a@example.test');
    const rows = await db.faqQuestionTranslation.findMany({ where: { questionId: created.id } });
    expect(rows.map((r) => r.locale)).toEqual(['ja']);
    expect(rows[0]!.editedAt).toEqual(EARLIER);

    const typo = input({
      minor: true,
      translations: {
        en: { question: '', answer: '' },
        ja: { question: 'SMTP認証とは?', answer: '送信時の認証です。' },
      },
    });
    await saveFaqQuestion(created.id, 2, typo, 'a@example.test');
    const [ja] = await db.faqQuestionTranslation.findMany({ where: { questionId: created.id } });
    expect(ja).toMatchObject({ question: 'SMTP認証とは?', editedAt: EARLIER });
  });

  it('restores a revision as a new version, keeping the current review date', async () => {
    const created = await saveFaqQuestion(null, null, input(), 'a@example.test');
    if (!created.ok) throw new Error('create failed');
    const reviewBy = new Date('2030-01-01T00:00:00+09:00');
    await saveFaqQuestion(
      created.id,
      1,
      input({
        reviewBy,
        translations: { ...input().translations, en: { question: 'Changed?', answer: 'Changed.' } },
      }),
      'a@example.test',
    );
    const v1 = await db.faqRevision.findFirstOrThrow({ where: { questionId: created.id, version: 1 } });
    expect(await restoreFaqRevision(created.id, v1.id, 1, 'b@example.test')).toMatchObject({
      error: 'conflict',
    });
    expect(await restoreFaqRevision(created.id, 'unknown', 2, 'b@example.test')).toEqual({
      ok: false,
      error: 'not-found',
    });
    expect(await restoreFaqRevision(created.id, v1.id, 2, 'b@example.test')).toMatchObject({
      ok: true,
      version: 3,
    });
    const restored = await db.faqQuestion.findUniqueOrThrow({
      where: { id: created.id },
      include: { translations: { orderBy: { locale: 'asc' } } },
    });
    expect(restored).toMatchObject({ version: 3, lastEditorEmail: 'b@example.test', reviewBy });
    expect(restored.translations.map((t) => t.question)).toEqual(['What is SMTP AUTH?', 'SMTP認証とは？']);
    expect(
      await db.auditEntry.findMany({ where: { targetId: created.id }, select: { action: true } }),
    ).toContainEqual({
      action: 'faq.restore',
    });
  });

  it('fills the languages a snapshot lacks with blanks', () => {
    expect(textsForInput({ ja: { question: 'Q', answer: 'A' } }, { question: '', answer: '' })).toEqual({
      ja: { question: 'Q', answer: 'A' },
      en: { question: '', answer: '' },
    });
  });
});
