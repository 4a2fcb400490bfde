import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/notifications/plain-text';
import { notices } from '@/prisma/seed-content/notices';
import { composeConfirmationMail, composeEventMail } from '@/lib/notifications/compose-mail';
import { testMailWords } from '../support/mail-words';

const base = 'https://support.example.test';

describe('the plain-text part of a mail', () => {
  it('reads like a letter: headings in 【】, list items with ・, links on their own line', () => {
    const text = markdownToPlainText(
      '## 作業日時\n\n2026年12月10日 **2:00～5:00**\n\n- 送信\n- 受信（`POP3`）\n\n詳しくは[メール設定チェック](/ja/check)をご利用ください。',
      'ja',
      base,
    );
    expect(text).toBe(
      '【作業日時】\n\n2026年12月10日 2:00～5:00\n\n・送信\n・受信（POP3）\n\n詳しくはメール設定チェックをご利用ください。\nhttps://support.example.test/ja/check',
    );
  });

  it('in English, tables as one line a row', () => {
    const text = markdownToPlainText(
      '## When\n\n| Port | Use |\n| --- | --- |\n| 587 | Sending |',
      'en',
      base,
    );
    expect(text).toBe('When:\n\n• Port: Use\n• 587: Sending');
  });

  it('leaves no Markdown in any demo notice, in either language', () => {
    for (const notice of notices)
      for (const locale of ['ja', 'en'] as const) {
        const body = notice.body[locale];
        if (!body) continue;
        const text = markdownToPlainText(body, locale, base);
        expect([notice.slug, locale, text]).not.toEqual([
          notice.slug,
          locale,
          expect.stringMatching(/^#|\*\*|\]\(|^\s*\|/m),
        ]);
      }
  });
});

describe('mails read like a careful company wrote them', () => {
  const recipient = (locale: 'ja' | 'en') => ({
    email: 'taro@example.test',
    locale,
    topics: ['maintenance'],
    services: [],
    token: 'token',
  });
  const notice = notices.find((n) => n.body.ja?.includes('##'))!;

  for (const locale of ['ja', 'en'] as const)
    it(`open with a greeting, name the site, and carry no Markdown in the text part (${locale})`, async () => {
      const t = await testMailWords(locale);
      const mail = composeEventMail({
        id: 'm1',
        event: {
          kind: 'notice-published',
          payload: {
            path: `/notices/${notice.slug}`,
            text: { [locale]: { title: notice.title[locale]!, body: notice.body[locale]! } },
          } as never,
        },
        recipient: recipient(locale),
        t,
        serviceNames: {},
      });
      const greeting =
        locale === 'ja'
          ? /^いつもExample Net|^いつも.+をご利用いただき、ありがとうございます。/
          : /^Thank you for using /;
      expect(mail.text).toMatch(greeting);
      expect(mail.html).toMatch(
        locale === 'ja' ? /ご利用いただき、ありがとうございます/ : /Thank you for using/,
      );
      expect(mail.text).not.toMatch(/^#|\*\*|\]\(/m);
      expect(mail.text).toContain(locale === 'ja' ? 'サポート' : 'Support');
      expect(mail.text).not.toMatch(/registered for .* notices on https?:/);
      const confirm = composeConfirmationMail({ email: 'taro@example.test', locale, token: 'x', t });
      expect(confirm.text).toMatch(greeting);
      if (locale === 'ja') {
        expect(confirm.text).toContain('削除してください');
        expect(confirm.text).not.toContain('破棄');
      }
    });
});
