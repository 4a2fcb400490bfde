import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { isRenderedPerRequest, PER_REQUEST_PAGES, PER_REQUEST_SECTIONS } from '@/lib/site/per-request-pages';

const localeDir = path.resolve(import.meta.dirname, '../../app/[locale]');

/** Every page.tsx and layout.tsx under app/[locale] that forces rendering per request, as its route. */
function forceDynamicRoutes(): { pages: string[]; sections: string[] } {
  const pages: string[] = [];
  const sections: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|layout)\.tsx$/.test(entry.name)) {
        if (!/export const dynamic = 'force-dynamic'/.test(fs.readFileSync(full, 'utf8'))) continue;
        // Route groups like (staff) are not part of the address.
        const route = `/${path
          .relative(localeDir, dir)
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join('/')}`;
        (entry.name === 'page.tsx' ? pages : sections).push(route);
      }
    }
  };
  walk(localeDir);
  return { pages: pages.sort(), sections: sections.sort() };
}

describe('pages rendered per request', () => {
  it('are exactly the ones that force it, so that links to them are not prefetched', () => {
    expect(forceDynamicRoutes()).toEqual({
      pages: [...PER_REQUEST_PAGES].sort(),
      sections: [...PER_REQUEST_SECTIONS].sort(),
    });
  });

  it('are told apart from cached pages by their link', () => {
    for (const href of [
      '/check',
      '/notices',
      '/notices?category=security',
      { pathname: '/notices', query: { category: 'security' } },
      '/status',
      '/search',
      '/admin',
      '/admin/notices/new',
      { pathname: '/guides/thunderbird', query: { type: 'pop3' } },
      '/guides/iphone?email=taro@example.test',
    ])
      expect([href, isRenderedPerRequest(href)]).toEqual([href, true]);
    for (const href of [
      '/',
      '/faq',
      '/guides',
      '/guides/thunderbird',
      { pathname: '/guides/thunderbird', query: {} },
      '/guides/thunderbird?utm_source=mail',
      '/guides/dns-records?type=pop3',
      '/notices/smtp-auth-replaces-pop-before-smtp',
      '/notices/archive/2015',
      '/checker',
      '/administration',
    ])
      expect([href, isRenderedPerRequest(href)]).toEqual([href, false]);
  });
});
