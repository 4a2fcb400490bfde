import { normalizeForSearch, normalizeWithOffsets } from './normalize';

/**
 * Queries that look like an error message or code lead to the answer that explains it (issue 31).
 * Until an error diagnoser exists, the answer is the demo FAQ entry that explains the error: the
 * search puts it first (before any word match, even when no document contains the code itself) and
 * the results page says which error it explains.
 *
 * `codes` are matched on the normalized query (NFKC, lower case: `０ｘ８００ＣＣＣ０Ｅ` is
 * `0x800ccc0e`); `phrases` are Japanese or English words, normalized the same way. `answers` are
 * item ids (`faq:<slug>`), the best first; an id the index does not hold is skipped.
 */
export interface ErrorRoute {
  id: string;
  codes?: RegExp;
  phrases?: readonly string[];
  answers: readonly string[];
}

export const ERROR_ROUTES: readonly ErrorRoute[] = [
  {
    // Outlook / Windows Live Mail / Outlook Express: the server could not be reached or the
    // connection broke (wrong server name or port, port 25 blocked, encryption mismatch, firewall).
    id: 'cannot-connect',
    codes: /\b0x(?:800ccc0[def]|800ccc13|8004210[89ab]|800ccc1[05])\b/,
    phrases: [
      'タイムアウト',
      'timed out',
      'connection timed out',
      'connection refused',
      'could not connect to the server',
    ],
    answers: ['faq:error-messages', 'faq:ssl-cannot-connect', 'faq:port-25-blocked'],
  },
  {
    // The server refused the user name or password (POP3/IMAP login, SMTP AUTH 535).
    id: 'authentication-failed',
    codes:
      /\b0x800ccc9[0-2]\b|\b535\b|\b5\.7\.8\b|\b530\b|\b5\.7\.0\b|\bauth(?:entication)? (?:failed|failure|error|unsuccessful|required)\b|\bauthentication credentials invalid\b/,
    phrases: [
      '認証に失敗',
      '認証失敗',
      '認証エラー',
      '認証が必要',
      '認証できません',
      '認証できない',
      'ログインに失敗',
    ],
    answers: ['faq:relay-denied-error', 'faq:error-messages', 'faq:forgot-mail-password'],
  },
  {
    // Sending refused: relay denied, SMTP AUTH off, POP before SMTP settings left over.
    id: 'relay-denied',
    codes:
      /\b0x800ccc(?:6[79]|7[89])\b|\brelay(?:ing)? (?:access )?(?:denied|not permitted|refused|prohibited|not allowed)\b|\brelay access\b|\bnot permitted to relay\b|\b5\.7\.1\b|\b554 5\.7\.1\b/,
    phrases: ['リレー拒否', '中継拒否', 'relay denied'],
    answers: ['faq:relay-denied-error', 'faq:error-messages', 'faq:suddenly-cannot-send'],
  },
  {
    // A returned mail: the recipient's address does not exist (settings cannot help).
    id: 'recipient-unknown',
    codes: /\b5\.1\.1\b|\buser unknown\b|\brecipient address rejected\b|\bno such user\b/,
    phrases: ['宛先不明', 'あて先不明', 'ユーザーが存在しません'],
    answers: ['faq:error-messages'],
  },
  {
    // The server is busy or the customer sent too much at once: try again later.
    id: 'server-busy',
    codes: /\b421\b|\btoo many connections\b|\btry again later\b/,
    answers: ['faq:error-messages'],
  },
  {
    id: 'mailbox-full',
    codes:
      /\b552\b|\b5\.2\.2\b|\b4\.2\.2\b|\b452\b|\bmailbox (?:is )?full\b|\bquota exceeded\b|\bover quota\b|\binsufficient (?:system )?storage\b/,
    phrases: ['容量オーバー', '容量超過'],
    answers: ['faq:mailbox-full'],
  },
  {
    id: 'certificate',
    codes:
      /\bcertificate (?:error|invalid|expired|not trusted|untrusted|verify failed)\b|\b(?:ssl|tls) handshake\b|\bx509\b|\bself[- ]signed\b/,
    phrases: ['証明書エラー', '証明書が無効', '証明書の有効期限', 'セキュリティ証明書'],
    answers: ['faq:certificate-warning'],
  },
];

const compiled = ERROR_ROUTES.map((route) => ({
  route,
  phrases: (route.phrases ?? []).map((p) => normalizeForSearch(p)),
}));

export interface ErrorMatch {
  route: ErrorRoute;
  /** The part of the query that looks like the error, as typed (`０ｘ８００ＣＣＣ０Ｅ`). */
  matched: string;
}

/** The error routes a query matches, in table order. */
export function findErrorRoutes(query: string): ErrorMatch[] {
  const { text, starts, ends } = normalizeWithOffsets(query);
  const typed = (at: number, length: number) =>
    length > 0 ? query.slice(starts[at], ends[at + length - 1]) : '';
  const found: ErrorMatch[] = [];
  for (const { route, phrases } of compiled) {
    const code = route.codes ? route.codes.exec(text) : null;
    if (code) {
      found.push({ route, matched: typed(code.index, code[0].length) });
      continue;
    }
    const phrase = phrases.find((p) => text.includes(p));
    if (phrase) found.push({ route, matched: typed(text.indexOf(phrase), phrase.length) });
  }
  return found;
}
