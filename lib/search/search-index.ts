import type { Locale } from '@/i18n/routing';
import { findHighlights, makeSnippet, markParts, type TextPart } from './highlight';
import { containsPhrase, normalizeForSearch, phraseForm } from './normalize';
import {
  parseQuery,
  stem,
  tokenizeNormalized,
  type IndexTokens,
  type ParsedQuery,
  type QueryUnit,
} from './tokenize';

/**
 * An in-memory inverted index over the portal's published content in both languages, with BM25F
 * ranking. Pure code (no database, no Next.js), so the tests and `npm run bench:search` use it
 * directly; `site-index.ts` builds it from the database.
 *
 * Ranking, in order:
 * 1. the exact phrase in the title, then every required word in the title, then the exact phrase in
 *    the body, then the rest ("title before body, exact phrase first");
 * 2. BM25F relevance, title terms weighing three times body terms (rounded, so that near-equal
 *    documents tie);
 * 3. newer notices first; then guides, FAQ, notices; then by id.
 */

export type SearchKind = 'notice' | 'faq' | 'guide';

export interface SearchDocument {
  /** The item, shared by its language versions (`notice:<slug>`, `faq:<slug>`, `guide:<program>`). */
  id: string;
  kind: SearchKind;
  locale: Locale;
  title: string;
  /** Plain text (no Markdown, no HTML). */
  body: string;
  /** Indexed like the body but never shown (program names, protocols). */
  keywords?: string;
  /** Path under the locale prefix: `/notices/<slug>`, `/faq#<slug>`, `/guides/<program>`. */
  path: string;
  /** Notices: the publish date (ISO); newer notices win ties. */
  date?: string;
  /** Notices: the category id; FAQ: the category name. */
  section?: string;
  /** A back number, or a historical FAQ answer. */
  historical?: boolean;
}

export interface SearchHit {
  doc: SearchDocument;
  title: TextPart[];
  snippet: TextPart[];
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** Results in the languages searched (one per item). */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  hits: SearchHit[];
  /** Items found only in the language(s) not searched: "N more results in Japanese". */
  otherLanguageTotal: number;
}

export interface SearchOptions {
  /** The page's language: searched, and preferred when an item matches in both. */
  locale: Locale;
  /** Also search the other language. */
  includeOtherLanguages?: boolean;
  page?: number;
  pageSize?: number;
}

/** While building: which documents contain a term, and how often in the title and the body. */
interface PostingsBuilder {
  docs: number[];
  title: number[];
  body: number[];
}

/** Built: documents in order, the BM25F term-frequency part of each (without idf), title flags. */
interface Postings {
  docs: Int32Array;
  weight: Float32Array;
  inTitle: Uint8Array;
  idf: number;
}

interface Entry {
  doc: SearchDocument;
  titleLength: number;
  bodyLength: number;
  titlePhrase: string;
  bodyPhrase: string;
  time: number;
}

interface Match {
  index: number;
  tier: number;
  score: number;
  /** The score rounded, so that near-equal documents tie (and the newer notice wins). */
  rank: number;
}

interface Evaluation {
  matches: Match[];
  /** English terms that matched, for highlighting. */
  wordTerms: Set<string>;
}

const TITLE_WEIGHT = 3;
const K1 = 1.2;
const B = 0.75;
const OPTIONAL_WEIGHT = 0.3;
const PREFIX_WEIGHT = 0.6;
const MAX_EXPANSIONS = 30;
const KIND_ORDER: Record<SearchKind, number> = { guide: 0, faq: 1, notice: 2 };
export const SEARCH_PAGE_SIZE = 10;
const SNIPPET_LENGTH: Record<Locale, number> = { en: 220, ja: 120 };

function addCounts(
  postings: Map<string, PostingsBuilder>,
  index: number,
  title: IndexTokens,
  body: IndexTokens,
) {
  const terms = new Set([...title.counts.keys(), ...body.counts.keys()]);
  for (const term of terms) {
    let list = postings.get(term);
    if (!list) {
      list = { docs: [], title: [], body: [] };
      postings.set(term, list);
    }
    list.docs.push(index);
    list.title.push(title.counts.get(term) ?? 0);
    list.body.push(body.counts.get(term) ?? 0);
  }
}

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly postings = new Map<string, Postings>();
  /** English stem → the word as most often written, for spelling suggestions. */
  private readonly surfaces = new Map<string, string>();
  private sortedTerms: string[] | null = null;
  private charTerms: Map<string, string[]> | null = null;
  private averageLength = 1;

  static build(documents: readonly SearchDocument[]): SearchIndex {
    const index = new SearchIndex();
    const building = new Map<string, PostingsBuilder>();
    let totalLength = 0;
    for (const doc of documents) {
      const normalizedTitle = normalizeForSearch(doc.title);
      const normalizedBody = normalizeForSearch(doc.body);
      const title = tokenizeNormalized(normalizedTitle);
      const body = tokenizeNormalized(normalizedBody);
      if (doc.keywords) tokenizeNormalized(normalizeForSearch(doc.keywords), body);
      const position = index.entries.length;
      index.entries.push({
        doc,
        titleLength: title.length,
        bodyLength: body.length,
        titlePhrase: phraseForm(normalizedTitle, stem),
        bodyPhrase: phraseForm(normalizedBody, stem),
        time: doc.date ? Date.parse(doc.date) || 0 : 0,
      });
      totalLength += TITLE_WEIGHT * title.length + body.length;
      addCounts(building, position, title, body);
      for (const [term, word] of [...title.surfaces, ...body.surfaces]) {
        if (!index.surfaces.has(term)) index.surfaces.set(term, word);
      }
    }
    index.averageLength = Math.max(1, totalLength / Math.max(1, index.entries.length));
    const n = index.entries.length;
    for (const [term, list] of building) {
      const weight = new Float32Array(list.docs.length);
      const inTitle = new Uint8Array(list.docs.length);
      for (let j = 0; j < list.docs.length; j++) {
        const entry = index.entries[list.docs[j]!]!;
        const tf = TITLE_WEIGHT * list.title[j]! + list.body[j]!;
        const length = TITLE_WEIGHT * entry.titleLength + entry.bodyLength;
        weight[j] = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.averageLength));
        inTitle[j] = list.title[j]! > 0 ? 1 : 0;
      }
      const df = list.docs.length;
      index.postings.set(term, {
        docs: Int32Array.from(list.docs),
        weight,
        inTitle,
        idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)),
      });
    }
    return index;
  }

  get size() {
    return this.entries.length;
  }

  get termCount() {
    return this.postings.size;
  }

  search(input: string | ParsedQuery, options: SearchOptions): SearchOutcome {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
    const searched = (locale: Locale) => options.includeOtherLanguages || locale === options.locale;
    const { matches, wordTerms } = this.evaluate(query);

    // One result per item: the page's language when that version matched too.
    const byItem = new Map<string, Match[]>();
    for (const match of matches) {
      const id = this.entries[match.index]!.doc.id;
      const list = byItem.get(id);
      if (list) list.push(match);
      else byItem.set(id, [match]);
    }
    const results: Match[] = [];
    let otherLanguageTotal = 0;
    for (const list of byItem.values()) {
      const inScope = list.filter((m) => searched(this.entries[m.index]!.doc.locale));
      if (inScope.length === 0) {
        otherLanguageTotal += 1;
        continue;
      }
      const best = inScope[0]!;
      const preferred = inScope.find((m) => this.entries[m.index]!.doc.locale === options.locale);
      results.push(preferred ? { ...preferred, tier: best.tier, score: best.score, rank: best.rank } : best);
    }
    // `matches` came sorted and each item keeps the place of its best version: still sorted.

    const total = results.length;
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.max(1, options.page ?? 1);
    const hits = results
      .slice((page - 1) * pageSize, page * pageSize)
      .map((match) => this.hit(this.entries[match.index]!.doc, query.units, wordTerms));
    return { query, total, page, pageCount, pageSize, hits, otherLanguageTotal };
  }

  /** How many items match, in the given languages (for "search for this word only" suggestions). */
  count(input: string | ParsedQuery, locales: readonly Locale[]): number {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const ids = new Set<string>();
    for (const match of this.evaluate(query).matches) {
      const doc = this.entries[match.index]!.doc;
      if (locales.includes(doc.locale)) ids.add(doc.id);
    }
    return ids.size;
  }

  /**
   * "Did you mean": each English word of the query that no document contains is replaced by the
   * closest word the index knows (edit distance 1, or 2 for longer words). Null when nothing changed.
   */
  suggestSpelling(input: string): string | null {
    const query = parseQuery(input);
    let suggestion = query.raw;
    let changed = false;
    for (const unit of query.units) {
      if (unit.kind !== 'word' || unit.text.length < 3 || /\d/.test(unit.text)) continue;
      if (this.postings.has(unit.terms[0]!)) continue;
      const limit = unit.text.length >= 6 ? 2 : 1;
      let best: { word: string; distance: number; df: number } | null = null;
      for (const [term, word] of this.surfaces) {
        if (Math.abs(word.length - unit.text.length) > limit) continue;
        const distance = editDistance(unit.text, word, limit);
        if (distance > limit) continue;
        const df = this.postings.get(term)?.docs.length ?? 0;
        if (!best || distance < best.distance || (distance === best.distance && df > best.df)) {
          best = { word, distance, df };
        }
      }
      if (!best) continue;
      const pattern = new RegExp(escapeRegExp(unit.text), 'iu');
      const replaced = suggestion.normalize('NFKC').replace(pattern, best.word);
      if (replaced !== suggestion) {
        suggestion = replaced;
        changed = true;
      }
    }
    return changed ? suggestion : null;
  }

  private compare(a: Match, b: Match): number {
    if (a.tier !== b.tier) return b.tier - a.tier;
    const ea = this.entries[a.index]!;
    const eb = this.entries[b.index]!;
    // Within a tier, what still applies comes before back numbers and historical answers.
    if (Boolean(ea.doc.historical) !== Boolean(eb.doc.historical)) return ea.doc.historical ? 1 : -1;
    if (a.rank !== b.rank) return b.rank - a.rank;
    if (ea.time !== eb.time) return eb.time - ea.time;
    const kind = KIND_ORDER[ea.doc.kind] - KIND_ORDER[eb.doc.kind];
    if (kind !== 0) return kind;
    return ea.doc.id < eb.doc.id ? -1 : ea.doc.id > eb.doc.id ? 1 : a.index - b.index;
  }

  private hit(doc: SearchDocument, units: readonly QueryUnit[], wordTerms: ReadonlySet<string>): SearchHit {
    const titleRanges = findHighlights(doc.title, units, wordTerms);
    const bodyRanges = findHighlights(doc.body, units, wordTerms);
    return {
      doc,
      title: markParts(doc.title, titleRanges),
      snippet: makeSnippet(doc.body, bodyRanges, SNIPPET_LENGTH[doc.locale] ?? 200),
    };
  }

  /** Terms a query word may match: the word's term, or (when no document has it) its completions. */
  private alternatives(unit: QueryUnit, term: string): { term: string; weight: number }[] {
    if (unit.kind === 'cjk') {
      if (Array.from(term).length > 1) return [{ term, weight: 1 }];
      // A single character: every bigram that contains it.
      return [
        { term, weight: 1 },
        ...(this.termsWithChar().get(term) ?? []).map((t) => ({ term: t, weight: 1 })),
      ];
    }
    if (this.postings.has(term) || term.length < 3) return [{ term, weight: 1 }];
    return this.completions(term).map((t) => ({ term: t, weight: PREFIX_WEIGHT }));
  }

  private completions(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (terms[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < terms.length && found.length < MAX_EXPANSIONS; i++) {
      const term = terms[i]!;
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found;
  }

  private termsWithChar(): Map<string, string[]> {
    if (this.charTerms) return this.charTerms;
    const map = new Map<string, string[]>();
    for (const term of this.postings.keys()) {
      const chars = Array.from(term);
      if (chars.length !== 2 || !/[^\p{Script=Latin}\p{Nd}]/u.test(term)) continue;
      for (const char of new Set(chars)) {
        const list = map.get(char);
        if (list) list.push(term);
        else map.set(char, [term]);
      }
    }
    this.charTerms = map;
    return map;
  }

  private evaluate(query: ParsedQuery): Evaluation {
    const wordTerms = new Set<string>();
    const n = this.entries.length;
    if (query.units.length === 0 || n === 0) return { matches: [], wordTerms };

    interface UnitResult {
      unit: QueryUnit;
      /** docs where every term of the unit was found */
      docs: number[];
      score: Float64Array;
      inTitle: Uint8Array;
      matched: Uint8Array;
    }
    const unitResults: UnitResult[] = [];
    // Per slot (one term of a unit, with its alternatives): the best score of each document.
    const slotOf = new Int32Array(n).fill(-1);
    const slotScore = new Float64Array(n);
    const slotTitle = new Uint8Array(n);
    let slotId = 0;
    for (const unit of query.units) {
      const slots = unit.terms.length;
      const hits = new Uint16Array(n);
      const titleHits = new Uint16Array(n);
      const score = new Float64Array(n);
      for (const term of unit.terms) {
        slotId += 1;
        const touched: number[] = [];
        for (const { term: alternative, weight } of this.alternatives(unit, term)) {
          const list = this.postings.get(alternative);
          if (!list) continue;
          if (unit.kind === 'word' && unit.required) wordTerms.add(alternative);
          const factor = weight * list.idf;
          for (let j = 0; j < list.docs.length; j++) {
            const doc = list.docs[j]!;
            const s = factor * list.weight[j]!;
            if (slotOf[doc] !== slotId) {
              slotOf[doc] = slotId;
              slotScore[doc] = s;
              slotTitle[doc] = list.inTitle[j]!;
              touched.push(doc);
            } else {
              if (s > slotScore[doc]!) slotScore[doc] = s;
              if (list.inTitle[j]) slotTitle[doc] = 1;
            }
          }
        }
        for (const doc of touched) {
          hits[doc] = hits[doc]! + 1;
          score[doc] = score[doc]! + slotScore[doc]! / slots;
          if (slotTitle[doc]) titleHits[doc] = titleHits[doc]! + 1;
        }
      }
      const docs: number[] = [];
      const matched = new Uint8Array(n);
      const inTitle = new Uint8Array(n);
      for (let doc = 0; doc < n; doc++) {
        if (hits[doc] !== slots) continue;
        docs.push(doc);
        matched[doc] = 1;
        if (titleHits[doc] === slots) inTitle[doc] = 1;
      }
      unitResults.push({ unit, docs, score, inTitle, matched });
    }

    const required = unitResults.filter((u) => u.unit.required);
    const optional = unitResults.filter((u) => !u.unit.required);
    if (required.some((u) => u.docs.length === 0)) return { matches: [], wordTerms };
    const seed = required.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
    const phrase = phraseForm(query.normalized, stem);
    // One word (or one two-character Japanese word): its phrase is its term, found where the term is.
    const only = unitResults.length === 1 ? unitResults[0]! : null;
    const oneTerm = only !== null && only.unit.terms.length === 1 && only.unit.kind === 'cjk';
    const oneWord = only !== null && only.unit.kind === 'word' && phrase === only.unit.terms[0];

    const matches: Match[] = [];
    for (const doc of seed.docs) {
      if (!required.every((u) => u.matched[doc])) continue;
      let score = 0;
      for (const u of required) score += u.score[doc]!;
      for (const u of optional) if (u.matched[doc]) score += OPTIONAL_WEIGHT * u.score[doc]!;
      const entry = this.entries[doc]!;
      if (oneTerm || oneWord) {
        matches.push({ index: doc, tier: only!.inTitle[doc] ? 3 : 1, score, rank: Math.round(score * 10) });
        continue;
      }
      const tier = containsPhrase(entry.titlePhrase, phrase)
        ? 3
        : required.every((u) => u.inTitle[doc])
          ? 2
          : containsPhrase(entry.bodyPhrase, phrase)
            ? 1
            : 0;
      matches.push({ index: doc, tier, score, rank: Math.round(score * 10) });
    }
    matches.sort((a, b) => this.compare(a, b));
    return { matches, wordTerms };
  }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Damerau–Levenshtein distance (adjacent transpositions count once), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let previous2 = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    previous2 = previous;
    previous = current;
  }
  return previous[cols - 1]!;
}
