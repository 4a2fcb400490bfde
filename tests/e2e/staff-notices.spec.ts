import { expect, test, type Page } from '@playwright/test';
import { EDITOR, fillMarkdown, japanLocal, signIn, uniqueSlug, waitForForm } from './staff-helpers';

async function fillNotice(page: Page, slug: string, text: { en?: [string, string]; ja?: [string, string] }) {
  await waitForForm(page);
  await page.locator('#slug').fill(slug);
  for (const lang of ['en', 'ja'] as const) {
    const value = text[lang];
    if (!value) continue;
    // On a narrow screen only one language shows at a time; the desktop test viewport shows both.
    await page.locator(`[id="${lang}.title"]`).fill(value[0]);
    await fillMarkdown(page, `${lang}.body`, value[1]);
  }
}

async function createNotice(page: Page, slug: string, status: string, extra?: (page: Page) => Promise<void>) {
  await page.goto('/en/admin/notices/new');
  await fillNotice(page, slug, {
    en: [`Test notice ${slug}`, `Body of **${slug}** in English.`],
    ja: [`テストのお知らせ ${slug}`, `${slug} の**日本語**本文です。`],
  });
  await page.locator('#status').selectOption(status);
  if (extra) await extra(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin\/notices\/[^/?]+\?saved=1$/, { timeout: 15_000 });
  await waitForForm(page);
  return page.url().replace(/\?.*$/, '');
}

test.describe('editing notices', () => {
  test.beforeEach(async ({ page }) => signIn(page, EDITOR));

  test('a new bilingual notice, once published, shows on the public pages in both languages at once', async ({
    page,
  }) => {
    const slug = uniqueSlug('e2e-published');
    await createNotice(page, slug, 'published');
    await page.goto('/en/notices');
    await expect(page.getByRole('link', { name: `Test notice ${slug}` })).toBeVisible();
    await page.goto('/ja');
    await expect(page.getByRole('link', { name: `テストのお知らせ ${slug}` })).toBeVisible();
    const feed = await (await page.request.get('/ja/notices/feed.xml')).text();
    expect(feed).toContain(`/ja/notices/${slug}`);
    await page.goto(`/en/notices/${slug}`);
    await expect(page.locator('article .prose strong')).toHaveText(slug);
  });

  test('a draft is not public, but its preview shows it as the public would see it', async ({ page }) => {
    const slug = uniqueSlug('e2e-draft');
    const editUrl = await createNotice(page, slug, 'draft');
    expect((await page.request.get(`/en/notices/${slug}`)).status()).toBe(404);
    await page.goto(`${editUrl}/preview`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Test notice ${slug}`);
    await expect(page.getByRole('status')).toContainText('Preview');
  });

  test('a scheduled notice goes live at its time with no one clicking', async ({ page }) => {
    const slug = uniqueSlug('e2e-scheduled');
    await createNotice(page, slug, 'scheduled', async (p) => p.locator('#publishAt').fill(japanLocal(4)));
    expect((await page.request.get(`/en/notices/${slug}`)).status()).toBe(404);
    await expect
      .poll(async () => (await page.request.get(`/en/notices/${slug}`)).status(), {
        timeout: 25_000,
        intervals: [1000],
      })
      .toBe(200);
    await page.goto('/en/notices');
    await expect(page.getByRole('link', { name: `Test notice ${slug}` })).toBeVisible();
  });

  test('validation errors appear next to the field and nothing typed is lost', async ({ page }) => {
    await page.goto('/ja/admin/notices/new');
    await waitForForm(page);
    await page.locator('#slug').fill('Bad Slug!');
    await page.locator('[id="en.title"]').fill('Title without a body');
    await fillMarkdown(page, 'ja.body', 'タイトルのない本文');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '保存できませんでした' })).toBeVisible();
    await expect(page.locator('#slug-error')).toContainText('半角英小文字');
    await expect(page.locator('[id="en.body-error"]')).toBeVisible();
    await expect(page.locator('[id="ja.title-error"]')).toBeVisible();
    await expect(page.locator('#slug')).toHaveValue('Bad Slug!');
    await expect(page.locator('[id="en.title"]')).toHaveValue('Title without a body');
    await expect(page.locator('[id="ja.body"]')).toHaveValue('タイトルのない本文');
  });

  test('a save that does not go through says so in the editor’s language and keeps the text', async ({
    page,
  }) => {
    const slug = uniqueSlug('e2e-unreachable');
    await page.goto('/ja/admin/notices/new');
    await fillNotice(page, slug, { ja: [`届かなかった保存 ${slug}`, '接続が切れても**消えない**本文。'] });
    const save = page.getByRole('button', { name: '保存' });
    const isSave = (request: { method(): string; headers(): Record<string, string> }) =>
      request.method() === 'POST' && 'next-action' in request.headers();

    // Fault injection: first the connection drops, then a proxy in between answers with a bare 500.
    for (const fault of ['drop', 'bare 500'] as const) {
      await page.route('**/ja/admin/notices/new', (route) =>
        !isSave(route.request())
          ? route.continue()
          : fault === 'drop'
            ? route.abort('connectionreset')
            : route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
      );
      await save.click();
      // The message is at the top of the form, far above the button: it is brought into view and
      // takes the focus, for the second failure as for the first.
      const alert = page
        .getByRole('alert')
        .filter({ hasText: '通信またはサーバーの一時的な問題により、保存できませんでした' });
      await expect(alert).toBeVisible();
      await expect(alert).toBeInViewport();
      await expect(alert).toBeFocused();
      await expect(page.locator('#slug')).toHaveValue(slug);
      await expect(page.locator('[id="ja.title"]')).toHaveValue(`届かなかった保存 ${slug}`);
      await expect(page.locator('[id="ja.body"]')).toHaveValue('接続が切れても**消えない**本文。');
      await page.unrouteAll();
    }

    // Nothing was stored, and once the connection is back the same form saves.
    expect((await page.request.get(`/ja/notices/${slug}`)).status()).toBe(404);
    await save.click();
    await expect(page).toHaveURL(/\/ja\/admin\/notices\/[^/?]+\?saved=1$/, { timeout: 15_000 });
  });

  test('an update with a public note appears in the history; a revision can be compared and restored', async ({
    page,
  }) => {
    const slug = uniqueSlug('e2e-history');
    const editUrl = await createNotice(page, slug, 'published');
    await fillMarkdown(page, 'en.body', 'Changed English body.');
    await page.getByLabel('Add a public “Updated” entry').first().check();
    await page.locator('[id="note.en"]').fill('Clarified the English text.');
    await page.locator('[id="note.ja"]').fill('英語の本文を修正しました。');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await page.goto(`/en/notices/${slug}`);
    await expect(page.getByRole('region', { name: 'Update history' })).toContainText(
      'Clarified the English text.',
    );
    await expect(page.locator('article .prose')).toContainText('Changed English body.');

    await page.goto(`${editUrl}/history`);
    await expect(page.locator('del', { hasText: `Body of **${slug}** in English.` })).toBeVisible();
    await expect(page.locator('ins', { hasText: 'Changed English body.' })).toBeVisible();
    await page.getByRole('button', { name: 'Restore this version' }).click();
    await expect(page.getByText('Version 1 was restored as a new version.')).toBeVisible();
    await page.goto(`/en/notices/${slug}`);
    await expect(page.locator('article .prose')).toContainText(`Body of ${slug} in English.`);
  });

  test('changing one language flags the other as out of date until it is marked current', async ({
    page,
  }) => {
    const slug = uniqueSlug('e2e-stale');
    const editUrl = await createNotice(page, slug, 'published');
    await fillMarkdown(page, 'en.body', 'New English facts.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await page.goto('/en/admin/notices?stale=1');
    await expect(page.getByRole('row').filter({ hasText: slug })).toContainText('Japanese: out of date');
    await page.goto(`/ja/notices/${slug}`);
    await expect(page.getByText('もう一方の言語での最新の変更がまだ反映されていない')).toBeVisible();

    await page.goto(editUrl);
    await page.getByRole('button', { name: 'Mark as up to date (Japanese)' }).click();
    await expect(page.getByRole('button', { name: 'Mark as up to date (Japanese)' })).toHaveCount(0);
    await page.goto(`/ja/notices/${slug}`);
    await expect(page.getByText('もう一方の言語での最新の変更がまだ反映されていない')).toHaveCount(0);
  });

  test('when two people edit at once, the second save is refused with both versions and no text lost', async ({
    page,
    browser,
  }) => {
    const slug = uniqueSlug('e2e-conflict');
    const editUrl = await createNotice(page, slug, 'draft');

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, EDITOR);
    await otherPage.goto(editUrl);
    await waitForForm(otherPage);
    await fillMarkdown(otherPage, 'en.body', 'Their English body.');
    await otherPage.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(otherPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await fillMarkdown(page, 'en.body', 'My English body.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this notice' });
    await expect(conflict).toBeVisible();
    // The form's top, where the notice appears, is far above the Save button just clicked.
    await expect(conflict).toBeInViewport();
    await expect(conflict).toBeFocused();
    await expect(conflict).toContainText('Their English body.');
    await expect(page.locator('[id="en.body"]')).toHaveValue('My English body.');

    await page.getByRole('button', { name: 'Keep my text and save over theirs' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Saved.' });
    await expect(saved).toBeVisible();
    await expect(saved).toBeInViewport();
    await other.close();
  });
});

test.describe('content safety', () => {
  const vectors = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 2">',
    '[click](javascript:window.__xss=3)',
    '<a href="javascript:window.__xss=4">x</a>',
    '<svg onload="window.__xss=5"></svg>',
    '<iframe src="javascript:window.__xss=6"></iframe>',
    '[x](JaVaScRiPt:window.__xss=7)',
    '<details open ontoggle="window.__xss=8">',
    '![img](x" onerror="window.__xss=9)',
    '<a href="https://example.test/" onclick="window.__xss=10">external</a> [ok](https://example.test/)',
  ];

  test('an XSS corpus saved through the editor renders inert on the public page', async ({ page }) => {
    await signIn(page, EDITOR);
    const slug = uniqueSlug('e2e-xss');
    await page.goto('/en/admin/notices/new');
    await fillNotice(page, slug, { en: ['XSS corpus', vectors.join('\n\n')] });
    await page.locator('#status').selectOption('published');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(/\?saved=1$/, { timeout: 15_000 });

    await page.goto(`/en/notices/${slug}`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const body = page.locator('article .prose');
    expect(await body.locator('script, iframe, svg, img[onerror]').count()).toBe(0);
    const attributes = await body
      .locator('*')
      .evaluateAll((elements) =>
        elements.flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)),
      );
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(attributes.filter((a) => /javascript:/i.test(a))).toEqual([]);
    await expect(body.getByRole('link', { name: 'ok' })).toHaveAttribute('rel', /noopener/);
  });
});

test.describe('authorization inside the actions', () => {
  test('a save replayed without a session is refused and changes nothing', async ({ page, playwright }) => {
    await signIn(page, EDITOR);
    const slug = uniqueSlug('e2e-replay');
    await page.goto('/en/admin/notices/new');
    await fillNotice(page, slug, { en: ['Replay target', 'Original body.'] });
    const request = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const captured = await request;
    await expect(page).toHaveURL(/\?saved=1$/, { timeout: 15_000 });

    // Same action, same body (with a new slug), no cookie.
    const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    const body = captured.postData()!.replaceAll(slug, `${slug}-replayed`);
    const headers = { ...captured.headers() };
    delete headers.cookie;
    const response = await anonymous.post('/en/admin/notices/new', { headers, data: body, maxRedirects: 0 });
    expect(response.status()).not.toBe(500);
    expect(
      response.status() === 303 || (response.headers()['x-action-redirect'] ?? '').includes('/admin/login'),
    ).toBe(true);
    expect((await page.request.get(`/en/admin/notices`)).ok()).toBe(true);
    await page.goto('/en/admin/notices');
    await expect(page.getByText(`${slug}-replayed`)).toHaveCount(0);
    await anonymous.dispose();
  });
});
