import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { contentSecurityPolicy, NONCE_PAGE } from './lib/security/content-security-policy';
import { crossOriginAction, isActionPost } from './lib/security/cross-origin-action';
import { REQUEST_PATH_HEADER } from './lib/security/request-path';
import { internalRewrite } from './lib/site/internal-rewrites';

const negotiateLocale = createMiddleware(routing);

/**
 * Four jobs, each only where it is needed:
 * - A 403 with a translated message for a server action posted from another site
 *   (lib/security/cross-origin-action.ts), instead of Next's bare 500.
 * - Locale negotiation for paths without a locale. Locale-prefixed public pages never reach this
 *   proxy (see `matcher`): they are served straight from the static/ISR cache, which measured about
 *   three times the throughput of running the proxy on every request.
 * - A per-request CSP nonce for the pages rendered per request (staff area, checker): Next reads the
 *   nonce from the request's Content-Security-Policy header and puts it on its own scripts.
 * - Serving Autodiscover's alias addresses and guides with a query from their internal routes
 *   (lib/site/internal-rewrites.ts).
 *
 * Authorization never lives here: every route handler and server action checks for itself.
 */
/** A path under one of the locales (kept in step with the matcher). */
const LOCALE_PATH = /^\/(?:ja|en)(?:\/|$)/;

export default function proxy(request: NextRequest) {
  // Every server action passes through here (the matcher's next-action rule; the public ones are the
  // subscription forms): another site's posts are refused with a translated 403.
  const refused = crossOriginAction(request);
  if (refused) return refused;
  if (
    isActionPost(request) &&
    !NONCE_PAGE.test(request.nextUrl.pathname) &&
    LOCALE_PATH.test(request.nextUrl.pathname)
  ) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
    return NextResponse.next({ request: { headers } });
  }
  const rewrite = internalRewrite(request.nextUrl);
  if (rewrite) {
    const url = request.nextUrl.clone();
    url.pathname = rewrite;
    return NextResponse.rewrite(url);
  }
  if (!NONCE_PAGE.test(request.nextUrl.pathname)) return negotiateLocale(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  // The page a staff action was posted to, for the sign-in redirect's language (a client's own copy
  // of this header is replaced here).
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // 1. Everything except: locale-prefixed paths, API routes, Next internals, guide screenshots (served
  //    by app/guides/images/[id]) and files with an extension. 2. The per-request pages that get a
  //    nonce (NONCE_PAGE). 3. Guides with ?type= or ?email=, and Autodiscover's aliases (internal-rewrites.ts).
  // Keep the locale lists in step with i18n/routing.ts (tests/unit/proxy-matcher.test.ts).
  matcher: [
    '/((?!api|_next|_vercel|guides/images/|(?:ja|en)(?:/|$)|.*\\..*).*)',
    '/(ja|en)/admin/:path*',
    '/(ja|en)/check',
    '/(ja|en)/subscriptions/(confirm|manage)',
    {
      source: '/:locale(ja|en)/guides/:program((?!dns-records$)[a-z0-9-]+)',
      has: [{ type: 'query', key: 'type' }],
    },
    {
      source: '/:locale(ja|en)/guides/:program((?!dns-records$)[a-z0-9-]+)',
      has: [{ type: 'query', key: 'email' }],
    },
    '/Autodiscover/Autodiscover.xml',
    '/AutoDiscover/AutoDiscover.xml',
    // 4. Server actions posted from public pages (the subscribe form), for the cross-origin check:
    //    by the framework's header, or as a plain HTML form (before or without JavaScript).
    { source: '/:locale(ja|en)/:path*', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/:locale(ja|en)/:path*',
      has: [
        {
          type: 'header',
          key: 'content-type',
          value: '(?:multipart/form-data|application/x-www-form-urlencoded).*',
        },
      ],
    },
  ],
};
