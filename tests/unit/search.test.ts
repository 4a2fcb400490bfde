import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/search/HighlightedText';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { loadSearchDocuments } from '@/lib/search/build-site-index';
import type { TextPart } from '@/lib/search/highlight';
import { normalizeForSearch, normalizeWithOffsets, phraseForm } from '@/lib/search/normalize';
import { findErrorRoutes } from '@/lib/search/error-answers';
import { priorOf, SearchIndex, type SearchDocument } from '@/lib/search/search-index';
import { detectIntents } from '@/lib/search/search-intents';
import { parseSearchParams, searchQuery } from '@/lib/search/search-params';
import { parseQuery, stem } from '@/lib/search/tokenize';
import { clearContent, createNotice, db } from '../support/notice-fixtures';

const marked = (parts: readonly TextPart[]) => parts.filter((p) => p.mark).map((p) => p.text);
const joined = (parts: readonly TextPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('historical content', () => {
  it('ranks what still applies before back numbers and historical answers with the same kind of match', () => {
    const index = SearchIndex.build([
      doc({
        id: 'faq:old',
        title: '送信の手順（POP before SMTP）',
        body: '送信 送信 送信',
        historical: true,
      }),
      doc({ id: 'faq:new', title: '送信できないときは', body: '設定を確認してください。' }),
    ]);
    expect(index.search('送信', { locale: 'ja' }).hits.map((h) => h.doc.id)).toEqual(['faq:new', 'faq:old']);
  });
});

describe('normalization', () => {
  it('folds full-width and half-width forms, case and kana', () => {
    expect(normalizeForSearch('５８７')).toBe('587');
    expect(normalizeForSearch('ＳＭＴＰ')).toBe('smtp');
    expect(normalizeForSearch('ｻｰﾊﾞｰ')).toBe(normalizeForSearch('サーバー'));
    expect(normalizeForSearch('サーバー')).toBe(normalizeForSearch('さーばー'));
    // Both spellings of a katakana word with or without its final long-vowel mark are in use.
    expect(normalizeForSearch('サーバー')).toBe(normalizeForSearch('サーバ'));
    expect(normalizeForSearch('ユーザー名')).toBe(normalizeForSearch('ユーザ名'));
    expect(normalizeForSearch('メール')).toBe('めーる');
  });

  it('maps normalized text back to the original', () => {
    const original = 'ｻｰﾊﾞｰの設定（ＳＭＴＰ）';
    const { text, starts, ends } = normalizeWithOffsets(original);
    expect(text).toBe(normalizeForSearch(original));
    const at = text.indexOf('smtp');
    expect(original.slice(starts[at], ends[at + 3])).toBe('ＳＭＴＰ');
    expect(original.slice(starts[0], ends[text.indexOf('の') - 1])).toBe('ｻｰﾊﾞｰ');
  });

  it('compares phrases without the spaces Japanese does not use', () => {
    expect(phraseForm(normalizeForSearch('送信 サーバー'))).toBe(
      phraseForm(normalizeForSearch('送信サーバー')),
    );
    expect(phraseForm(normalizeForSearch('SMTP-AUTH'))).toBe('smtp auth');
    expect(phraseForm(normalizeForSearch('Mail server settings'), stem)).toBe(
      phraseForm(normalizeForSearch('mail SERVER setting'), stem),
    );
  });

  it('stems English lightly', () => {
    expect(stem('settings')).toBe(stem('setting'));
    expect(stem('configured')).toBe(stem('configure'));
    expect(stem('messages')).toBe(stem('message'));
    expect(stem('addresses')).toBe(stem('address'));
    expect(stem('servers')).toBe('server');
    expect(stem('ssl')).toBe('ssl');
    expect(stem('pop3')).toBe('pop3');
  });

  it('splits a Japanese query without spaces into required words and optional endings', () => {
    const query = parseQuery('メール送信できない');
    expect(query.units.filter((u) => u.required).map((u) => u.text)).toEqual([
      normalizeForSearch('メール'),
      '送信',
    ]);
    expect(query.units.filter((u) => !u.required).length).toBeGreaterThan(0);
    const english = parseQuery('How do I change my password');
    expect(english.units.filter((u) => u.required).map((u) => u.text)).toEqual(['change', 'password']);
  });
});

const doc = (fields: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'title'>): SearchDocument => ({
  kind: 'faq',
  locale: 'ja',
  body: '',
  path: `/faq#${fields.id}`,
  ...fields,
});

const fixtures: SearchDocument[] = [
  doc({
    id: 'notice:smtp-auth',
    kind: 'notice',
    title: '送信メール認証方式の変更について',
    body: 'メールソフトの送信メールサーバー（SMTP）の設定で、SMTP認証を有効にしてください。ポート番号は587です。',
    date: '2015-04-14T00:00:00Z',
  }),
  doc({
    id: 'notice:smtp-auth',
    kind: 'notice',
    locale: 'en',
    title: 'Change of outgoing mail authentication',
    body: 'Turn on SMTP AUTH in the outgoing mail server settings of your mail program. Use port 587.',
    date: '2015-04-14T00:00:00Z',
  }),
  doc({
    id: 'faq:password',
    title: 'パスワードを忘れました',
    body: 'サポート窓口までご連絡ください。',
  }),
  doc({
    id: 'faq:ja-only',
    title: '迷惑メールの報告',
    body: '迷惑メールはspam@example.testへ転送してください。',
  }),
  doc({
    id: 'guide:thunderbird',
    kind: 'guide',
    locale: 'en',
    title: 'Thunderbird',
    body: 'Setting up a new account: enter your name, address and password.',
    path: '/guides/thunderbird',
  }),
  doc({
    id: 'faq:body-only',
    locale: 'en',
    title: 'Which ports should I use?',
    body: 'Thunderbird, Thunderbird and Thunderbird again: every program uses the same ports.',
  }),
];

describe('search index over fixture documents', () => {
  const index = SearchIndex.build(fixtures);
  const ids = (q: string, locale: 'en' | 'ja', includeOtherLanguages = false) =>
    index.search(q, { locale, includeOtherLanguages }).hits.map((h) => `${h.doc.id}/${h.doc.locale}`);

  it('finds two-character Japanese words without spaces', () => {
    expect(ids('設定', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('認証', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('送信', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('迷惑', 'ja')).toEqual(['faq:ja-only/ja']);
    expect(ids('窓口', 'ja')).toEqual(['faq:password/ja']);
  });

  it('treats full-width and half-width input alike', () => {
    expect(ids('５８７', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('ＳＭＴＰ', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('ｻｰﾊﾞｰ', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('さーばー', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('ぱすわーど', 'ja')).toEqual(['faq:password/ja']);
  });

  it('matches English case-insensitively and with simple stemming', () => {
    expect(ids('settings', 'en')).toEqual(ids('setting', 'en'));
    expect(ids('settings', 'en')).toEqual(
      expect.arrayContaining(['guide:thunderbird/en', 'notice:smtp-auth/en']),
    );
    expect(ids('smtp AUTH', 'en')).toEqual(['notice:smtp-auth/en']);
    expect(ids('How do I change my password?', 'en')).toEqual([]);
    expect(ids('password', 'en')).toEqual(['guide:thunderbird/en']);
  });

  it('finds a natural Japanese query by its words', () => {
    expect(ids('メールの送信ができない', 'ja')).toEqual(['notice:smtp-auth/ja']);
    expect(ids('パスワードを忘れた', 'ja')).toEqual(['faq:password/ja']);
  });

  it('ranks a title match before any number of body matches', () => {
    expect(ids('thunderbird', 'en')).toEqual(['guide:thunderbird/en', 'faq:body-only/en']);
  });

  it('searches the page language only unless asked, and counts the rest', () => {
    expect(ids('587', 'en')).toEqual(['notice:smtp-auth/en']);
    expect(index.search('迷惑', { locale: 'en' })).toMatchObject({ total: 0, otherLanguageTotal: 1 });
    expect(ids('迷惑', 'en', true)).toEqual(['faq:ja-only/ja']);
    // An item that matches in both languages is listed once, in the page's language.
    expect(ids('587', 'en', true)).toEqual(['notice:smtp-auth/en']);
    expect(ids('587', 'ja', true)).toEqual(['notice:smtp-auth/ja']);
  });

  it('highlights the original text, whatever width the query was typed in', () => {
    const [hit] = index.search('５８７ ｻｰﾊﾞｰ', { locale: 'ja' }).hits;
    expect(marked(hit!.snippet)).toEqual(['サーバー', '587']);
    const guide = index.search('SETTINGS', { locale: 'en' }).hits.find((h) => h.doc.kind === 'guide');
    expect(joined(guide!.snippet)).toBe('[Setting] up a new account: enter your name, address and password.');
    const compound = SearchIndex.build([doc({ id: 'm', title: 'メールサーバーメンテナンスのお知らせ' })]);
    expect(joined(compound.search('ｻｰﾊﾞｰ', { locale: 'ja' }).hits[0]!.title)).toBe(
      'メール[サーバー]メンテナンスのお知らせ',
    );
    const [title] = index.search('認証', { locale: 'ja' }).hits;
    expect(joined(title!.title)).toBe('送信メール[認証]方式の変更について');
  });

  it('suggests a spelling that has results', () => {
    expect(index.suggestSpelling('thunderbrd')).toBe('thunderbird');
    expect(index.suggestSpelling('thunderbird')).toBeNull();
  });
});

describe('ranking', () => {
  it('puts the exact phrase first', () => {
    const index = SearchIndex.build([
      doc({ id: 'a', locale: 'en', title: 'Note A', body: 'The server keeps your mail for 30 days.' }),
      doc({ id: 'b', locale: 'en', title: 'Note B', body: 'Check the mail server name in your program.' }),
      doc({ id: 'c', locale: 'ja', title: 'お知らせC', body: 'サーバーの送信設定を確認してください。' }),
      doc({ id: 'd', locale: 'ja', title: 'お知らせD', body: '送信サーバーを確認してください。' }),
    ]);
    expect(index.search('mail server', { locale: 'en' }).hits.map((h) => h.doc.id)).toEqual(['b', 'a']);
    expect(index.search('送信サーバー', { locale: 'ja' }).hits.map((h) => h.doc.id)).toEqual(['d', 'c']);
  });

  it('breaks ties with the newer notice', () => {
    const notice = (id: string, date: string) =>
      doc({ id, kind: 'notice', locale: 'en', title: 'Mail maintenance', body: 'Mail may be slow.', date });
    const index = SearchIndex.build([
      notice('old', '2019-01-01'),
      notice('new', '2024-01-01'),
      notice('mid', '2020-01-01'),
    ]);
    expect(index.search('maintenance', { locale: 'en' }).hits.map((h) => h.doc.id)).toEqual([
      'new',
      'mid',
      'old',
    ]);
  });

  it('paginates', () => {
    const docs = Array.from({ length: 25 }, (_, i) =>
      doc({ id: `n${i}`, locale: 'en', title: `Notice ${i}`, body: 'Scheduled maintenance.' }),
    );
    const index = SearchIndex.build(docs);
    const page3 = index.search('maintenance', { locale: 'en', page: 3 });
    expect(page3).toMatchObject({ total: 25, pageCount: 3, page: 3 });
    expect(page3.hits).toHaveLength(5);
  });
});

describe("the customer's words (issue 31)", () => {
  it('meets colloquial and written forms through concepts, keeping the words as typed', () => {
    const query = parseQuery('メールが送れない');
    const send = query.units.find((u) => u.surface === '送れない')!;
    expect(send).toMatchObject({ required: true });
    expect(send.forms!.map((f) => f.text)).toEqual(['送信', '送れ']);
    expect(query.units.filter((u) => u.required).map((u) => u.surface)).toEqual(['メール', '送れない']);
    const index = SearchIndex.build([
      doc({ id: 'faq:send', title: '急にメールが送信できなくなりました', body: '設定を確認してください。' }),
      doc({
        id: 'faq:password',
        title: 'パスワードを忘れました',
        body: 'パスワードが違うと表示される場合は再設定してください。',
      }),
    ]);
    for (const q of ['送れない', 'メール送れない', 'メールが送信出来ない'])
      expect(index.search(q, { locale: 'ja' }).hits.map((h) => h.doc.id)).toEqual(['faq:send']);
    expect(index.search('パスワードが違うと出る', { locale: 'ja' }).hits.map((h) => h.doc.id)).toEqual([
      'faq:password',
    ]);
    const [hit] = index.search('送れない', { locale: 'ja' }).hits;
    expect(joined(hit!.title)).toBe('急にメールが[送信]できなくなりました');
  });

  it('keeps the surface form of every word for suggestions (never ぱすわーど or ssl)', () => {
    const query = parseQuery('パスワード ＳＳＬ Thunderbird');
    expect(query.units.filter((u) => u.required).map((u) => u.surface)).toEqual([
      'パスワード',
      'SSL',
      'Thunderbird',
    ]);
    expect(query.units.map((u) => u.text)).toContain(normalizeForSearch('パスワード'));
  });

  it('ranks current answers before old notices on the same words (kind and age)', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    const index = SearchIndex.build(
      [
        doc({
          id: 'notice:2006',
          kind: 'notice',
          title: '迷惑メール送信について',
          body: 'メール 送信',
          date: '2006-03-15',
        }),
        doc({ id: 'faq:send', title: 'メール送信ができないとき', body: '送信できない場合' }),
        doc({
          id: 'notice:2026',
          kind: 'notice',
          title: 'メール送信の変更',
          body: 'メール 送信',
          date: '2026-11-01',
        }),
      ],
      { now },
    );
    expect(index.search('メール 送信', { locale: 'ja' }).hits.map((h) => h.doc.id)).toEqual([
      'faq:send',
      'notice:2026',
      'notice:2006',
    ]);
    expect(priorOf({ kind: 'notice', date: '2006-03-15' }, now.getTime())).toBeLessThan(
      priorOf({ kind: 'notice', date: '2026-11-01' }, now.getTime()),
    );
    expect(priorOf({ kind: 'faq', historical: true }, now.getTime())).toBeLessThan(
      priorOf({ kind: 'faq' }, now.getTime()),
    );
  });

  it('routes error codes and messages to the answer that explains them, even without a word match', () => {
    expect(findErrorRoutes('０ｘ８００ＣＣＣ０Ｅ').map((m) => [m.route.id, m.matched])).toEqual([
      ['cannot-connect', '０ｘ８００ＣＣＣ０Ｅ'],
    ]);
    expect(findErrorRoutes('535 5.7.8 Authentication failed')[0]!.route.id).toBe('authentication-failed');
    expect(findErrorRoutes('Relay access denied')[0]!.route.id).toBe('relay-denied');
    expect(findErrorRoutes('認証に失敗しました')[0]!.route.id).toBe('authentication-failed');
    expect(findErrorRoutes('メールが送れない')).toEqual([]);
    const index = SearchIndex.build([
      doc({ id: 'faq:ssl-cannot-connect', title: 'SSL/TLSに設定を変更したら、接続できなくなりました。' }),
      doc({ id: 'faq:other', title: 'Outlookの設定' }),
    ]);
    const outcome = index.search('0x800CCC0E', { locale: 'ja' });
    expect(outcome.hits.map((h) => h.doc.id)).toEqual(['faq:ssl-cannot-connect']);
    expect(outcome.errorAnswer).toMatchObject({ error: '0x800CCC0E', doc: { id: 'faq:ssl-cannot-connect' } });
  });
});

describe('snippets are text, never HTML', () => {
  it('escapes markup from content and query', () => {
    const index = SearchIndex.build([
      doc({
        id: 'x',
        locale: 'en',
        title: 'About <b>tags</b>',
        body: 'Never <script>alert(1)</script> run tags here.',
      }),
    ]);
    const [hit] = index.search('tags <script>', { locale: 'en' }).hits;
    const html = renderToStaticMarkup(
      createElement('p', null, createElement(HighlightedText, { parts: [...hit!.title, ...hit!.snippet] })),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;<mark');
    expect(html).toContain('<mark');
  });
});

describe('suggestions', () => {
  it('points port numbers and mail errors to the checker, program names to their guide', () => {
    expect(detectIntents('ポート５８７')).toMatchObject({ checker: true, ports: [587] });
    expect(detectIntents('SMTP error 535').checker).toBe(true);
    expect(detectIntents('送信できない').checker).toBe(true);
    expect(detectIntents('holiday opening hours').checker).toBe(false);
    expect(detectIntents('Thunderbird').programs).toEqual(['thunderbird']);
    expect(detectIntents('ｱｳﾄﾙｯｸ').programs).toEqual(['outlook']);
    expect(detectIntents('new Outlook').programs).toEqual(['new-outlook']);
    expect(detectIntents('Outlook Express').programs).toEqual(['legacy-windows']);
    expect(detectIntents('machine').programs).toEqual([]);
  });
});

describe('search parameters', () => {
  it('accepts shareable URLs and refuses malformed pages', () => {
    expect(parseSearchParams({ q: '  設定  ', all: '1', page: '2' })).toEqual({
      q: '設定',
      all: true,
      page: 2,
    });
    expect(parseSearchParams({})).toEqual({ q: '', all: false, page: 1 });
    expect(parseSearchParams({ q: 'x', page: '0' })).toBeNull();
    expect(parseSearchParams({ q: 'x', page: 'abc' })).toBeNull();
    expect(parseSearchParams({ q: 'x'.repeat(500) })!.q).toHaveLength(200);
    expect(searchQuery({ q: 'a', all: false, page: 1 })).toEqual({ q: 'a' });
    expect(searchQuery({ q: 'a', all: true, page: 2 })).toEqual({ q: 'a', all: '1', page: '2' });
  });
});

describe('the site index from the database', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
  const registry = loadRegistryFile('config/mail-service.demo.json');

  beforeEach(async () => {
    await clearContent();
    await db.guide.deleteMany();
  });

  it('indexes published notices, FAQ and guides only, with placeholders resolved', async () => {
    const text = (word: string) => ({
      en: { title: `Notice about ${word}`, body: `The **${word}** service of {{ispName}}.` },
      ja: { title: `${word}のお知らせ`, body: `{{ispName}}の${word}について。` },
    });
    await createNotice({ slug: 'live', publishedAt: day('2026-01-01'), text: text('zebra') });
    await createNotice({
      slug: 'old',
      status: 'archived',
      publishedAt: day('2004-01-01'),
      text: text('yak'),
    });
    await createNotice({ slug: 'draft', status: 'draft', publishedAt: null, text: text('walrus') });
    await createNotice({
      slug: 'scheduled',
      status: 'scheduled',
      publishedAt: day('2026-12-01'),
      text: text('vole'),
    });
    await createNotice({
      slug: 'future',
      status: 'published',
      publishedAt: day('2026-12-01'),
      text: text('umbra'),
    });
    await db.faqCategory.create({
      data: {
        slug: 'mail',
        translations: { create: [{ locale: 'ja', name: 'メール' }] },
        questions: {
          create: [
            {
              slug: 'outgoing-port',
              translations: {
                create: [{ locale: 'ja', question: '送信ポートは？', answer: '**587**番をお使いください。' }],
              },
            },
          ],
        },
      },
    });
    await db.guide.create({
      data: {
        program: 'thunderbird',
        translations: {
          create: [
            {
              locale: 'en',
              name: 'Thunderbird',
              summary: 'For Thunderbird.',
              newAccount: 'Set the outgoing port to **{{outgoingPort}}** on {{outgoingHost}}.',
              existingAccount: 'Check {{incomingProtocol}} port {{incomingPort}}.',
            },
          ],
        },
      },
    });

    const documents = await loadSearchDocuments({ registry, now });
    const index = SearchIndex.build(documents);
    const found = (q: string, locale: 'en' | 'ja') => index.search(q, { locale }).hits.map((h) => h.doc.path);

    expect(found('zebra', 'en')).toEqual(['/notices/live']);
    expect(found('yak', 'en')).toEqual(['/notices/old']);
    for (const hidden of ['walrus', 'vole', 'umbra']) expect(found(hidden, 'en')).toEqual([]);
    expect(documents.some((d) => /walrus|vole|umbra/.test(d.title + d.body))).toBe(false);
    expect(found('Example', 'en')).toContain('/notices/live');
    expect(documents.every((d) => !d.body.includes('{{') && !d.body.includes('**'))).toBe(true);

    expect(found('ポート', 'ja')).toEqual(['/faq#outgoing-port']);
    expect(found('587', 'en')).toEqual(['/guides/thunderbird']);
    expect(found('993', 'en')).toEqual(['/guides/thunderbird']);
    expect(found('mail.example.test', 'en')).toEqual(['/guides/thunderbird']);
    // The FAQ question exists in Japanese only: no English document for it.
    expect(documents.filter((d) => d.id === 'faq:outgoing-port').map((d) => d.locale)).toEqual(['ja']);
  });
});
