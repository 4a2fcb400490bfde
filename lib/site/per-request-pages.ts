import { GUIDE_QUERY_KEYS } from './internal-rewrites';

/**
 * The public pages rendered per request rather than served from the cache: the ones exporting
 * `dynamic = 'force-dynamic'` (tests/unit/per-request-pages.test.ts keeps these lists in step) and
 * guides with a query (rewritten to a per-request route by proxy.ts). Links to them are not
 * prefetched (i18n/navigation.tsx): Next prefetches every link in view, so each page a customer opens
 * would otherwise cost the server partial renders of the checker, the status page, the notices index
 * and so on, several times what serving the cached page itself costs.
 */
export const PER_REQUEST_PAGES = [
  '/check',
  '/diagnose',
  '/mail-report',
  '/notices',
  '/search',
  '/status',
  '/subscriptions/confirm',
  '/subscriptions/manage',
] as const;
/** Sections whose every page is rendered per request: the staff area. */
export const PER_REQUEST_SECTIONS = ['/admin'] as const;

type Href = string | { pathname?: string | null; query?: unknown };

export function isRenderedPerRequest(href: Href): boolean {
  const pathname = (typeof href === 'string' ? href.split(/[?#]/)[0] : href.pathname) ?? '';
  const query = typeof href === 'string' ? href.split('#')[0]!.split('?')[1] : href.query;
  const keys = typeof query === 'string' ? [...new URLSearchParams(query).keys()] : Object.keys(query ?? {});
  return (
    (PER_REQUEST_PAGES as readonly string[]).includes(pathname) ||
    PER_REQUEST_SECTIONS.some((section) => pathname === section || pathname.startsWith(`${section}/`)) ||
    // The same rule as the rewrite in proxy.ts: only these keys make a guide personal.
    (/^\/guides\/(?!dns-records$)[a-z0-9-]+$/.test(pathname) &&
      GUIDE_QUERY_KEYS.some((key) => keys.includes(key)))
  );
}
