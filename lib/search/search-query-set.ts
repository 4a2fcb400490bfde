import type { Locale } from '@/i18n/routing';

/**
 * Questions customers type, with the demo content's answers one of which must rank first: kept true by
 * tests/unit/search-intents-en.test.ts and timed by `npm run bench:search`. When the FAQ changes,
 * this list says whether search still finds what people need.
 */
export const SEARCH_QUERY_SET: Array<{ query: string; locale: Locale; expect: string[] }> = [
  { query: 'cannot send mail', locale: 'en', expect: ['faq:suddenly-cannot-send'] },
  { query: "can't send email", locale: 'en', expect: ['faq:suddenly-cannot-send', 'faq:relay-denied-error'] },
  { query: 'relay denied', locale: 'en', expect: ['faq:relay-denied-error'] },
  { query: 'port 25', locale: 'en', expect: ['faq:port-25-blocked'] },
  { query: 'not receiving mail', locale: 'en', expect: ['faq:not-receiving-mail'] },
  { query: 'forgot password', locale: 'en', expect: ['faq:forgot-mail-password'] },
  { query: 'mail goes to spam', locale: 'en', expect: ['faq:mail-in-spam-folder'] },
  { query: 'mailbox full', locale: 'en', expect: ['faq:mailbox-full'] },
  { query: 'is it an outage', locale: 'en', expect: ['faq:is-it-an-outage'] },
  { query: 'メールが送信できない', locale: 'ja', expect: ['faq:suddenly-cannot-send'] },
  { query: 'メールを受信できない', locale: 'ja', expect: ['faq:not-receiving-mail'] },
  { query: 'パスワードを忘れた', locale: 'ja', expect: ['faq:forgot-mail-password'] },
  { query: '迷惑メールフォルダー', locale: 'ja', expect: ['faq:mail-in-spam-folder'] },
  { query: 'メールボックス 容量', locale: 'ja', expect: ['faq:mailbox-full'] },
  { query: '障害', locale: 'ja', expect: ['faq:is-it-an-outage'] },
];
