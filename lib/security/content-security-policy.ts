/**
 * The Content-Security-Policy of dynamic pages (the staff area and the checker): scripts only with this
 * request's nonce, and whatever those load ('strict-dynamic'); no plugins, no <base>, no framing.
 * Styles may be inline (React style attributes); scripts never.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Pages rendered per request, which get the nonce policy: /{locale}/admin…, /{locale}/check, and the
 * subscription pages that carry a personal token in their address. Kept in step with next.config.js
 * (the static policy's exclusion) and proxy.ts's matcher by tests/unit/proxy-matcher.test.ts.
 */
export const NONCE_PAGE = /^\/(?:en|ja)\/(?:admin(?:\/.*)?|check\/?|subscriptions\/(?:confirm|manage)\/?)$/;
