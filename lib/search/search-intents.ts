import type { GuideProgram } from '@/lib/guides/guide-programs';
import { PROGRAM_ALIASES } from './program-aliases';
import { normalizeForSearch } from './normalize';
import { stem } from './tokenize';

/**
 * What a query is probably about, for the shortcuts shown with the results and the suggestions
 * shown when nothing is found: a port number or an error/protocol term points to the mail settings
 * checker, a mail program's name to its setup guide.
 */

export { PROGRAM_ALIASES };

/** Mail ports customers quote from error messages and old settings. */
const MAIL_PORTS = [25, 110, 143, 465, 587, 993, 995, 2525];

/** Stems of English words, and Japanese words, that name a protocol, a setting or a mail error. */
const CHECKER_WORDS = new Set(
  [
    'smtp',
    'smtps',
    'pop',
    'pop3',
    'pop3s',
    'imap',
    'imaps',
    'ssl',
    'tls',
    'starttls',
    'auth',
    'authentication',
    'error',
    'fail',
    'failure',
    'bounce',
    'relay',
    'denied',
    'reject',
    'certificate',
    'timeout',
    'port',
    'password',
    'login',
    'connect',
    'connection',
  ].map(stem),
);
const CHECKER_PHRASES = [
  'エラー',
  '送信できない',
  '送信できません',
  '受信できない',
  '受信できません',
  '送れない',
  '届かない',
  '接続できない',
  '認証',
  '証明書',
  'タイムアウト',
  'パスワード',
  'ポート',
  '暗号化',
].map(normalizeForSearch);
/** SMTP reply codes customers paste (535 authentication failed, 550/554 rejected, …). */
const SMTP_CODES = /\b(?:421|450|451|452|530|535|550|551|552|553|554)\b/;

export interface SearchIntents {
  /** The query names a port number, a mail error or a protocol term: suggest the checker. */
  checker: boolean;
  /** Ports named in the query. */
  ports: number[];
  /** Programs named in the query, most specific first. */
  programs: GuideProgram[];
}

export function detectIntents(query: string, registryPorts: readonly number[] = []): SearchIntents {
  const normalized = normalizeForSearch(query.slice(0, 200));
  const ports = [...new Set(Array.from(normalized.matchAll(/\d+/g), (m) => Number(m[0])))].filter(
    (port) => MAIL_PORTS.includes(port) || registryPorts.includes(port),
  );
  const words = Array.from(normalized.matchAll(/[a-z0-9]+/g), (m) => stem(m[0]));
  const checker =
    ports.length > 0 ||
    SMTP_CODES.test(normalized) ||
    words.some((w) => CHECKER_WORDS.has(w)) ||
    CHECKER_PHRASES.some((phrase) => normalized.includes(phrase));

  const padded = ` ${normalized.replace(/[^\p{L}\p{Nd}]+/gu, ' ')} `;
  const compact = padded.replace(/ /g, '');
  const programs: GuideProgram[] = [];
  for (const [program, aliases] of Object.entries(PROGRAM_ALIASES) as [GuideProgram, readonly string[]][]) {
    const hit = aliases.some((alias) => {
      const a = normalizeForSearch(alias)
        .replace(/[^\p{L}\p{Nd}]+/gu, ' ')
        .trim();
      // Latin names must be whole words ("mac" is not "machine"); Japanese names may touch other text.
      return /^[a-z0-9 ]+$/.test(a) ? padded.includes(` ${a} `) : compact.includes(a.replace(/ /g, ''));
    });
    if (hit) programs.push(program);
  }
  // "new outlook" and "outlook 2013" also contain "outlook"; "windows live mail" and "outlook express"
  // are the old ones.
  const specific = programs.filter(
    (p) =>
      !(
        p === 'outlook' &&
        (programs.includes('new-outlook') ||
          programs.includes('outlook-2013') ||
          programs.includes('legacy-windows'))
      ) && !(p === 'apple-mail' && programs.includes('iphone') && !/mac/.test(normalized)),
  );
  return { checker, ports, programs: specific };
}
