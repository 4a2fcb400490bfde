// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // The message catalogs are compiled at build time, so pages ship a sub-kilobyte formatter instead
  // of the ICU parser (about 9 KB gzipped less JavaScript on every page) and never parse at run time.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});
// The policy of pages without a nonce; the per-request one is lib/security/content-security-policy.ts.
// Cached pages cannot carry a per-request nonce and Next inlines each page's data as scripts, so inline
// scripts stay allowed; scripts from anywhere but this site do not.
const STATIC_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
// Public pages rendered per request that are the same for everyone: the edge (and any shared cache)
// may keep them for a second. Without this Next marks them `private, no-store` like a personal page.
const SHARED_PER_REQUEST_PAGES = '/:locale(en|ja)/:page(notices|status)';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so that their cache never mixes with the demo's data.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // No ETags: Next hashes the whole page in JavaScript on every request to make one (about 0.4 ms for
  // a 70 KB notice, a third of what a cached page costs to serve; docs/performance.md). Pages are
  // cached by the reverse proxy or CDN in front for as long as Cache-Control says, and browsers gain
  // little from a 304 for a 15 KB gzipped page.
  generateEtags: false,
  // The page and data cache, on Next's documented handler interface: entries dated from when their
  // render began, expiries from other instances and the worker honoured (why: the file's comment).
  cacheHandler: require.resolve('./lib/cache/portal-cache-handler.cjs'),
  reactStrictMode: true,
  // Database drivers load from node_modules at run time, never bundled (better-sqlite3 is a native
  // addon; pg optionally requires pg-native). prom-client too: one copy for every route and the job
  // timer, whose metrics all live in one registry (lib/operations/metrics.ts). pino and pino-pretty
  // (lib/operations/logger.ts) too: pino's transport machinery loads worker files by path, which a
  // bundle breaks (the logger uses no transport, but Next's tracing must not try to bundle them).
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    'pg',
    '@prisma/adapter-pg',
    'prom-client',
    'pino',
    'pino-pretty',
  ],
  typedRoutes: false,
  // forbidden() answers a 403 with app/[locale]/admin/forbidden.tsx when a staff role is too small.
  // Server actions accept up to 3 MB, so a guide screenshot (at most 2 MB) fits with its form fields.
  // The stylesheet stays a file of its own (not `inlineCss`): inlined, Next also carries it twice in
  // the page's RSC data, three copies per page that the browser must parse while it hydrates
  // (Lighthouse mobile, quiet host, median of 3: the weakest pages 93–96 inlined, 98–99 as a file;
  // docs/performance.md), and no page can reuse the copy the browser already has.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  // Security headers for every response (tests/e2e/security-headers.spec.ts). Pages rendered per
  // request (staff area, checker) also get a nonce-based Content-Security-Policy from proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
      {
        // public/: icons and the link preview image change only with a release; a month in caches,
        // refreshed in the background after that.
        source: '/:file(favicon.ico|og-image.png|icons/.*)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=2592000, stale-while-revalidate=86400' }],
      },
      {
        // Static and cached pages cannot carry a per-request nonce, so their policy allows inline
        // scripts; the per-request pages (NONCE_PAGE in lib/security/content-security-policy.ts) get
        // the nonce policy from proxy.ts instead.
        source: '/((?!(?:en|ja)/(?:admin|check|subscriptions/(?:confirm|manage))).*)',
        headers: [{ key: 'Content-Security-Policy', value: STATIC_CSP }],
      },
      {
        source: SHARED_PER_REQUEST_PAGES,
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=0, s-maxage=1, stale-while-revalidate=60' },
        ],
      },
      // No Strict-Transport-Security here: only the TLS terminator knows a request came over HTTPS
      // (a client can send X-Forwarded-Proto itself), and the shipped edge configuration sends it.
    ];
  },
  // No `rewrites` here: Next tries every rule on every request, cached pages included. The few
  // addresses served by another route are rewritten in proxy.ts (lib/site/internal-rewrites.ts).
};

module.exports = withNextIntl(nextConfig);
