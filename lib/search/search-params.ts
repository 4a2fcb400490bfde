import { MAX_QUERY_LENGTH } from './tokenize';

export interface SearchParams {
  /** The query as typed (trimmed, at most MAX_QUERY_LENGTH characters); empty for the bare page. */
  q: string;
  /** `all=1`: include the other language. */
  all: boolean;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * `/[locale]/search?q=…&all=1&page=N`. A malformed page number is bad input (null → 404, as for the
 * notices list); any other value of `all` is ignored; an over-long query is cut.
 */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams | null {
  const q = (first(raw.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const all = first(raw.all) === '1';
  const pageValue = first(raw.page);
  if (pageValue !== undefined && !/^[1-9]\d{0,3}$/.test(pageValue)) return null;
  return { q, all, page: pageValue === undefined ? 1 : Number(pageValue) };
}

/** The query string of a search URL, with defaults left out so each search has one URL. */
export function searchQuery(params: { q: string; all?: boolean; page?: number }): Record<string, string> {
  return {
    q: params.q,
    ...(params.all ? { all: '1' } : {}),
    ...(params.page && params.page > 1 ? { page: String(params.page) } : {}),
  };
}
