import type { Locale } from '@/i18n/routing';
import { findHighlights, makeSnippet, markParts, type TextPart } from './highlight';
import { containsPhrase, isCjkChar, normalizeForSearch, phraseForm } from './normalize';
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
  /** The query looks like an error message or code: the document that explains it (listed first). */
  errorAnswer: { error: string; doc: SearchDocument } | null;
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
  /** What the document is worth today, whatever the words (kind, age, historical): see `priorOf`. */
  prior: number;
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

/**
 * Ranking factors (docs/search.md, "Ranking"). A match's score is its BM25F relevance times the
 * boost of where the words are (tier) times the document's prior.
 *
 * - Tier: 3 the exact phrase in the title (or the one word in the title), 2 every required word in
 *   the title, 1 the exact phrase in the body, 0 the words anywhere. The boosts are large enough
 *   that a title match beats body matches of the same document kind and age.
 * - Kind: the FAQ and the guides answer questions and are kept current; a notice reports a change
 *   on a date and is worth less as an answer.
 * - Age (notices only): the weight halves every `NOTICE_HALF_LIFE_YEARS` years, down to a floor, so
 *   a notice of last month outranks one of 2006 on the same words, and an old notice that is the
 *   only one about its subject is still found.
 * - Historical (archived notices, FAQ answers about services that have ended): a further factor.
 * - Guides, when the query names no mail program: a further factor (`ssl settings` wants the FAQ's
 *   table, not the Android guide that mentions both words).
 */
const TIER_BOOST = [1, 1.6, 2.5, 4];
export const KIND_PRIOR: Record<SearchKind, number> = { faq: 1, guide: 0.9, notice: 0.7 };
export const NOTICE_HALF_LIFE_YEARS = 6;
export const NOTICE_AGE_FLOOR = 0.3;
export const HISTORICAL_PRIOR = 0.35;
/** A setup guide is the answer for its program: when the query names no program, guides count less. */
export const GUIDE_WITHOUT_PROGRAM = 0.75;
const YEAR_MS = 365.25 * 86_400_000;

/** What a document is worth today, whatever the words: kind × age × historical. */
export function priorOf(doc: Pick<SearchDocument, 'kind' | 'date' | 'historical'>, now: number): number {
  let prior = KIND_PRIOR[doc.kind];
  if (doc.kind === 'notice' && doc.date) {
    const years = Math.max(0, (now - (Date.parse(doc.date) || now)) / YEAR_MS);
    prior *= Math.max(NOTICE_AGE_FLOOR, 0.5 ** (years / NOTICE_HALF_LIFE_YEARS));
  }
  if (doc.historical) prior *= HISTORICAL_PRIOR;
  return prior;
}
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
  /** Item id → its entries (one per language). */
  private readonly byId = new Map<string, number[]>();
  private readonly postings = new Map<string, Postings>();
  /** English stem → the word as most often written, for spelling suggestions. */
  private readonly surfaces = new Map<string, string>();
  private sortedTerms: string[] | null = null;
  private charTerms: Map<string, string[]> | null = null;
  private averageLength = 1;

  /** `now`: the day documents' age is counted from (default: the time of the build). */
  static build(documents: readonly SearchDocument[], options: { now?: Date | number } = {}): SearchIndex {
    const now = options.now === undefined ? Date.now() : Number(options.now);
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
      const versions = index.byId.get(doc.id);
      if (versions) versions.push(position);
      else index.byId.set(doc.id, [position]);
      index.entries.push({
        doc,
        titleLength: title.length,
        bodyLength: body.length,
        titlePhrase: phraseForm(normalizedTitle, stem),
        bodyPhrase: phraseForm(normalizedBody, stem),
        time: doc.date ? Date.parse(doc.date) || 0 : 0,
        prior: priorOf(doc, now),
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

    // An error message or code in the query: the answers that explain it come first
    // (lib/search/error-answers.ts), whether or not their text contains the code.
    let errorAnswer: SearchOutcome['errorAnswer'] = null;
    if (query.errors.length > 0) {
      const pinned: Match[] = [];
      const pinnedIds = new Set<string>();
      for (const { route, matched } of query.errors) {
        for (const id of route.answers) {
          if (pinnedIds.has(id)) continue;
          const versions = (this.byId.get(id) ?? []).filter((i) => searched(this.entries[i]!.doc.locale));
          const index = versions.find((i) => this.entries[i]!.doc.locale === options.locale) ?? versions[0];
          if (index === undefined) continue;
          pinnedIds.add(id);
          pinned.push({ index, tier: 3, score: Infinity, rank: Infinity });
          errorAnswer ??= { error: matched, doc: this.entries[index]!.doc };
        }
      }
      if (pinned.length > 0) {
        const rest = results.filter((m) => !pinnedIds.has(this.entries[m.index]!.doc.id));
        results.length = 0;
        results.push(...pinned, ...rest);
      }
    }

    const total = results.length;
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.max(1, options.page ?? 1);
    const hits = results
      .slice((page - 1) * pageSize, page * pageSize)
      .map((match) => this.hit(this.entries[match.index]!.doc, query.units, wordTerms));
    return { query, total, page, pageCount, pageSize, hits, otherLanguageTotal, errorAnswer };
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
    const ea = this.entries[a.index]!;
    const eb = this.entries[b.index]!;
    if (a.rank !== b.rank) return b.rank - a.rank;
    if (a.tier !== b.tier) return b.tier - a.tier;
    if (Boolean(ea.doc.historical) !== Boolean(eb.doc.historical)) return ea.doc.historical ? 1 : -1;
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
  private alternatives(isWord: boolean, term: string): { term: string; weight: number }[] {
    if (!isWord) {
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
      const forms = unit.forms ?? [{ text: unit.text, terms: unit.terms }];
      const score = new Float64Array(n);
      const matched = new Uint8Array(n);
      const inTitle = new Uint8Array(n);
      const docs: number[] = [];
      // A unit with synonyms matches a document containing any of its forms (the best one counts).
      for (const form of forms) {
        const slots = form.terms.length;
        if (slots === 0) continue;
        const hits = new Uint16Array(n);
        const titleHits = new Uint16Array(n);
        const formScore = new Float64Array(n);
        for (const term of form.terms) {
          slotId += 1;
          const touched: number[] = [];
          const isWord = !isCjkChar(term[0]!);
          for (const { term: alternative, weight } of this.alternatives(isWord, term)) {
            const list = this.postings.get(alternative);
            if (!list) continue;
            if (isWord && unit.required) wordTerms.add(alternative);
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
            formScore[doc] = formScore[doc]! + slotScore[doc]! / slots;
            if (slotTitle[doc]) titleHits[doc] = titleHits[doc]! + 1;
          }
        }
        for (let doc = 0; doc < n; doc++) {
          if (hits[doc] !== slots) continue;
          if (!matched[doc]) {
            matched[doc] = 1;
            docs.push(doc);
          }
          if (formScore[doc]! > score[doc]!) score[doc] = formScore[doc]!;
          if (titleHits[doc] === slots) inTitle[doc] = 1;
        }
      }
      if (forms.length > 1) docs.sort((a, b) => a - b);
      unitResults.push({ unit, docs, score, inTitle, matched });
    }

    const required = unitResults.filter((u) => u.unit.required);
    const optional = unitResults.filter((u) => !u.unit.required);
    if (required.length === 0 || required.some((u) => u.docs.length === 0)) return { matches: [], wordTerms };
    const seed = required.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
    const phrases = [query.normalized, ...query.phrases].map((p) => phraseForm(p, stem)).filter(Boolean);
    const phrase = phrases[0] ?? '';
    const inPhrase = (text: string) => phrases.some((p) => containsPhrase(text, p));
    // One word (or one two-character Japanese word): its phrase is its term, found where the term is.
    const only = unitResults.length === 1 && !unitResults[0]!.unit.forms ? unitResults[0]! : null;
    const oneTerm = only !== null && only.unit.terms.length === 1 && only.unit.kind === 'cjk';
    const oneWord = only !== null && only.unit.kind === 'word' && phrase === only.unit.terms[0];

    const matches: Match[] = [];
    for (const doc of seed.docs) {
      if (!required.every((u) => u.matched[doc])) continue;
      let score = 0;
      for (const u of required) score += u.score[doc]!;
      for (const u of optional) if (u.matched[doc]) score += OPTIONAL_WEIGHT * u.score[doc]!;
      const entry = this.entries[doc]!;
      const tier =
        oneTerm || oneWord
          ? only!.inTitle[doc]
            ? 3
            : 1
          : inPhrase(entry.titlePhrase)
            ? 3
            : required.every((u) => u.inTitle[doc])
              ? 2
              : inPhrase(entry.bodyPhrase)
                ? 1
                : 0;
      // Relevance (BM25F), raised by where the words are, times what the document is worth today.
      const kindFactor = entry.doc.kind === 'guide' && !query.namesProgram ? GUIDE_WITHOUT_PROGRAM : 1;
      const final = score * TIER_BOOST[tier]! * entry.prior * kindFactor;
      matches.push({ index: doc, tier, score: final, rank: Math.round(final * 10) });
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
