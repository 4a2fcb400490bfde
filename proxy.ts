import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Locale negotiation only. Requests that already carry a locale prefix never reach this proxy
 * (see `matcher`): they are served straight from the static/ISR cache, which measured about three
 * times the throughput of running the proxy on every request. The language switcher stores an
 * explicit choice in the NEXT_LOCALE cookie itself, so `/` still remembers it.
 *
 * Authorization never lives here: every route handler and server action checks for itself.
 */
export default createMiddleware(routing);

export const config = {
  // Everything except: locale-prefixed paths, API routes, Next internals, guide screenshots (served by
  // app/guides/images/[id]) and files with an extension. Keep the locale list in step with
  // i18n/routing.ts (tests/unit/proxy-matcher.test.ts checks it).
  matcher: ['/((?!api|_next|_vercel|guides/images/|(?:ja|en)(?:/|$)|.*\\..*).*)'],
};
