import type { Locale } from '@/i18n/routing';

/**
 * Questions customers type — symptoms, program names, error words and codes, casual and polite
 * forms, full-width and half-width — each with the demo content's answers, one of which must be in
 * the top 3 (`QUERY_SET_TOP`). `npm run bench:search` prints the share that passes per language and
 * the failures; tests/unit/search-intents-en.test.ts requires at least `QUERY_SET_PASS_SHARE` in
 * each language and lists the failures. When the content changes, this set says whether search
 * still finds what people need. Ids: `faq:<slug>`, `guide:<program>`, `notice:<slug>`.
 */
export interface QuerySetItem {
  query: string;
  locale: Locale;
  expect: string[];
}

export const QUERY_SET_TOP = 3;
export const QUERY_SET_PASS_SHARE = 0.95;

const SEND = 'faq:suddenly-cannot-send';
const RECEIVE = 'faq:not-receiving-mail';
const PASSWORD = 'faq:forgot-mail-password';
const RELAY = 'faq:relay-denied-error';
const PORT25 = 'faq:port-25-blocked';
const OP25B = 'notice:outbound-port-25-blocking';
const PORTS = 'faq:ssl-port-numbers';
const PORT_465_587 = 'faq:port-465-or-587';
const WHY_SSL = 'faq:why-ssl-required';
const SSL_NOTICE = 'notice:encrypted-login-required-2022';
const CONNECT = 'faq:ssl-cannot-connect';
const CERT = 'faq:certificate-warning';
const SPAM = 'faq:mail-in-spam-folder';
const FULL = 'faq:mailbox-full';
const OUTAGE = 'faq:is-it-an-outage';
const MAINTENANCE = 'notice:mail-maintenance-2026-12';
const WHAT_AUTH = 'faq:what-is-smtp-auth';
const TURN_ON_AUTH = 'faq:turn-on-smtp-auth';
const OTHER_PROVIDER = 'faq:other-provider-address';
const PROGRAMS = 'faq:supported-mail-programs';
const LIVE_MAIL = 'faq:windows-live-mail';
const POP_IMAP = 'faq:pop3-or-imap';
const WEBMAIL = 'faq:using-webmail';
const CHECK = 'faq:check-my-settings';
const PBS = ['notice:smtp-auth-replaces-pop-before-smtp', 'faq:pbs-what-is-it'];
const SPAM_NOTICES = ['notice:unsolicited-bulk-email', 'notice:new-spam-blocking-system'];
const OUTLOOKS = ['guide:outlook', 'guide:new-outlook', 'guide:outlook-2013'];

const ja = (query: string, ...expect: (string | string[])[]): QuerySetItem => ({
  query,
  locale: 'ja',
  expect: expect.flat(),
});
const en = (query: string, ...expect: (string | string[])[]): QuerySetItem => ({
  query,
  locale: 'en',
  expect: expect.flat(),
});

export const SEARCH_QUERY_SET: QuerySetItem[] = [
  // Japanese: sending
  ja('メールが送れない', SEND),
  ja('メール送れない', SEND),
  ja('送れない', SEND),
  ja('メールが送信できない', SEND),
  ja('急にメールが送れなくなった', SEND),
  ja('メールが送れません', SEND),
  ja('メールを送信できません。', SEND),
  ja('送信エラー', SEND, RELAY),
  ja('会社のメールアドレスで送れない', OTHER_PROVIDER, SEND),
  ja('他社のメールアドレス 送信', OTHER_PROVIDER),
  // receiving
  ja('メールが届かない', RECEIVE),
  ja('メール届かない', RECEIVE),
  ja('メールを受信できない', RECEIVE),
  ja('受信できません', RECEIVE),
  ja('メールが来ない', RECEIVE),
  ja('iPhone メール 受信できない', RECEIVE, 'guide:iphone'),
  ja('新着メールが受信されない', RECEIVE),
  // password and authentication
  ja('パスワードが違うと出る', PASSWORD, RECEIVE),
  ja('パスワード間違い', PASSWORD),
  ja('パスワードを忘れた', PASSWORD),
  ja('ぱすわーど わすれた', PASSWORD),
  ja('パスワード 変更', PASSWORD),
  ja('パスワードを何度も聞かれる', PASSWORD),
  ja('認証に失敗', RELAY, PASSWORD),
  ja('認証エラー', RELAY, PASSWORD),
  ja('SMTP認証', WHAT_AUTH, TURN_ON_AUTH),
  ja('ＳＭＴＰ認証', WHAT_AUTH, TURN_ON_AUTH),
  ja('SMTP認証 設定', TURN_ON_AUTH),
  ja('送信サーバー 設定', TURN_ON_AUTH, PORTS),
  // error messages and codes
  ja('0x800CCC0E', CONNECT, PORT25),
  ja('０ｘ８００ＣＣＣ０Ｅ', CONNECT, PORT25),
  ja('エラー 0x800ccc0e', CONNECT, PORT25),
  ja('535 5.7.8', RELAY),
  ja('535エラー', RELAY),
  ja('Relay access denied', RELAY),
  ja('Relay deniedと表示される', RELAY),
  ja('550 5.7.1', RELAY),
  // ports and encryption
  ja('ポート25', PORT25, OP25B),
  ja('ポート２５', PORT25, OP25B),
  ja('OP25B', PORT25, OP25B),
  ja('ポート番号', PORTS, PORT_465_587),
  ja('587 465 どっち', PORT_465_587),
  ja('SSLにしてくださいと言われた', WHY_SSL, SSL_NOTICE, PORTS),
  ja('SSL 設定', PORTS, WHY_SSL),
  ja('暗号化', PORTS, WHY_SSL, SSL_NOTICE),
  ja('SSLにしたら繋がらない', CONNECT),
  ja('サーバーに接続できません', CONNECT),
  ja('接続できない', CONNECT),
  ja('証明書の警告', CERT),
  ja('証明書エラー', CERT),
  ja('セキュリティ警告が出る', CERT),
  // spam, mailbox, outages
  ja('迷惑メールフォルダーに入る', SPAM),
  ja('迷惑メールに入ってしまう', SPAM),
  ja('迷惑メール 報告', SPAM_NOTICES),
  ja('容量いっぱい', FULL),
  ja('メールボックス 容量', FULL),
  ja('受信箱がいっぱい', FULL),
  ja('障害', OUTAGE),
  ja('障害ですか', OUTAGE),
  ja('メンテナンス', MAINTENANCE),
  // programs
  ja('アウトルック 設定', OUTLOOKS),
  ja('Outlook 設定', OUTLOOKS),
  ja('サンダーバード', 'guide:thunderbird'),
  ja('iPhone メール設定', 'guide:iphone'),
  ja('アイフォン 設定', 'guide:iphone'),
  ja('アンドロイド メール', 'guide:android-gmail'),
  ja('Gmail アプリ', 'guide:android-gmail'),
  ja('マック メール', 'guide:apple-mail'),
  ja('ベッキー', 'guide:becky'),
  ja('Windows Live メール', LIVE_MAIL, 'guide:legacy-windows'),
  ja('Outlook Express 使える？', LIVE_MAIL, 'guide:legacy-windows'),
  ja('対応しているメールソフト', PROGRAMS),
  ja('POPとIMAPの違い', POP_IMAP),
  ja('IMAP POP どっち', POP_IMAP),
  ja('Webメール', WEBMAIL),
  ja('ウェブメール 使い方', WEBMAIL),
  ja('設定 確認', CHECK),
  ja('設定が正しいか確認したい', CHECK),
  ja('ｻｰﾊﾞｰ 設定', TURN_ON_AUTH, PORTS, CHECK),
  ja('年末年始', 'notice:year-end-support-hours-2026'),
  ja('サポート 営業時間', 'notice:year-end-support-hours-2026'),
  ja('POP before SMTP', PBS),

  // English: sending
  en("can't send email", SEND, RELAY),
  en('cannot send mail', SEND),
  en('cant send emails', SEND),
  en("email won't send", SEND),
  en('unable to send email', SEND),
  en('sending fails', SEND),
  en('outgoing mail not working', SEND),
  en('send from my work email address', OTHER_PROVIDER),
  // receiving
  en('not receiving mail', RECEIVE),
  en('not receiving emails', RECEIVE),
  en('emails not arriving', RECEIVE),
  en("can't receive email", RECEIVE),
  en('no new mail', RECEIVE),
  en('iphone not receiving email', RECEIVE, 'guide:iphone'),
  // password and authentication
  en('outlook password keeps asking', PASSWORD),
  en('keeps asking for password', PASSWORD),
  en('forgot password', PASSWORD),
  en('change email password', PASSWORD),
  en('reset password', PASSWORD),
  en('wrong password', PASSWORD, RELAY),
  en('password incorrect', PASSWORD, RELAY),
  en('authentication failed', RELAY, PASSWORD),
  en('authentication required', RELAY),
  en('what is smtp auth', WHAT_AUTH),
  en('turn on smtp authentication', TURN_ON_AUTH),
  // error messages and codes
  en('535 5.7.8', RELAY),
  en('535 authentication failed', RELAY),
  en('Relay access denied', RELAY),
  en('relay denied', RELAY),
  en('550 5.7.1 relaying denied', RELAY),
  en('0x800CCC0E', CONNECT, PORT25),
  en('outlook error 0x800ccc0e', CONNECT, PORT25),
  en('０ｘ８００ＣＣＣ０Ｅ', CONNECT, PORT25),
  // ports and encryption
  en('smtp port', PORTS, PORT_465_587),
  en('ＳＭＴＰ ＰＯＲＴ', PORTS, PORT_465_587),
  en('port 25', PORT25),
  en('port 25 blocked', PORT25, OP25B),
  en('port 587 or 465', PORT_465_587),
  en('which port', PORTS, PORT_465_587),
  en('smtp settings', TURN_ON_AUTH, PORTS),
  en('outgoing server settings', TURN_ON_AUTH, PORTS),
  en('ssl settings', PORTS, WHY_SSL),
  en('ssl required', WHY_SSL, SSL_NOTICE),
  en('encryption', PORTS, WHY_SSL, SSL_NOTICE),
  en("can't connect after switching to ssl", CONNECT),
  en('cannot connect to server', CONNECT),
  en('certificate warning', CERT),
  en('certificate error', CERT),
  en('security warning', CERT),
  // spam, mailbox, outages
  en('mail goes to spam', SPAM),
  en('emails going to junk', SPAM),
  en('report spam', SPAM_NOTICES),
  en('mailbox full', FULL),
  en('inbox full', FULL),
  en('storage quota exceeded', FULL),
  en('is it an outage', OUTAGE),
  en('is email down', OUTAGE),
  en('maintenance', MAINTENANCE),
  // programs
  en('outlook setup', OUTLOOKS),
  en('set up thunderbird', 'guide:thunderbird'),
  en('iphone mail settings', 'guide:iphone'),
  en('android email setup', 'guide:android-gmail'),
  en('gmail app', 'guide:android-gmail'),
  en('mac mail', 'guide:apple-mail'),
  en('becky', 'guide:becky'),
  en('windows live mail', LIVE_MAIL, 'guide:legacy-windows'),
  en('outlook express', LIVE_MAIL, 'guide:legacy-windows'),
  en('supported email programs', PROGRAMS),
  en('pop or imap', POP_IMAP),
  en('webmail', WEBMAIL),
  en('check my settings', CHECK),
  en('pop before smtp', PBS),
  en('Outlook keeps asking for my password', PASSWORD),
];

export interface QuerySetResult {
  item: QuerySetItem;
  /** The ids of the first `QUERY_SET_TOP` results. */
  top: string[];
  /** 1-based rank of the first expected answer within the first 20 results, or 0. */
  rank: number;
  passed: boolean;
  ms: number;
}

export interface QuerySetReport {
  results: QuerySetResult[];
  byLocale: Record<Locale, { passed: number; total: number; share: number; failures: QuerySetResult[] }>;
}

/** Runs the query set against an index (anything with the `search` of `SearchIndex`). */
export function runQuerySet(
  index: {
    search(q: string, o: { locale: Locale; pageSize?: number }): { hits: { doc: { id: string } }[] };
  },
  set: readonly QuerySetItem[] = SEARCH_QUERY_SET,
): QuerySetReport {
  const results = set.map((item): QuerySetResult => {
    const started = performance.now();
    const ids = index.search(item.query, { locale: item.locale, pageSize: 20 }).hits.map((h) => h.doc.id);
    const ms = performance.now() - started;
    const rank = ids.findIndex((id) => item.expect.includes(id)) + 1;
    return { item, top: ids.slice(0, QUERY_SET_TOP), rank, passed: rank >= 1 && rank <= QUERY_SET_TOP, ms };
  });
  const byLocale = {} as QuerySetReport['byLocale'];
  for (const locale of ['en', 'ja'] as const) {
    const mine = results.filter((r) => r.item.locale === locale);
    const passed = mine.filter((r) => r.passed).length;
    byLocale[locale] = {
      passed,
      total: mine.length,
      share: mine.length ? passed / mine.length : 1,
      failures: mine.filter((r) => !r.passed),
    };
  }
  return { results, byLocale };
}
