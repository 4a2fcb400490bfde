import { isCjkChar, normalizeWithOffsets } from './normalize';
import { cjkTerms, wordTerm, type QueryUnit } from './tokenize';

/**
 * Highlights as data, never as HTML: a text becomes parts, some marked, and the page renders each
 * part as a text node (inside `<mark>` when marked). React escapes every part, so nothing from the
 * content or the query can become markup.
 */
export interface TextPart {
  text: string;
  mark?: true;
}

type Range = [start: number, end: number];

const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}']+/gu;

function occurrences(haystack: string, needle: string, into: Range[]) {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    // `サーバ` (the query's form) marks the whole `サーバー` in `サーバーメンテナンス` too.
    const end = at + needle.length;
    into.push([at, haystack[end] === 'ー' && needle[needle.length - 1] !== 'ー' ? end + 1 : end]);
    count += 1;
  }
  return count;
}

/**
 * Where the query's words occur in `original`, as ranges of the original text (merged, in order).
 * `wordTerms` are the index terms the query's English words matched (their stems, or the words a
 * prefix was expanded to), so that `settings` also marks `Setting`.
 */
export function findHighlights(
  original: string,
  units: readonly QueryUnit[],
  wordTerms: ReadonlySet<string>,
) {
  if (!original || units.length === 0) return [];
  const { text, starts, ends } = normalizeWithOffsets(original);
  const found: Range[] = [];
  for (const unit of units) {
    // Optional words (particles, stop words) are not marked: `do` or `の` would light up everywhere.
    if (!unit.required) continue;
    // A unit with synonyms (「送れない」 → 送信, 送れ) marks whichever of its Japanese forms occur.
    for (const form of unit.forms ?? (unit.kind === 'cjk' ? [unit] : [])) {
      if (!form.terms.every((term) => isCjkChar(term[0]!))) continue;
      if (occurrences(text, form.text, found) === 0 && form.text.length > 2) {
        for (const bigram of cjkTerms(form.text)) occurrences(text, bigram, found);
      }
    }
  }
  if (wordTerms.size > 0) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].replace(/^'+|'+$/g, '');
      if (word && wordTerms.has(wordTerm(word))) {
        const offset = match[0].indexOf(word);
        found.push([match.index + offset, match.index + offset + word.length]);
      }
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]): Range => [starts[start]!, ends[end - 1]!]);
}

/** A text cut into parts at the given ranges (which must be sorted and not overlap). */
export function markParts(text: string, ranges: readonly Range[], from = 0, to = text.length): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) parts.push({ text: text.slice(at, s) });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to) });
  return parts;
}

const BREAK_BEFORE = /[\s。、．，.,;:!?！？）)」』]/u;

/**
 * An excerpt of about `maxLength` characters around the first highlight (or the start of the text
 * when nothing in it is highlighted), cut at a space or punctuation where one is near, with "…"
 * where text was left out.
 */
export function makeSnippet(text: string, ranges: readonly Range[], maxLength: number): TextPart[] {
  if (text.length <= maxLength) return markParts(text, ranges);
  const first = ranges[0];
  let start = 0;
  if (first && first[1] > maxLength * 0.8) {
    start = Math.max(0, first[0] - Math.floor(maxLength * 0.3));
    // Start after a nearby break rather than in the middle of a word or sentence.
    for (let i = start; i < first[0] && i < start + 24; i++) {
      if (BREAK_BEFORE.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    start = Math.min(start, first[0]);
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    for (let i = end; i > end - 24 && i > start; i--) {
      if (/\s/.test(text[i]!)) {
        end = i;
        break;
      }
    }
  }
  // Never cut a highlight in two.
  for (const [s, e] of ranges) if (s < end && e > end) end = e;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  const parts = markParts(text, ranges, start, end);
  if (start > 0) parts.unshift({ text: '…' });
  if (end < text.length) parts.push({ text: '…' });
  return parts;
}
