import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

test.describe('feeds and sitemap', () => {
  for (const locale of ['en', 'ja'] as const) {
    test(`the ${locale} Atom feed parses and lists public notices in ${locale}`, async ({ request }) => {
      const response = await request.get(`/${locale}/notices/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      const xml = parser.parse(await response.text());
      expect(xml.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(xml.feed['@xml:lang']).toBe(locale);
      const entries = asArray(xml.feed.entry) as { title: string; link: { '@href': string } }[];
      expect(entries.length).toBeGreaterThanOrEqual(8);
      const hrefs = entries.map((e) => new URL(e.link['@href']).pathname);
      expect(hrefs).toContain(`/${locale}/notices/smtp-auth-replaces-pop-before-smtp`);
      const titles = entries.map((e) => String(e.title));
      expect(titles).toContain(
        locale === 'en'
          ? 'What is Outbound Port 25 Blocking?'
          : '迷惑メール対策「Outbound Port 25 Blocking（OP25B）」の実施について',
      );
    });
  }

  test('the sitemap lists every public page with language alternates', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = parser.parse(await response.text());
    const urls = asArray(xml.urlset.url) as { loc: string; 'xhtml:link'?: unknown }[];
    const paths = urls.map((u) => new URL(u.loc).pathname);
    for (const path of [
      '/en',
      '/ja',
      '/en/faq',
      '/ja/notices/archive',
      '/en/notices/pop-before-smtp-introduction',
      '/ja/notices/archive/2003',
    ]) {
      expect(paths).toContain(path);
    }
    // The Japanese-only notice has no English URL.
    expect(paths).toContain('/ja/notices/year-end-support-hours-2026');
    expect(paths).not.toContain('/en/notices/year-end-support-hours-2026');
    const faq = urls.find((u) => new URL(u.loc).pathname === '/en/faq');
    expect(JSON.stringify(faq)).toContain('/ja/faq');
  });

  test('robots.txt points at the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  });
});

test.describe('errors', () => {
  test('unknown paths get a 404 page in the right language', async ({ page }) => {
    let response = await page.goto('/en/does/not/exist');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    response = await page.goto('/ja/nai');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  });

  test('an unknown locale never gives a 500', async ({ request }) => {
    for (const path of ['/fr/notices', '/xx', '/fr/notices/feed.xml']) {
      const response = await request.get(path);
      expect([path, response.status()]).toEqual([path, 404]);
    }
  });
});
