import { expect, test, type Page } from '@playwright/test';

/**
 * What a public page makes a phone download: every kind of public page, in both languages, loaded in
 * Chromium, first untouched (the boot loader and the page's islands only) and then once a pointer has
 * started the framework. Lighthouse's 100 (npm run bench:lighthouse) depends on the first, and a
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
  '/search',
  '/search?q=SMTP',
  '/status',
  '/subscribe',
];

/** Compressed JavaScript per page once React runs (docs/performance.md, "What a page sends"). */
const SCRIPT_BUDGET_KB = 160;

/** Compressed JavaScript per page before anyone touches it: the boot loader and the page's own islands,
 * which wait for the framework (scripts/build/boot-loader.js). */
const UNTOUCHED_BUDGET_KB = 40;

/** Strings that survive minification in libraries public pages must not carry: zod's error class, the
 * staff dashboard's charts (recharts). */
const FOREIGN_MARKERS = ['ZodError', 'recharts-wrapper'];

/** V8's eager-compile hint, on the framework chunks only (scripts/build/compile-hints.cjs). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Every script the page has fetched so far, once each (the one Next preloads with <link rel="preload">
 * and the framework's chunks the boot loader prefetches after load are fetched, then run from the
 * cache). With `beforeLoad`, only those asked for before the load event: what competes with the page.
 */
function loadedScripts(page: Page, { beforeLoad = false } = {}) {
  return page.evaluate((beforeLoad) => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
      .loadEventStart;
    const sizes = new Map<string, number>();
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (!new URL(entry.name).pathname.endsWith('.js') || (beforeLoad && entry.startTime >= load)) continue;
      sizes.set(entry.name, Math.max(sizes.get(entry.name) ?? 0, entry.encodedBodySize));
    }
    return [...sizes].map(([url, compressed]) => ({ url, compressed }));
  }, beforeLoad);
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
      const untouched = await loadedScripts(page, { beforeLoad: true });
      expect(untouched.length, url).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => document.documentElement.getAttribute('data-runtime')),
        url,
      ).toBeNull();
      const before = kilobytes(untouched);
      expect(
        before,
        `${url} sends ${before.toFixed(1)} KB of JavaScript before anyone is there`,
      ).toBeLessThanOrEqual(UNTOUCHED_BUDGET_KB);
      // A pointer moving over the page is enough to start the framework.
      await page.mouse.move(20, 20);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
      const scripts = await loadedScripts(page);
      loadedByPage.set(url, new Set(scripts.map((script) => script.url)));
      const after = kilobytes(scripts);
      expect(after, `${url} sends ${after.toFixed(1)} KB of JavaScript`).toBeLessThanOrEqual(
        SCRIPT_BUDGET_KB,
      );
      await page.mouse.move(0, 0);
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

    // React and the router are compiled while they download, not in a long task after hydration
    // starts: the hint is on them (React's hydration entry point among them), on a few files only,
    // and on none that some public page does without once it runs (page code would be compiled
    // whole for nothing).
    const hinted = [...scriptBodies].filter(([, body]) => body.startsWith(COMPILE_HINT));
    expect(hinted.length).toBeGreaterThanOrEqual(3);
    expect(hinted.length).toBeLessThanOrEqual(6);
    expect(hinted.some(([, body]) => body.includes('hydrateRoot'))).toBe(true);
    for (const [url, loaded] of loadedByPage)
      for (const [script] of hinted) expect(loaded.has(script), `${url} loads ${script}`).toBe(true);
  });
}
