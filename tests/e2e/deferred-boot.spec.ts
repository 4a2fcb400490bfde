import { expect, test, type Page } from '@playwright/test';

/**
 * Public pages load React and Next's router at the first sign of a person, through the boot loader
 * (scripts/build/boot-loader.js, put in place by scripts/build/deferred-boot.cjs). These tests show
 * that a page read without touching it never loads them, that nothing a customer does before they
 * run is lost, and that the staff area does not wait.
 */

/** Whether the framework has run on the page (Next's router announces itself as `window.next`). */
const frameworkRan = (page: Page) =>
  page.evaluate(() => 'next' in window || document.documentElement.hasAttribute('data-runtime'));

const hydrated = (page: Page) =>
  page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));

test('a public page read without touching it never runs the framework; a pointer starts it', async ({
  page,
}) => {
  await page.goto('/en/notices', { waitUntil: 'load' });
  // Fetched into the cache once the page has loaded, not run.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (entry) => entry.initiatorType === 'link' && /\/static\/chunks\/.*\.js$/.test(entry.name),
          ).length,
      ),
    )
    .toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(1000);
  expect(await frameworkRan(page)).toBe(false);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
  // The page itself is all there.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.mouse.move(40, 40);
  await hydrated(page);
  expect(await frameworkRan(page)).toBe(true);
});

/** Holds the framework's chunks back for a while, as a slow connection would (fault injection). */
async function slowFramework(page: Page) {
  await page.route('**/_next/static/chunks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
}

test('what is typed and clicked before React runs is kept and acted on once (Japanese)', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
  });
  await page.goto('/ja/subscribe', { waitUntil: 'load' });
  await slowFramework(page);
  const email = page.getByRole('textbox', { name: 'メールアドレス' });
  await email.fill('early-typist@example.test');
  // The click starts nothing new; the loader holds it and replays it once React has hydrated.
  await page.getByRole('button', { name: '登録する' }).click();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
  await expect(page.getByRole('status')).toContainText('ご入力のアドレスに確認メールをお送りしました。');
  await expect(email).toHaveValue('early-typist@example.test');
  // One submission, by React (a native one would have reloaded the page with the address in it).
  expect(posts.filter((path) => path === '/ja/subscribe')).toHaveLength(1);
  expect(page.url()).not.toContain('early-typist');
});

test('a checker form filled in before React runs is checked with everything typed', async ({ page }) => {
  await page.goto('/en/check', { waitUntil: 'load' });
  await slowFramework(page);
  // Outlook's own fields (the default program), typed before React runs.
  await page.locator('#email').fill('early@example.test');
  await page.locator('[id="incoming.protocol"]').selectOption('pop3');
  await page.locator('#pc-incoming-server').fill('mail.example.test');
  await page.locator('#pc-incoming-port-pop3').fill('110');
  await page.locator('#pc-outgoing-encryption').selectOption('starttls');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
  let arrived: (body: string) => void = () => undefined;
  const sent = new Promise<string>((resolve) => (arrived = resolve));
  await page.route('**/api/check', async (route) => {
    arrived(route.request().postData() ?? '');
    await route.fulfill({ status: 503, json: { error: 'unavailable' } });
  });
  await page.getByRole('button', { name: 'Check my settings' }).click();
  expect(JSON.parse(await sent)).toMatchObject({
    client: 'outlook',
    email: 'early@example.test',
    incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110 },
  });
  // The form still shows what was typed.
  await expect(page.locator('#pc-incoming-port-pop3')).toHaveValue('110');
  await expect(page.locator('#pc-outgoing-encryption')).toHaveValue('starttls');
});

test('a button pressed before React runs answers once React has started', async ({ page }) => {
  const votes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/feedback')) votes.push(request.url());
  });
  await page.goto('/en/notices/smtp-auth-replaces-pop-before-smtp', { waitUntil: 'load' });
  await slowFramework(page);
  const vote = page.getByTestId('helpful-vote');
  await vote.getByRole('button', { name: 'Yes' }).click();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
  await expect(vote).toContainText('Thank you for your feedback.');
  expect(votes).toHaveLength(1);
});

test('a search result opened before React runs is reported', async ({ page }) => {
  await page.goto('/en/search?q=SMTP', { waitUntil: 'load' });
  const searchId = await page.locator('[data-search-id]').getAttribute('data-search-id');
  expect(searchId).toBeTruthy();
  // The report is sent as a beacon; its body is read where it arrives.
  let arrived: (body: string) => void = () => undefined;
  const reported = new Promise<string>((resolve) => (arrived = resolve));
  await page.route('**/api/search/click', async (route) => {
    arrived(route.request().postData() ?? '');
    await route.fulfill({ status: 204 });
  });
  await page.locator('[data-search-id] ol a').first().click();
  expect(JSON.parse(await reported)).toEqual({ id: searchId });
});

test('staff pages start React at once', async ({ page }) => {
  await page.goto('/en/admin/login', { waitUntil: 'load' });
  await hydrated(page);
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-runtime'))).toBe('loading');
});

test('a page with a part that failed on the server starts React at once to render it', async ({ page }) => {
  // Fault injection: React marks a part it could not render on the server with a `$!` comment and
  // renders it in the browser (an error boundary's message, say).
  await page.route('**/en/faq', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<main', '<!--$!--><template></template><!--/$--><main');
    await route.fulfill({ response, body });
  });
  await page.goto('/en/faq', { waitUntil: 'load' });
  // (The marker here is made up, so React then renders the whole page anew, <html> included: what is
  // checked is only that the framework ran without anyone touching the page.)
  await expect.poll(() => frameworkRan(page)).toBe(true);
});
