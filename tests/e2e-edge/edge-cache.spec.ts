import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { submitChecker } from '../e2e/checker-helpers';
import { EDITOR, signIn, uniqueSlug, waitForForm } from '../e2e/staff-helpers';

// One story, in order: the edge caches what it may and nothing else, shows a publish within two
// seconds, and keeps answering once both app instances are gone (scripts/e2e-edge-server.mjs).
test.describe.configure({ mode: 'serial' });

const site = () =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data', 'e2e-edge', 'site.json'), 'utf8')) as {
    instances: { port: number; pid: number }[];
    portalConf: string;
  };

/** The public pages customers land on in an outage, in both languages. */
const PUBLIC = [
  '/en',
  '/ja',
  '/en/notices',
  '/ja/notices/smtp-auth-replaces-pop-before-smtp',
  '/en/faq',
  '/ja/faq',
  '/en/guides/thunderbird',
  '/ja/guides/iphone',
  '/en/status',
  '/ja/status',
];

async function cacheStatus(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-cache-status'], response };
}

test('public pages are cached with stale-if-error and stale-while-revalidate; a window of at least 10 minutes', async ({
  request,
}) => {
  for (const url of PUBLIC) {
    await request.get(url);
    const { status, cache, response } = await cacheStatus(request, url);
    expect([url, status]).toEqual([url, 200]);
    expect([url, cache]).toEqual([url, expect.stringMatching(/^(HIT|UPDATING|EXPIRED)$/)]);
    const control = response.headers()['cache-control'] ?? '';
    expect(control).toContain('public');
    expect(control).toMatch(/stale-while-revalidate=\d+/);
    expect(Number(/stale-if-error=(\d+)/.exec(control)?.[1])).toBeGreaterThanOrEqual(600);
    expect(response.headers()['set-cookie']).toBeUndefined();
  }
  // The window itself: nginx keeps an unrequested copy for `inactive`, and serves it stale on errors.
  const conf = site().portalConf;
  const inactive = /inactive=(\d+)([smhd])/.exec(conf);
  const seconds = Number(inactive?.[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[inactive?.[2] ?? 's']!;
  expect(seconds).toBeGreaterThanOrEqual(600);
  expect(conf).toMatch(/proxy_cache_use_stale error timeout updating[^;]*http_502/);
});

test('the staff area, the checker, search, personalised guides and session holders are never cached', async ({
  request,
}) => {
  for (const url of [
    '/en/admin/login',
    '/ja/check',
    '/en/search?q=port',
    '/en/guides/thunderbird?email=taro%40example.test',
  ]) {
    await request.get(url);
    const { cache, response } = await cacheStatus(request, url);
    expect([url, cache]).toEqual([url, 'BYPASS']);
    expect([url, response.headers()['cache-control']]).not.toEqual([url, expect.stringContaining('public')]);
  }
  // The checker's API reaches the app (it answers the empty request itself), uncached.
  const api = await request.post('/api/check', { data: {} });
  expect(api.status()).toBeLessThan(500);
  expect(api.headers()['x-cache-status']).toBe('BYPASS');
  expect(await api.text()).not.toContain('"error":"unavailable"');
  // A request carrying a staff session cookie goes to the app even for a public page.
  const withCookie = await cacheStatus(request, '/en/notices', { cookie: 'portal_session=abc' });
  expect(withCookie.cache).toBe('BYPASS');
});

test('a session cookie is never served to another client', async ({ page, playwright }) => {
  await signIn(page, EDITOR);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes('portal_session'))).toBe(true);
  // Browse the public pages signed in, then ask for the same pages as someone else.
  for (const url of ['/en/notices', '/en/admin/login', '/en']) await page.goto(url);
  const stranger = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const url of ['/en/notices', '/en/admin/login', '/en', '/en/admin']) {
    const response = await stranger.get(url, { maxRedirects: 0 });
    expect([url, response.headers()['set-cookie'] ?? '']).not.toEqual([
      url,
      expect.stringContaining('portal_session='),
    ]);
    expect([url, await response.text()]).not.toEqual([url, expect.stringContaining(EDITOR.email)]);
  }
  await stranger.dispose();
});

test('a published notice shows through the edge within two seconds', async ({ page, request }) => {
  const slug = uniqueSlug('edge');
  const title = `Edge notice ${slug}`;
  await request.get('/en/notices');
  expect((await cacheStatus(request, '/en/notices')).cache).toMatch(/^(HIT|UPDATING|EXPIRED)$/);

  await signIn(page, EDITOR);
  await page.goto('/en/admin/notices/new');
  await waitForForm(page);
  await page.locator('#slug').fill(slug);
  await page.locator('[id="en.title"]').fill(title);
  await page.locator('[id="en.body"]').fill('Published behind the edge cache.');
  await page.locator('[id="ja.title"]').fill(`エッジ経由のお知らせ ${slug}`);
  await page.locator('[id="ja.body"]').fill('エッジキャッシュの背後で公開しました。');
  await page.locator('#status').selectOption('published');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\?saved=1$/, { timeout: 15_000 });
  const saved = Date.now();
  await expect
    .poll(async () => (await request.get('/en/notices')).text(), {
      timeout: Math.max(100, 2_000 - (Date.now() - saved)),
      intervals: [100],
    })
    .toContain(title);
});

test('with both app instances down, cached pages still answer and the checker says it is unavailable', async ({
  page,
  request,
}) => {
  // Every page in the cache, and the checker open in a customer's browser, before the outage.
  for (const url of PUBLIC) await request.get(url);
  await page.goto('/en/check');
  // The customer has started using it: React runs (public pages start it at the first sign of a person).
  await page.mouse.move(30, 30);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));

  for (const { pid } of site().instances) process.kill(pid, 'SIGKILL');
  for (const { port } of site().instances)
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/en`).then(
            () => 'up',
            () => 'down',
          ),
        { timeout: 10_000 },
      )
      .toBe('down');
  // A few seconds later every cached copy has expired: what answers now is stale-if-error.
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  for (const url of PUBLIC) {
    const { status, cache } = await cacheStatus(request, url);
    expect([url, status, cache]).toEqual([url, 200, expect.stringMatching(/^(STALE|UPDATING)$/)]);
  }
  const status = await (await request.get('/ja/status')).text();
  expect(status).toContain('このページの更新：');
  expect(await (await request.get('/en/status')).text()).toContain('Page updated');

  // The checker: its page and its API answer with a clear, translated message, not a proxy error.
  for (const [url, text] of [
    ['/en/check', 'The mail settings check is unavailable right now'],
    ['/ja/check', 'メール設定チェックは現在ご利用いただけません'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status()).toBe(503);
    const html = await response.text();
    expect(html).toContain(text);
    expect(html).not.toContain('nginx');
  }
  const api = await request.post('/api/check', { data: {} });
  expect(api.status()).toBe(503);
  expect(await api.json()).toEqual({ error: 'unavailable' });

  // The customer who had the checker open gets the checker's own translated message.
  await submitChecker(page, {
    client: 'thunderbird',
    incoming: { protocol: 'imap', server: 'mail.example.test', port: '993', security: 'tls' },
    outgoing: { server: 'mail.example.test', port: '587', security: 'starttls', auth: 'on' },
  });
  await expect(page.getByRole('alert').filter({ hasText: 'The checker' })).toContainText(
    'The checker is not available right now.',
  );

  // A page that was never cached gets the edge's fallback page in its language.
  const never = await request.get('/ja/notices/archive/2004');
  expect(never.status()).toBe(503);
  expect(await never.text()).toContain('一時的にご利用いただけません');
});
