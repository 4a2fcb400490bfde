/**
 * Text normalization shared by the index and the query, so that what a customer types and what the
 * content says meet in one form:
 *
 * - NFKC folds full-width and half-width forms: `５８７` → `587`, `ＳＭＴＰ` → `SMTP`,
 *   `ｻｰﾊﾞｰ` → `サーバー`, `（` → `(`;
 * - lower case (English is case-insensitive);
 * - a trailing long-vowel mark on a kana word is dropped (`サーバー` = `サーバ`,
 *   `ユーザー` = `ユーザ`: both spellings are in common use, JIS Z 8301);
 * - katakana fold to hiragana (`メール` = `めーる`), so a query typed without converting kana still
 *   finds its words;
 * - curly apostrophes become straight ones.
 *
 * `normalizeWithOffsets` does the same while remembering where each output character came from in
 * the original text, so that highlights found in normalized text can be put back on the original.
 */

/** Characters of CJK runs (indexed as character bigrams, not as space-separated words). */
export const CJK_CLASS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc\\u3005\\u3006\\u3007';
/** Characters of words written with spaces between them (English, numbers, other alphabets). */
export const WORD_CLASS = "\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Nd}'";

const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');
const KATAKANA = /\p{Script=Katakana}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const LONG_VOWEL = 'ー';
const COMBINING = /[\p{M}\uff9e\uff9f]/u;

export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

function foldKanaChar(char: string): string {
  const code = char.charCodeAt(0);
  // ァ (U+30A1) … ヶ (U+30F6) → ぁ (U+3041) … ゖ (U+3096); ー, ・ and the rest stay.
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : char;
}

/** Katakana → hiragana. */
export function foldKana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, foldKanaChar);
}

/**
 * Whether the long-vowel mark at `index` ends a kana word of three or more characters (`サーバー`;
 * also `さーばー`, a query typed without converting to katakana).
 */
function isDroppableLongVowel(chars: readonly string[], index: number): boolean {
  if (chars[index] !== LONG_VOWEL) return false;
  const before = chars[index - 1];
  const beforeThat = chars[index - 2];
  const after = chars[index + 1];
  if (!before || !beforeThat) return false;
  const script = KATAKANA.test(before) ? KATAKANA : HIRAGANA.test(before) ? HIRAGANA : null;
  if (!script || !(script.test(beforeThat) || beforeThat === LONG_VOWEL)) return false;
  return !after || !(script.test(after) || after === LONG_VOWEL);
}

function basicFold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** The same rule as `isDroppableLongVowel`, for a whole string at once. */
const DROPPABLE_LONG_VOWEL =
  /(?<=[ー\p{Script=Katakana}]\p{Script=Katakana})ー(?![ー\p{Script=Katakana}])|(?<=[ー\p{Script=Hiragana}]\p{Script=Hiragana})ー(?![ー\p{Script=Hiragana}])/gu;

/** The normalized form of a text (see the module comment). */
export function normalizeForSearch(text: string): string {
  return foldKana(basicFold(text).replace(DROPPABLE_LONG_VOWEL, ''));
}

export interface NormalizedWithOffsets {
  text: string;
  /** For each UTF-16 unit of `text`: where its source starts and ends in the original text. */
  starts: number[];
  ends: number[];
}

/** Characters NFKC leaves alone: ASCII, hiragana and katakana (not ゛゜ゟヿ), CJK unified ideographs. */
const isStable = (code: number) =>
  code < 0x80 ||
  (code >= 0x3041 && code <= 0x3096) ||
  (code >= 0x30a1 && code <= 0x30fe) ||
  (code >= 0x4e00 && code <= 0x9fff);

const isCombining = (code: number, char: string) =>
  code === 0xff9e || code === 0xff9f || (code >= 0x300 && COMBINING.test(char));

/**
 * `normalizeForSearch` with a map back to the original. Characters are normalized one cluster at a
 * time (a base character with its combining marks, e.g. `ﾊ` + `ﾞ` → `バ`), which gives the same
 * result as normalizing the whole text for everything the portal's content contains.
 */
export function normalizeWithOffsets(original: string): NormalizedWithOffsets {
  const chars: string[] = [];
  const pieceStarts: number[] = [];
  const pieceEnds: number[] = [];
  let index = 0;
  while (index < original.length) {
    const start = index;
    const code = original.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    while (index < original.length && isCombining(original.charCodeAt(index), original[index]!)) index += 1;
    if (index - start === 1 && isStable(code)) {
      // ASCII, kana and common kanji are their own NFKC form: no need to ask ICU.
      chars.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[start]!);
      pieceStarts.push(start);
      pieceEnds.push(index);
      continue;
    }
    for (const char of basicFold(original.slice(start, index))) {
      chars.push(char);
      pieceStarts.push(start);
      pieceEnds.push(index);
    }
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === LONG_VOWEL && isDroppableLongVowel(chars, i)) {
      // The dropped mark belongs to the word before it: a highlight of `サーバ` covers `サーバー`.
      if (ends.length > 0) ends[ends.length - 1] = pieceEnds[i]!;
      continue;
    }
    const folded = foldKanaChar(chars[i]!);
    text += folded;
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(pieceStarts[i]!);
      ends.push(pieceEnds[i]!);
    }
  }
  return { text, starts, ends };
}

const PHRASE_SEPARATORS = /[^\p{L}\p{Nd}]+/gu;
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK_CLASS}]) | (?=[${CJK_CLASS}])`, 'gu');
const PHRASE_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]+/gu;
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/**
 * A normalized text reduced for phrase comparison: punctuation becomes a space, spaces next to
 * Japanese characters disappear (Japanese is written without them, so `送信 サーバー` and
 * `送信サーバー` are the same phrase), and English words are stemmed with `stem` (given by the
 * caller, to keep this module free of the tokenizer), so `mail server settings` is the phrase of
 * `Mail server setting`.
 */
export function phraseForm(normalized: string, stem: (word: string) => string = (w) => w): string {
  return normalized
    .replace(PHRASE_SEPARATORS, ' ')
    .trim()
    .replace(SPACE_NEXT_TO_CJK, '')
    .replace(PHRASE_WORD, (word) => stem(word));
}

/**
 * Whether `needle` occurs in `haystack` (both in `phraseForm`) as a phrase: English words only match
 * whole words (`port` is not found in `support` or `portal`).
 */
export function containsPhrase(haystack: string, needle: string): boolean {
  if (!needle) return false;
  const startsWithWord = WORD_CHAR.test(needle[0]!);
  const endsWithWord = WORD_CHAR.test(needle[needle.length - 1]!);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (startsWithWord && at > 0 && WORD_CHAR.test(haystack[at - 1]!)) continue;
    const end = at + needle.length;
    if (endsWithWord && end < haystack.length && WORD_CHAR.test(haystack[end]!)) continue;
    return true;
  }
  return false;
}
