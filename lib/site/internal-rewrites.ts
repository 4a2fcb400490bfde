import { routing } from '@/i18n/routing';

/**
 * Public addresses answered by a route other than their own. proxy.ts serves them, and its matcher
 * sends it only these requests. As `rewrites` in next.config.js, Next tried every rule on every
 * request, cached pages included: about 6 % of what serving a cached notice costs, measured in
 * alternating runs. In the proxy, only the requests that need a rule pay for it.
 */

/**
 * Microsoft clients ask for /Autodiscover/Autodiscover.xml (or AutoDiscover). Routes are
 * case-sensitive, and a second app/Autodiscover folder would collide with app/autodiscover on
 * case-insensitive disks.
 */
export const AUTODISCOVER_ALIASES = ['/Autodiscover/Autodiscover.xml', '/AutoDiscover/AutoDiscover.xml'];
const AUTODISCOVER_ROUTE = '/autodiscover/autodiscover.xml';

/**
 * A guide with ?type= or ?email= is rendered per request by its ./query route, so that the plain guide
 * stays cached (app/[locale]/guides/[program]/page.tsx). dns-records is a page of its own.
 */
export const GUIDE_QUERY_KEYS = ['type', 'email'] as const;
const GUIDE = new RegExp(`^/(${routing.locales.join('|')})/guides/((?!dns-records$)[a-z0-9-]+)$`);

/** The pathname to serve `url` from, or null when it is served from its own address. */
export function internalRewrite(url: URL): string | null {
  if (AUTODISCOVER_ALIASES.includes(url.pathname)) return AUTODISCOVER_ROUTE;
  const guide = GUIDE.exec(url.pathname);
  if (guide && GUIDE_QUERY_KEYS.some((key) => url.searchParams.has(key))) {
    return `/${guide[1]}/guides/${guide[2]}/query`;
  }
  return null;
}
