import fs from 'node:fs';
import http from 'node:http';
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

/** Files in nginx's cache folder: one per stored answer. */
function cacheEntries(): number {
  const dir = /proxy_cache_path (\S+)/.exec(site().portalConf)?.[1] ?? '';
  const count = (folder: string): number =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .reduce((n, entry) => n + (entry.isDirectory() ? count(path.join(folder, entry.name)) : 1), 0);
  return fs.existsSync(dir) ? count(dir) : 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A GET with the path exactly as written (fetch would normalise /./ and //), or 'closed'. */
function rawGet(rawPath: string, headers: Record<string, string> = {}) {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise<{ status: number; location: string } | 'closed'>((resolve) => {
    const asked = http.get({ host: base.hostname, port: base.port, path: rawPath, headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: String(response.headers.location ?? '') });
    });
    asked.on('error', () => resolve('closed'));
  });
}

test('no request header replaces a cached page: Next’s internal and router headers never reach the cache', async ({
  playwright,
}) => {
  const attacker = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const headers: Record<string, string>[] = [
    { 'x-middleware-prefetch': '1' },
    { rsc: '1' },
    { 'next-router-prefetch': '1', rsc: '1' },
    { 'next-router-segment-prefetch': '/_tree', rsc: '1' },
    { 'next-router-state-tree': '%5B%22%22%5D', rsc: '1' },
    { 'next-url': '/en/faq' },
    { 'next-action': '0123456789abcdef' },
    { purpose: 'prefetch' },
    { 'x-nextjs-data': '1' },
    { 'x-now-route-matches': 'locale=en' },
    { cookie: 'NEXT_LOCALE=en; anything=1' },
  ];
  const pages = ['/ja/faq', '/en', '/en/notices', '/ja/status'];
  // Four rounds across the one-second freshness: each time the copy expires, the attacker asks first.
  for (let round = 0; round < 4; round++) {
    for (const url of pages)
      for (const extra of headers) await attacker.get(url, { headers: extra, maxRedirects: 0 });
    await sleep(1_100);
  }
  for (const url of pages) {
    for (let i = 0; i < 3; i++) {
      const response = await visitor.get(url);
      const body = await response.text();
      expect([url, response.status(), response.headers()['content-type']]).toEqual([
        url,
        200,
        expect.stringContaining('text/html'),
      ]);
      expect([url, body.length > 5_000, body.trimStart().slice(0, 15).toLowerCase()]).toEqual([
        url,
        true,
        '<!doctype html>',
      ]);
    }
  }
  await attacker.dispose();
  await visitor.dispose();
});

test('noise in the query or the path adds no cache entries, and static files ignore the query', async ({
  request,
}) => {
  for (const url of ['/en', '/en/notices', '/api/status?lang=en']) await request.get(url);
  const before = cacheEntries();
  const random = () => Math.random().toString(36).slice(2, 10);
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get('/en')).text())?.[1];
  expect(script).toBeTruthy();
  for (let i = 0; i < 100; i++) {
    const answers = await Promise.all([
      request.get(`/en?page=${random()}`),
      request.get(`/en/faq?utm_source=${random()}`),
      request.get(`/en/notices?year=${random()}`),
      request.get(`/api/status?${random()}`),
      request.get(`${script}?${random()}`),
    ]);
    for (const answer of answers) expect(answer.status()).toBe(200);
  }
  // Invalid values of a parameter the page reads reach the app (404) and are never stored.
  for (let i = 0; i < 20; i++) {
    expect((await request.get(`/en/notices?category=${random()}`)).status()).toBe(404);
    expect((await request.get(`/en/notices?page=${random()}`)).status()).toBe(404);
  }
  expect(cacheEntries() - before).toBeLessThanOrEqual(5);

  // Spellings of one path are sent to the path itself; the cache sees one address.
  for (const variant of ['/en/./notices', '/en//notices', '/en/%6eotices']) {
    const answer = await rawGet(variant);
    expect([variant, answer]).toEqual([
      variant,
      { status: 301, location: expect.stringMatching(/\/en\/notices$/) },
    ]);
  }
});

test('an address with a broken %-encoding gets 400 and a translated page; another Host is refused', async ({
  request,
}) => {
  for (const [url, text] of [
    ['/en/%E0', 'This address is not valid'],
    ['/ja/notices/%E0%A4', 'ページのアドレスが正しくありません'],
    ['/api/%C0%80', 'ページのアドレスが正しくありません'],
  ] as const) {
    const response = await request.get(url);
    expect([url, response.status()]).toEqual([url, 400]);
    expect(await response.text()).toContain(text);
  }
  // A valid multi-byte path is not refused by the edge (the app answers 404 itself).
  expect((await request.get('/ja/notices/%E3%81%82')).status()).toBe(404);
  const other = await rawGet('/en', { host: 'evil.example' });
  expect(other).toBe('closed');
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
