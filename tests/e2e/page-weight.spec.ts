import { expect, test } from '@playwright/test';

/**
 * What a public page makes a phone download before it is usable: every kind of public page, in both
 * languages, loaded in Chromium. Lighthouse's 100 (npm run bench:lighthouse) depends on it, and a
 * client component that imports a library meant for the server or the staff area (zod, charts) would quietly
 * add tens of kilobytes to every page that shows it; this catches that in `npm test`.
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
  '/search?q=SMTP',
  '/status',
  '/subscribe',
];

/** Compressed JavaScript per page (docs/performance.md, "What a page sends"). */
const SCRIPT_BUDGET_KB = 160;

/** Strings that survive minification in libraries public pages must not carry: zod's error class, the
 * staff dashboard's charts (recharts). */
const FOREIGN_MARKERS = ['ZodError', 'recharts-wrapper'];

/** V8's eager-compile hint, on the framework chunks only (scripts/build/compile-hints.cjs). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

for (const locale of ['en', 'ja']) {
  test(`public pages in ${locale} stay within the JavaScript budget and carry no staff or server libraries`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const scriptBodies = new Map<string, string>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scriptBodies.set(response.url(), await response.text().catch(() => ''));
    });

    const loadedByPage = new Map<string, Set<string>>();
    for (const path of PUBLIC_PATHS) {
      const url = `/${locale}${path}`;
      await page.goto(url, { waitUntil: 'load' });
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          // Scripts, including the one Next preloads with <link rel="preload" as="script">.
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => ({
            url: entry.name,
            compressed: (entry as PerformanceResourceTiming).encodedBodySize,
          })),
      );
      expect(scripts.length, url).toBeGreaterThan(0);
      loadedByPage.set(url, new Set(scripts.map((script) => script.url)));
      const kilobytes = scripts.reduce((sum, script) => sum + script.compressed, 0) / 1024;
      expect(kilobytes, `${url} sends ${kilobytes.toFixed(1)} KB of JavaScript`).toBeLessThanOrEqual(
        SCRIPT_BUDGET_KB,
      );
    }

    expect(scriptBodies.size).toBeGreaterThan(0);
    for (const [url, body] of scriptBodies) {
      for (const marker of FOREIGN_MARKERS) {
        expect(body.includes(marker), `${url} contains "${marker}"`).toBe(false);
      }
    }

    // React and the router are compiled while they download, not in a long task after paint: the
    // hint is on them (React's hydration entry point among them), on a few files only, and on none
    // that some public page does without (page code would be compiled whole for nothing).
    const hinted = [...scriptBodies].filter(([, body]) => body.startsWith(COMPILE_HINT));
    expect(hinted.length).toBeGreaterThanOrEqual(3);
    expect(hinted.length).toBeLessThanOrEqual(6);
    expect(hinted.some(([, body]) => body.includes('hydrateRoot'))).toBe(true);
    for (const [url, loaded] of loadedByPage)
      for (const [script] of hinted) expect(loaded.has(script), `${url} loads ${script}`).toBe(true);
  });
}
