import { findErrorRoutes, type ErrorMatch } from './error-answers';
import { CJK_CLASS, isCjkChar, normalizeForSearch, normalizeWithOffsets, WORD_CLASS } from './normalize';
import { PROGRAM_ALIASES } from './program-aliases';
import { CONCEPTS, type Concept } from './synonyms';

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
  /**
   * The word as the customer typed it (NFKC, case kept: `パスワード`, `SSL`), for suggestions; empty
   * for units a query adds on its own (intent words, a concept's second unit).
   */
  surface: string;
  /**
   * Synonyms (lib/search/synonyms.ts): the unit matches a document containing any of these forms
   * (each needs all its terms). Absent for a plain word, whose one form is `terms`.
   */
  forms?: QueryForm[];
}

export interface QueryForm {
  /** Normalized text of the form (highlighting). */
  text: string;
  terms: string[];
}

export interface ParsedQuery {
  /** The query as typed, trimmed and bounded. */
  raw: string;
  /** The whole query normalized, for "exact phrase" ranking. */
  normalized: string;
  /** More phrases for "exact phrase" ranking: the query with the customer's words in the content's. */
  phrases: string[];
  units: QueryUnit[];
  /** Error messages or codes in the query, with the answers that explain them (error-answers.ts). */
  errors: ErrorMatch[];
  /** The query names a mail program (then its setup guide is a likely answer). */
  namesProgram: boolean;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_UNITS = 12;

const STOP_WORDS = new Set(
  (
    'a an the and or of to in on at for from by with about into is are was were be been am do does did ' +
    'i me my we our you your it its this that these those how what why when where which who can cant ' +
    'could would should will not no if as so but cannot unable wont dont doesnt didnt isnt arent ' +
    'anymore any longer suddenly still go goes going gone went get gets getting got keep keeps kept up ' +
    'please help need needs want wants after now again just really some there here have has had'
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
 * questions name the thing itself — 送信できない, 認証 — and their colloquial forms are in synonyms.ts.)
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

interface CompiledConcept {
  concept: Concept;
  units: { forms: QueryForm[]; required: boolean }[];
  phrase: string | null;
}

interface CompiledSaying {
  say: string;
  latin: boolean;
  concept: CompiledConcept;
}

let compiledSay: CompiledSaying[] | null = null;

/** Terms of a form (a Japanese word → its bigrams, words → their stems; both for mixed forms). */
function formOf(text: string): QueryForm {
  const normalized = normalizeForSearch(text);
  return { text: normalized, terms: [...tokenizeNormalized(normalized).counts.keys()] };
}

/** The concepts' spoken forms, longest first, compiled once. */
function conceptSayings() {
  if (compiledSay) return compiledSay;
  const list: CompiledSaying[] = [];
  for (const concept of CONCEPTS) {
    const compiled: CompiledConcept = {
      concept,
      units: concept.units.map((u) => ({ forms: u.forms.map(formOf), required: u.required ?? true })),
      phrase: concept.phrase ? normalizeForSearch(concept.phrase) : null,
    };
    for (const say of concept.say) {
      const normalized = normalizeForSearch(say).trim();
      if (normalized)
        list.push({ say: normalized, latin: /^[\x20-\x7e]+$/.test(normalized), concept: compiled });
    }
  }
  list.sort((a, b) => b.say.length - a.say.length);
  compiledSay = list;
  return list;
}

const LATIN_WORD_CHAR = /[a-z0-9']/;

let programWordSet: Set<string> | null = null;
/** Single-word program names, normalized (`outlook`, `iphone`, `あうとるっく`). */
function programWords() {
  programWordSet ??= new Set(
    Object.values(PROGRAM_ALIASES)
      .flat()
      .map((alias) => normalizeForSearch(alias))
      .filter((alias) => !/\s/.test(alias)),
  );
  return programWordSet;
}

/** Japanese runs of text and particles: a run mixing kanji/katakana with hiragana is segmented. */
const MIXED_RUN = /\p{Script=Hiragana}/u;
const NON_HIRAGANA = /[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * Splits a query into words. First the customer's phrasings that the content words differently
 * (lib/search/synonyms.ts: 「送れない」, "can't send") become concept units that match any of the
 * content's forms. The rest: a short Japanese run (up to four characters, e.g. `設定`, `認証方式`)
 * is one word unless it mixes kanji or katakana with hiragana (`メールが`); a longer one is cut by
 * `Intl.Segmenter` (`メール送信できない` → メール / 送信 / でき / ない) so that a natural-language
 * query does not have to appear verbatim: words in hiragana only (particles, endings) become
 * optional. Each unit keeps the word as typed (`surface`) for suggestions.
 */
export function parseQuery(input: string): ParsedQuery {
  const raw = input.trim().slice(0, MAX_QUERY_LENGTH);
  const nfkc = raw.normalize('NFKC');
  const folded = nfkc.toLowerCase();
  const units: QueryUnit[] = [];
  const positions = new Map<QueryUnit, number>();
  const seen = new Set<string>();
  let position = 0;
  const push = (unit: QueryUnit, key = `${unit.kind}:${unit.text}`) => {
    if (seen.has(key) || units.length >= MAX_UNITS) return;
    seen.add(key);
    units.push(unit);
    positions.set(unit, position);
  };

  // 1. The customer's phrasings (concepts), longest first, on the normalized query mapped back to
  //    the typed text. 出来 is read as でき (送信出来ない = 送信できない), same length.
  const { text, starts, ends } = normalizeWithOffsets(nfkc.replace(/出来(?=[なまるずれた])/g, 'でき'));
  const taken = new Uint8Array(text.length);
  const spans: { at: number; end: number; concept: CompiledConcept }[] = [];
  for (const { say, latin, concept } of conceptSayings()) {
    for (let at = text.indexOf(say); at >= 0; at = text.indexOf(say, at + 1)) {
      const end = at + say.length;
      if (
        latin &&
        ((at > 0 && LATIN_WORD_CHAR.test(text[at - 1]!)) ||
          (end < text.length && LATIN_WORD_CHAR.test(text[end]!)))
      )
        continue;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      taken.fill(1, at, end);
      spans.push({ at, end, concept });
    }
  }
  spans.sort((a, b) => a.at - b.at);
  let rest = '';
  let phrase = '';
  let copied = 0;
  for (const { at, end, concept } of spans) {
    const typedStart = starts[at]!;
    const typedEnd = ends[end - 1]!;
    rest += nfkc.slice(copied, typedStart) + '\0'.repeat(typedEnd - typedStart);
    copied = typedEnd;
    const surface = nfkc.slice(typedStart, typedEnd).trim();
    position = typedStart;
    concept.units.forEach((unit, i) => {
      const first = unit.forms[0]!;
      push(
        {
          text: first.text,
          kind: first.terms.every((t) => isCjkChar(t[0]!)) ? 'cjk' : 'word',
          required: unit.required,
          terms: first.terms,
          surface: i === 0 ? surface : '',
          forms: unit.forms,
        },
        `concept:${concept.concept.id}:${i}`,
      );
    });
  }
  rest += nfkc.slice(copied);
  // The phrase of the query with each concept's span replaced by the content's wording.
  if (spans.some((s) => s.concept.phrase)) {
    let at = 0;
    for (const span of spans) {
      phrase += text.slice(at, span.at) + (span.concept.phrase ?? text.slice(span.at, span.end));
      at = span.end;
    }
    phrase += text.slice(at);
  }

  // 2. The other words.
  for (const match of rest.matchAll(TOKEN)) {
    if (match[1]) {
      const run = match[1];
      // What is left of a phrase around the customer's words (the にしたら of SSLにしたら繋がらない).
      const fragment = rest[match.index - 1] === '\0' || rest[match.index + run.length] === '\0';
      position = match.index;
      const pieces =
        Array.from(run).length <= 4 && !(MIXED_RUN.test(run) && NON_HIRAGANA.test(run))
          ? [run]
          : Array.from(querySegmenter().segment(run), (s) => s.segment).filter((s) => CJK_RUN.test(s));
      for (const piece of pieces) {
        const normalized = normalizeForSearch(piece);
        const required = (pieces.length === 1 && !fragment) || !HIRAGANA_ONLY.test(piece);
        // A lone particle (を, が, は, …) says nothing about the documents wanted.
        if (!normalized || (!required && Array.from(normalized).length < 2)) continue;
        push({ text: normalized, kind: 'cjk', required, terms: cjkTerms(normalized), surface: piece });
      }
    } else if (match[2]) {
      position = match.index;
      for (const wordMatch of match[2].matchAll(WORDS)) {
        const surface = wordMatch[0].replace(/'/g, '');
        const word = surface.toLowerCase();
        if (!word) continue;
        push({ text: word, kind: 'word', required: !STOP_WORDS.has(word), terms: [wordTerm(word)], surface });
      }
    }
  }
  const specific = units.some((u) => u.required && !(u.kind === 'word' && GENERIC_WORDS.has(u.text)));
  if (specific)
    for (const unit of units) if (unit.kind === 'word' && GENERIC_WORDS.has(unit.text)) unit.required = false;
  // In the order typed (the customer's phrasings were taken out first).
  units.sort((a, b) => positions.get(a)! - positions.get(b)!);
  position = Infinity;
  for (const intent of ENGLISH_INTENTS) {
    if (!intent.pattern.test(folded)) continue;
    for (const word of intent.terms)
      push({ text: word, kind: 'word', required: false, terms: [wordTerm(word)], surface: '' });
  }
  // A program named next to a symptom ranks, but the answer is about the symptom.
  if (spans.some((s) => s.concept.concept.symptom)) {
    for (const unit of units) if (!unit.forms && programWords().has(unit.text)) unit.required = false;
  }
  const errors = findErrorRoutes(raw);
  // A query of nothing but stop words or particles still has to match something; an error code
  // that no document contains does not stop the rest of the query from finding its answers.
  if (errors.length > 0) {
    for (const unit of units) {
      if (unit.required && unit.kind === 'word' && /\d/.test(unit.text) && !unit.forms) unit.required = false;
    }
  }
  if (units.length > 0 && !units.some((u) => u.required) && errors.length === 0)
    for (const unit of units) unit.required = true;
  const normalized = normalizeForSearch(raw);
  const spaced = ` ${normalized.replace(/[^\p{L}\p{Nd}]+/gu, ' ')} `;
  const namesProgram =
    units.some((u) => programWords().has(u.text)) ||
    Object.values(PROGRAM_ALIASES)
      .flat()
      .some(
        (alias) =>
          spaced.includes(` ${normalizeForSearch(alias)} `) ||
          (!/^[\x20-\x7e]+$/.test(alias) && normalized.includes(normalizeForSearch(alias).replace(/ /g, ''))),
      );
  return {
    raw,
    normalized,
    phrases: phrase && phrase !== normalized ? [phrase] : [],
    units,
    errors,
    namesProgram,
  };
}

export { isCjkChar };
