import { CJK_CLASS, isCjkChar, normalizeForSearch, WORD_CLASS } from './normalize';

/**
 * Tokens of the search index. Japanese has no spaces between words, and a dictionary segmenter
 * cuts the same word differently in different sentences, so runs of CJK characters are indexed as
 * overlapping character bigrams (`メール設定` → めー ーる る設 設定): any two-character word is
 * then one term, and a longer word is found when all of its bigrams are. Other text is split into
 * words, stemmed lightly (English) and lower-cased. Queries are split into words with
 * `Intl.Segmenter` (see `parseQuery`), then each word is turned into the same terms.
 */

const TOKEN = new RegExp(`([${CJK_CLASS}]+)|([${WORD_CLASS}]+)`, 'gu');

/**
 * A light English stemmer (plural, -ing, -ed, final -e): `settings` = `setting` = `set`,
 * `configured` = `configure`, `messages` = `message`. Words with digits or other letters, and
 * words of three letters or fewer (`ssl`, `tls`, `pop`), are left alone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let s = word;
  if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (!/(?:ss|us|is)$/.test(s) && s.endsWith('s')) s = s.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (!s.endsWith(suffix)) continue;
    const base = s.slice(0, -suffix.length);
    if (base.length >= 3 && /[aeiouy]/.test(base)) {
      s = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
    }
    break;
  }
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Term of one word: apostrophes are dropped (`don't` = `dont`), English is stemmed. */
export function wordTerm(word: string): string {
  return stem(word.replace(/'/g, ''));
}

/** Character bigrams of a CJK run (a single character is its own term). */
export function cjkTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  return terms;
}

export interface IndexTokens {
  /** term → number of occurrences */
  counts: Map<string, number>;
  /** Total number of terms (the field's length for ranking). */
  length: number;
  /** English words as written (lower case) for each stem, for "did you mean". */
  surfaces: Map<string, string>;
}

/** Terms of a text that is already `normalizeForSearch`ed. */
export function tokenizeNormalized(normalized: string, into?: IndexTokens): IndexTokens {
  const result = into ?? {
    counts: new Map<string, number>(),
    length: 0,
    surfaces: new Map<string, string>(),
  };
  const add = (term: string) => {
    result.counts.set(term, (result.counts.get(term) ?? 0) + 1);
    result.length += 1;
  };
  for (const match of normalized.matchAll(TOKEN)) {
    if (match[1]) {
      for (const term of cjkTerms(match[1])) add(term);
    } else if (match[2]) {
      const word = match[2].replace(/^'+|'+$/g, '');
      if (!word) continue;
      const term = wordTerm(word);
      add(term);
      if (!result.surfaces.has(term)) result.surfaces.set(term, word.replace(/'/g, ''));
    }
  }
  return result;
}

/** Terms of any text (normalized first). */
export function tokenize(text: string): IndexTokens {
  return tokenizeNormalized(normalizeForSearch(text));
}

/** One word of a query, with the terms a document must contain to match it. */
export interface QueryUnit {
  /** The word, normalized (used for highlighting). */
  text: string;
  kind: 'cjk' | 'word';
  /**
   * Optional words (English stop words, Japanese particles and endings written in hiragana) add to
   * the score but are not required.
   */
  required: boolean;
  /** cjk: its bigrams, all required; word: its one stemmed term. */
  terms: string[];
}

export interface ParsedQuery {
  /** The query as typed, trimmed and bounded. */
  raw: string;
  /** The whole query in `phraseForm`, for "exact phrase" ranking. */
  normalized: string;
  units: QueryUnit[];
}

export const MAX_QUERY_LENGTH = 200;
const MAX_UNITS = 12;

const STOP_WORDS = new Set(
  (
    'a an the and or of to in on at for from by with about into is are was were be been am do does did ' +
    'i me my we our you your it its this that these those how what why when where which who can cant ' +
    'could would should will not no if as so but cannot unable wont dont doesnt didnt isnt arent ' +
    'anymore any longer suddenly still'
  ).split(' '),
);

/**
 * Words every mail question contains: they rank, but are not required once the query has a word that
 * says more ("cannot send mail" must find the answers about sending that never say "mail").
 */
const GENERIC_WORDS = new Set([
  'mail',
  'mails',
  'email',
  'emails',
  'e',
  'message',
  'messages',
  'problem',
  'problems',
]);

/**
 * What English questions mean, as the Japanese side gets it from word segmentation: a phrase about a
 * problem adds the terms its answers use, as optional words that rank those answers first. (Japanese
 * questions name the thing itself — 送信できない, 認証 — so they need no such table.)
 */
const ENGLISH_INTENTS: Array<{ pattern: RegExp; terms: string[] }> = [
  {
    // cannot send, can't send, unable to send, sending fails, relay denied, outgoing mail error
    pattern: /\b(?:send|sending|sent|outgoing|relay|relaying)\b/,
    terms: ['smtp', 'auth', 'authentication', 'port', 'relay', 'outgoing'],
  },
  {
    pattern: /\b(?:receive|receiving|incoming|download|inbox|get(?:ting)? (?:my )?(?:mail|email))\b/,
    terms: ['pop3', 'imap', 'incoming', 'receive', 'mailbox'],
  },
  {
    pattern: /\b(?:password|passwd|forgot|forgotten|locked)\b/,
    terms: ['password', 'login', 'reset'],
  },
  { pattern: /\b(?:spam|junk)\b/, terms: ['spam', 'junk', 'filter', 'folder'] },
  { pattern: /\b(?:full|quota|storage|space)\b/, terms: ['mailbox', 'quota', 'full', 'capacity'] },
  {
    pattern: /\b(?:outage|down|offline|working|broken|maintenance)\b/,
    terms: ['status', 'outage', 'maintenance', 'incident'],
  },
];

const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const CJK_RUN = new RegExp(`^[${CJK_CLASS}]+$`, 'u');
const WORDS = new RegExp(`[${WORD_CLASS}]+`, 'gu');

let segmenter: Intl.Segmenter | undefined;
function querySegmenter() {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return segmenter;
}

/**
 * Splits a query into words. A short Japanese run (up to four characters, e.g. `設定`, `認証方式`)
 * is one word; a longer one is cut by `Intl.Segmenter` (`メール送信できない` → メール / 送信 /
 * でき / ない) so that a natural-language query does not have to appear verbatim: words in
 * hiragana only (particles, endings) become optional.
 */
export function parseQuery(input: string): ParsedQuery {
  const raw = input.trim().slice(0, MAX_QUERY_LENGTH);
  const folded = raw.normalize('NFKC').toLowerCase();
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  const push = (unit: QueryUnit) => {
    const key = `${unit.kind}:${unit.text}`;
    if (seen.has(key) || units.length >= MAX_UNITS) return;
    seen.add(key);
    units.push(unit);
  };

  for (const match of folded.matchAll(TOKEN)) {
    if (match[1]) {
      const run = match[1];
      const pieces =
        Array.from(run).length <= 4
          ? [run]
          : Array.from(querySegmenter().segment(run), (s) => s.segment).filter((s) => CJK_RUN.test(s));
      for (const piece of pieces) {
        const text = normalizeForSearch(piece);
        const required = pieces.length === 1 || !HIRAGANA_ONLY.test(piece);
        // A lone particle (を, が, は, …) says nothing about the documents wanted.
        if (!text || (!required && Array.from(text).length < 2)) continue;
        push({ text, kind: 'cjk', required, terms: cjkTerms(text) });
      }
    } else if (match[2]) {
      for (const wordMatch of match[2].matchAll(WORDS)) {
        const word = wordMatch[0].replace(/'/g, '');
        if (!word) continue;
        push({ text: word, kind: 'word', required: !STOP_WORDS.has(word), terms: [wordTerm(word)] });
      }
    }
  }
  const specific = units.some((u) => u.required && !(u.kind === 'word' && GENERIC_WORDS.has(u.text)));
  if (specific)
    for (const unit of units) if (unit.kind === 'word' && GENERIC_WORDS.has(unit.text)) unit.required = false;
  for (const intent of ENGLISH_INTENTS) {
    if (!intent.pattern.test(folded)) continue;
    for (const word of intent.terms)
      push({ text: word, kind: 'word', required: false, terms: [wordTerm(word)] });
  }
  // A query of nothing but stop words or particles still has to match something.
  if (units.length > 0 && !units.some((u) => u.required)) for (const unit of units) unit.required = true;
  return { raw, normalized: normalizeForSearch(raw), units };
}

export { isCjkChar };
