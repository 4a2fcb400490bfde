import { expect, test, type Page } from '@playwright/test';

/**
 * What a public page makes a phone download: every kind of public page, in both languages, loaded and
 * hydrated in Chromium. Lighthouse's mobile scores (npm run bench:lighthouse) depend on it, and a
 * client component that imports a library meant for the server or the staff area (zod, charts) would
 * quietly add tens of kilobytes to every page that shows it; this catches that in `npm test`.
 */
const PUBLIC_PATHS = [
  '',
  '/notices',
  '/notices/smtp-auth-replaces-pop-before-smtp',
  '/notices/archive',
  '/faq',
  '/guides',
  '/guides/thunderbird',
  '/guides/dns-records',
  '/check',
  '/search',
  '/search?q=SMTP',
  '/status',
  '/subscribe',
];

/** Compressed JavaScript per page once React runs (docs/performance.md, "What a page sends"). */
const SCRIPT_BUDGET_KB = 160;

/** Strings that survive minification in libraries public pages must not carry: zod's error class, the
 * staff dashboard's charts (recharts). */
const FOREIGN_MARKERS = ['ZodError', 'recharts-wrapper'];

/** Every script the page has fetched so far, once each, with its compressed size. */
function loadedScripts(page: Page) {
  return page.evaluate(() => {
    const sizes = new Map<string, number>();
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (!new URL(entry.name).pathname.endsWith('.js')) continue;
      sizes.set(entry.name, Math.max(sizes.get(entry.name) ?? 0, entry.encodedBodySize));
    }
    return [...sizes].map(([url, compressed]) => ({ url, compressed }));
  });
}

const kilobytes = (scripts: { compressed: number }[]) =>
  scripts.reduce((sum, script) => sum + script.compressed, 0) / 1024;

for (const locale of ['en', 'ja']) {
  test(`public pages in ${locale} stay within the JavaScript budget and carry no staff or server libraries`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const loadedByPage = new Map<string, Set<string>>();
    for (const path of PUBLIC_PATHS) {
      const url = `/${locale}${path}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
      const scripts = await loadedScripts(page);
      loadedByPage.set(url, new Set(scripts.map((script) => script.url)));
      const after = kilobytes(scripts);
      expect(after, `${url} sends ${after.toFixed(1)} KB of JavaScript`).toBeLessThanOrEqual(
        SCRIPT_BUDGET_KB,
      );
    }

    // Every script any page loaded, read once more here (a body read while the page moved on is lost).
    const scriptBodies = new Map<string, string>();
    for (const url of new Set([...loadedByPage.values()].flatMap((urls) => [...urls])))
      scriptBodies.set(url, await (await page.request.get(url)).text());
    expect(scriptBodies.size).toBeGreaterThan(0);
    for (const [url, body] of scriptBodies) {
      for (const marker of FOREIGN_MARKERS) {
        expect(body.includes(marker), `${url} contains "${marker}"`).toBe(false);
      }
    }
  });
}
