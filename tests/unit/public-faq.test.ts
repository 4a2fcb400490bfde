import { beforeEach, describe, expect, it } from 'vitest';
import { listFaq } from '@/lib/faq/public-faq';
import { clearContent, db } from '../support/notice-fixtures';

beforeEach(clearContent);

async function category(slug: string, position: number, names: Record<string, string>) {
  return db.faqCategory.create({
    data: {
      slug,
      position,
      translations: { create: Object.entries(names).map(([locale, name]) => ({ locale, name })) },
    },
  });
}

async function question(
  categoryId: string,
  slug: string,
  position: number,
  text: Record<string, [string, string]>,
  historical = false,
) {
  return db.faqQuestion.create({
    data: {
      slug,
      categoryId,
      position,
      historical,
      translations: {
        create: Object.entries(text).map(([locale, [q, a]]) => ({ locale, question: q, answer: a })),
      },
    },
  });
}

describe('listFaq', () => {
  it('orders categories and questions, current questions before historical ones', async () => {
    const sending = await category('sending', 1, { en: 'Sending', ja: '送信' });
    const security = await category('security', 0, { en: 'Security', ja: 'セキュリティ' });
    await question(
      sending.id,
      'old-way',
      0,
      { en: ['Old way?', 'Gone.'], ja: ['旧方式は？', '終了しました。'] },
      true,
    );
    await question(sending.id, 'smtp-auth', 1, {
      en: ['SMTP AUTH?', 'Use **it**.'],
      ja: ['SMTP認証とは？', '必ず使います。'],
    });
    await question(security.id, 'ports', 0, { en: ['Ports?', '`465`'], ja: ['ポートは？', '`465`'] });

    const faq = await listFaq('en');
    expect(faq.map((c) => c.slug)).toEqual(['security', 'sending']);
    expect(faq[1]?.questions.map((q) => [q.slug, q.historical])).toEqual([
      ['smtp-auth', false],
      ['old-way', true],
    ]);
    expect(faq[1]?.questions[0]?.answerHtml).toBe('<p>Use <strong>it</strong>.</p>');
    expect((await listFaq('ja'))[0]?.name).toBe('セキュリティ');
  });

  it('falls back to the other language and leaves out empty categories', async () => {
    const only = await category('only-ja', 0, { ja: '日本語のみ' });
    await question(only.id, 'q-ja', 0, { ja: ['質問', '回答'] });
    await category('empty', 1, { en: 'Empty', ja: '空' });

    const faq = await listFaq('en');
    expect(faq).toHaveLength(1);
    expect(faq[0]).toMatchObject({ slug: 'only-ja', name: '日本語のみ' });
    expect(faq[0]?.questions[0]).toMatchObject({ question: '質問', textLocale: 'ja', fallback: true });
  });

  it('returns nothing, without failing, for an empty database', async () => {
    expect(await listFaq('ja')).toEqual([]);
  });
});
