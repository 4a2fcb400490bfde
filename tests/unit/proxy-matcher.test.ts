import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { NONCE_PAGE } from '@/lib/security/content-security-policy';
import { AUTODISCOVER_ALIASES, GUIDE_QUERY_KEYS, internalRewrite } from '@/lib/site/internal-rewrites';

// Next reads `config.matcher` statically from proxy.ts, so it must stay a literal there; read it the
// same way (importing proxy.ts would pull in the Next runtime).
const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../proxy.ts'), 'utf8');
const literal = /matcher:\s*\[\s*'([^']+)'/.exec(source)?.[1] ?? '';
const pattern = literal.replace(/\\\\/g, '\\');
// Next compiles the matcher like a path-to-regexp pattern anchored at both ends.
const matcher = new RegExp(`^${pattern}$`);

describe('proxy matcher', () => {
  it('names exactly the locales of i18n/routing.ts', () => {
    const listed = /\(\?:([a-z|]+)\)/.exec(pattern)?.[1]?.split('|');
    expect(listed?.sort()).toEqual([...routing.locales].sort());
  });

  it('runs on paths without a locale, so they can be redirected', () => {
    for (const path of [
      '/',
      '/notices',
      '/faq',
      '/notices/some-slug',
      '/english',
      '/guides',
      '/guides/thunderbird',
    ]) {
      expect([path, matcher.test(path)]).toEqual([path, true]);
    }
  });

  it('also runs on the per-request pages that get a CSP nonce, and only those', () => {
    const nonce = source.match(/'\/\(ja\|en\)\/[^']+'/g)?.map((m) => m.slice(1, -1)) ?? [];
    expect(nonce).toEqual([
      '/(ja|en)/admin/:path*',
      '/(ja|en)/check',
      '/(ja|en)/subscriptions/(confirm|manage)',
    ]);
    for (const path of [
      '/en/admin',
      '/ja/admin/notices/new',
      '/en/check',
      '/ja/subscriptions/confirm',
      '/en/subscriptions/manage',
    ])
      expect([path, NONCE_PAGE.test(path)]).toEqual([path, true]);
    for (const path of ['/en', '/ja/checker', '/en/notices/admin', '/en/check/x', '/en/subscriptions'])
      expect([path, NONCE_PAGE.test(path)]).toEqual([path, false]);
    // The static policy (next.config.js) covers every other page and none of these.
    const config = fs.readFileSync(path.resolve(import.meta.dirname, '../../next.config.js'), 'utf8');
    const staticSource = /source: '(\/\(\(\?!\(\?:en\|ja\)[^']+)'/.exec(config)?.[1] ?? '';
    const staticPages = new RegExp(`^${staticSource}$`);
    for (const page of [
      '/en/admin/faq',
      '/ja/check',
      '/en/subscriptions/confirm',
      '/ja/subscriptions/manage',
    ])
      expect([page, staticPages.test(page)]).toEqual([page, false]);
    for (const page of ['/en', '/ja/notices', '/en/subscribe', '/api/status'])
      expect([page, staticPages.test(page)]).toEqual([page, true]);
  });

  it('skips locale-prefixed paths, API routes, Next internals, guide screenshots and files', () => {
    for (const path of [
      '/guides/images/cm0abc123def456ghi789jkl0',
      '/en',
      '/ja',
      '/en/notices',
      '/ja/faq',
      '/api/status',
      '/_next/static/x.js',
      '/sitemap.xml',
      '/en/notices/feed.xml',
    ]) {
      expect([path, matcher.test(path)]).toEqual([path, false]);
    }
  });

  it('sends the proxy the guides with a query and the Autodiscover aliases, for every locale', () => {
    const guideMatchers = [
      ...source.matchAll(/source: '([^']+)',\s*has: \[\{ type: 'query', key: '(\w+)' \}\]/g),
    ];
    expect(guideMatchers.map((m) => m[2])).toEqual([...GUIDE_QUERY_KEYS]);
    for (const [, guideSource] of guideMatchers) {
      const listed = /^\/:locale\(([a-z|]+)\)\/guides\//.exec(guideSource!)?.[1]?.split('|');
      expect(listed?.sort()).toEqual([...routing.locales].sort());
    }
    for (const alias of AUTODISCOVER_ALIASES) expect(source).toContain(`'${alias}',`);
  });
});

describe('internalRewrite', () => {
  const rewrite = (address: string) => internalRewrite(new URL(address, 'https://support.example.test'));

  it('serves both Autodiscover aliases from the Autodiscover route', () => {
    for (const alias of AUTODISCOVER_ALIASES) expect(rewrite(alias)).toBe('/autodiscover/autodiscover.xml');
    expect(rewrite('/autodiscover/autodiscover.xml')).toBeNull();
  });

  it('serves a guide with ?type= or ?email= from its per-request route, in every locale', () => {
    for (const locale of routing.locales) {
      expect(rewrite(`/${locale}/guides/thunderbird?type=pop`)).toBe(`/${locale}/guides/thunderbird/query`);
      expect(rewrite(`/${locale}/guides/iphone?email=taro%40example.test`)).toBe(
        `/${locale}/guides/iphone/query`,
      );
    }
  });

  it('leaves plain guides, other queries, the DNS records page and other paths alone', () => {
    for (const address of [
      '/en/guides/thunderbird',
      '/en/guides/thunderbird?utm_source=mail',
      '/ja/guides/dns-records?type=pop',
      '/en/guides?type=pop',
      '/en/guides/thunderbird/query?type=pop',
      '/fr/guides/thunderbird?type=pop',
      '/en/notices/x?type=pop',
    ]) {
      expect([address, rewrite(address)]).toEqual([address, null]);
    }
  });
});
