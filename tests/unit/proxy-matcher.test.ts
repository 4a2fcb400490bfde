import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { NONCE_PAGE } from '@/lib/security/content-security-policy';

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
    expect(nonce).toEqual(['/(ja|en)/admin/:path*', '/(ja|en)/check']);
    for (const path of ['/en/admin', '/ja/admin/notices/new', '/en/check'])
      expect([path, NONCE_PAGE.test(path)]).toEqual([path, true]);
    for (const path of ['/en', '/ja/checker', '/en/notices/admin', '/en/check/x'])
      expect([path, NONCE_PAGE.test(path)]).toEqual([path, false]);
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

  it('shares its locale list with the guide rewrite in next.config.js', () => {
    const config = fs.readFileSync(path.resolve(import.meta.dirname, '../../next.config.js'), 'utf8');
    const listed = /:locale\(([a-z|]+)\)\/guides\//.exec(config)?.[1]?.split('|');
    expect(listed?.sort()).toEqual([...routing.locales].sort());
  });
});
