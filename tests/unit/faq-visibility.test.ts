import { beforeEach, describe, expect, it } from 'vitest';
import { deleteFaqQuestion, setFaqPublished } from '@/lib/faq/faq-visibility';
import { listFaq } from '@/lib/faq/public-faq';
import { loadFaqDocuments } from '@/lib/search/build-site-index';
import { clearContent, db } from '../support/notice-fixtures';

beforeEach(clearContent);

async function arrange() {
  const category = await db.faqCategory.create({
    data: {
      slug: 'sending',
      translations: {
        create: [
          { locale: 'en', name: 'Sending' },
          { locale: 'ja', name: '送信' },
        ],
      },
    },
  });
  const make = (slug: string, position: number, en: string) =>
    db.faqQuestion.create({
      data: {
        slug,
        categoryId: category.id,
        position,
        translations: {
          create: [
            { locale: 'en', question: en, answer: `${en} answer` },
            { locale: 'ja', question: `${en}（日本語）`, answer: '回答' },
          ],
        },
      },
    });
  return {
    category,
    a: await make('pop-before-smtp', 0, 'What was POP before SMTP?'),
    b: await make('port-587', 1, 'Which port do I send on?'),
    c: await make('relay-denied', 2, 'Why is relaying denied?'),
  };
}

describe('unpublishing and deleting FAQ questions', () => {
  it('takes an unpublished question off the FAQ and out of search at once, as a new version with a revision', async () => {
    const { a } = await arrange();
    const result = await setFaqPublished(a.id, false, a.version, 'editor@example.test');
    expect(result).toEqual({ ok: true, version: a.version + 1, slug: 'pop-before-smtp' });
    for (const locale of ['en', 'ja'] as const) {
      const slugs = (await listFaq(locale)).flatMap((c) => c.questions.map((q) => q.slug));
      expect(slugs).toEqual(['port-587', 'relay-denied']);
    }
    const documents = JSON.stringify(await loadFaqDocuments());
    expect(documents).not.toContain('What was POP before SMTP?');
    expect(documents).toContain('Which port do I send on?');
    const revision = await db.faqRevision.findFirstOrThrow({
      where: { questionId: a.id, version: a.version + 1 },
    });
    expect(JSON.parse(revision.snapshot)).toMatchObject({ published: false, slug: 'pop-before-smtp' });

    // Publishing again brings it back; a stale version changes nothing.
    expect(await setFaqPublished(a.id, true, a.version, 'other@example.test')).toEqual({
      ok: false,
      error: 'conflict',
    });
    expect((await setFaqPublished(a.id, true, a.version + 1, 'editor@example.test')).ok).toBe(true);
    expect((await listFaq('en')).flatMap((c) => c.questions.map((q) => q.slug))).toContain('pop-before-smtp');
  });

  it('deletes a question with its history, renumbers the rest, and returns what it said', async () => {
    const { b } = await arrange();
    const deleted = await deleteFaqQuestion(b.id, 'editor@example.test');
    expect(deleted).toMatchObject({
      slug: 'port-587',
      translations: { en: { question: 'Which port do I send on?' } },
    });
    expect(await db.faqQuestion.findUnique({ where: { id: b.id } })).toBeNull();
    expect(await db.faqRevision.count({ where: { questionId: b.id } })).toBe(0);
    const positions = await db.faqQuestion.findMany({
      orderBy: { position: 'asc' },
      select: { slug: true, position: true },
    });
    expect(positions).toEqual([
      { slug: 'pop-before-smtp', position: 0 },
      { slug: 'relay-denied', position: 1 },
    ]);
    expect(await deleteFaqQuestion(b.id, 'editor@example.test')).toBeNull();
  });
});
