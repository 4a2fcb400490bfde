import { expect, test, type Page } from '@playwright/test';
import { EDITOR, fillMarkdown, signIn, uniqueSlug } from './staff-helpers';
import { expectNoAxeViolations } from './helpers';

/** A real 1×1 PNG, made here rather than kept as a file. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Opens a guide's editor and waits until it has hydrated (its Save button is enabled). */
async function openEditor(page: Page, program: string, locale: 'en' | 'ja' = 'en') {
  await page.goto(`/${locale}/admin/guides/${program}`);
  await expect(
    page.getByRole('button', { name: locale === 'en' ? 'Save' : '保存', exact: true }),
  ).toBeEnabled();
}

test.describe('editing setup guides', () => {
  test.beforeEach(async ({ page }) => signIn(page, EDITOR));

  test('an edited English summary, placeholders included, appears on the public guide', async ({ page }) => {
    await page.goto('/en/admin');
    await page
      .getByRole('navigation', { name: 'Staff menu' })
      .getByRole('link', { name: 'Setup guides' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Setup guides' })).toBeVisible();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'thunderbird', exact: true }) });
    await expect(row).toContainText('English: up to date');
    await row.getByRole('link', { name: 'thunderbird', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin\/guides\/thunderbird$/);
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();

    // The placeholder list gives today's registry values.
    const placeholders = page.getByRole('table').filter({ hasText: '{{incomingHost}}' });
    await expect(placeholders.getByRole('row').filter({ hasText: '{{incomingPort}}' })).toContainText('993');
    await expect(placeholders.getByRole('row').filter({ hasText: '{{incomingPort}}' })).toContainText('995');

    // The live preview resolves placeholders from the registry in force, for the variant chosen.
    const steps = page.locator('[id="en.newAccount"]');
    await steps.fill(`${await steps.inputValue()}\n\nPreview check: {{incomingPort}}`);
    const preview = page.getByRole('region', { name: 'Preview: Steps for a new account (English, IMAP)' });
    await expect(preview).toContainText('Preview check: 993');
    await page.locator('#previewWith').selectOption('pop3');
    await expect(
      page.getByRole('region', { name: 'Preview: Steps for a new account (English, POP3)' }),
    ).toContainText('Preview check: 995');
    await fillMarkdown(
      page,
      'en.newAccount',
      (await steps.inputValue()).replace('\n\nPreview check: {{incomingPort}}', ''),
    );

    const marker = uniqueSlug('summary');
    const summary = page.locator('[id="en.summary"]');
    await summary.fill(`${await summary.inputValue()} Checked by ${marker} at {{ispName}}.`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({ timeout: 15_000 });

    // A revision by the editor, and the list says who changed the guide.
    await page.reload();
    await expect(page.locator('#revisions + ol > li').first()).toContainText(EDITOR.email);
    await expect(page.locator('#revisions + ol > li').first()).toContainText('current');
    await page.goto('/en/admin/guides');
    await expect(
      page.getByRole('row').filter({ has: page.getByRole('link', { name: 'thunderbird', exact: true }) }),
    ).toContainText(EDITOR.email);

    await page.goto('/en/guides/thunderbird');
    await expect(page.locator('main')).toContainText(`Checked by ${marker} at Example Net.`);
    await page.goto('/ja/guides/thunderbird');
    await expect(page.locator('main')).not.toContainText(marker);
  });

  test('a screenshot is checked by content, needs alt text in both languages and is served as image/png', async ({
    page,
  }) => {
    await openEditor(page, 'thunderbird');
    const upload = page.getByRole('button', { name: 'Upload' });
    const alt = `Outgoing server settings ${uniqueSlug('shot')}`;

    // Not an image, though named and typed as a PNG: refused, and what was typed stays.
    await page.locator('#image-file').setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await page.locator('[id="alt.en"]').fill(alt);
    await upload.click();
    await expect(page.getByText('This file is not a PNG, JPEG or WebP image.')).toBeVisible();
    await expect(page.getByText('Enter the alt text in this language.')).toBeVisible();
    await expect(page.locator('[id="alt.en"]')).toHaveValue(alt);

    await page.locator('#image-file').setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('#image-section').selectOption('existingAccount');
    await page.locator('[id="alt.ja"]').fill('送信サーバーの設定画面');
    await upload.click();
    await expect(page.getByRole('status').filter({ hasText: 'The screenshot was added.' })).toBeVisible();
    await expect(page.locator('[id="alt.en"]')).toHaveValue('');

    const item = page.locator('li[id^="image-"]').filter({ hasText: alt });
    await expect(item).toContainText('送信サーバーの設定画面');
    const src = await item.locator('img').getAttribute('src');
    expect(src).toMatch(/^\/guides\/images\/c[a-z0-9]+$/);
    const response = await page.request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.body()).equals(PNG)).toBe(true);
    for (const id of ['not-a-cuid!', 'c0000000000000000000000000'])
      expect((await page.request.get(`/guides/images/${id}`)).status()).toBe(404);

    await page.goto('/en/guides/thunderbird');
    await expect(page.getByRole('img', { name: alt })).toBeVisible();
    await page.goto('/ja/guides/thunderbird');
    await expect(page.getByRole('img', { name: '送信サーバーの設定画面' }).first()).toBeVisible();

    // Deleting it takes it off the public guide.
    await openEditor(page, 'thunderbird');
    const shortAlt = alt.length > 40 ? `${alt.slice(0, 40)}…` : alt;
    await page.getByRole('button', { name: `Delete screenshot “${shortAlt}”` }).click();
    await expect(page.locator('li[id^="image-"]').filter({ hasText: alt })).toHaveCount(0);
    expect((await page.request.get(src!)).status()).toBe(404);
  });

  test('the guide pages have no axe violations', async ({ page }) => {
    for (const path of ['/en/admin/guides', '/ja/admin/guides/iphone', '/en/admin/guides/legacy-windows']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});

test.describe('authorization inside the guide actions', () => {
  test('a save replayed without a session is refused and changes nothing', async ({ page, playwright }) => {
    await signIn(page, EDITOR);
    await openEditor(page, 'becky');
    const mine = uniqueSlug('mine');
    const summary = page.locator('[id="en.summary"]');
    const original = await summary.inputValue();
    await summary.fill(`${original} ${mine}`);
    const request = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const captured = await request;
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({ timeout: 15_000 });
    await page.reload();
    const current = page.locator('#revisions + ol > li').first();
    const currentText = await current.textContent();
    const version = Number(/Version (\d+)/.exec(currentText ?? '')?.[1]);

    // Same action, based on the version now in force (so it would be saved), with other text and no cookie.
    const theirs = uniqueSlug('replayed');
    const body = captured
      .postData()!
      .replaceAll(mine, theirs)
      .replace(/(name="(?:_?\d+_)?version"\r\n\r\n)\d+/, `$1${version}`);
    expect(body).toContain(theirs);
    expect(body).toMatch(new RegExp(`name="(?:_?\\d+_)?version"\r\n\r\n${version}\r\n`));
    const headers = { ...captured.headers() };
    delete headers.cookie;
    const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    const response = await anonymous.post('/en/admin/guides/becky', { headers, data: body, maxRedirects: 0 });
    expect(response.status()).not.toBe(500);
    expect(
      response.status() === 303 || (response.headers()['x-action-redirect'] ?? '').includes('/admin/login'),
    ).toBe(true);
    await anonymous.dispose();

    await page.reload();
    await expect(page.locator('[id="en.summary"]')).toHaveValue(`${original} ${mine}`);
    await expect(page.locator('#revisions + ol > li').first()).toContainText(`Version ${version}`);
    await page.goto('/en/guides/becky');
    await expect(page.locator('main')).not.toContainText(theirs);

    // Put the text back for the other tests.
    await openEditor(page, 'becky');
    await page.locator('[id="en.summary"]').fill(original);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({ timeout: 15_000 });
  });
});

test('the compatibility matrix shows every mail program getting the registry’s settings, in Japanese', async ({
  page,
}) => {
  await signIn(page, EDITOR, 'ja');
  await page.goto('/ja/admin/guides');
  await page.getByRole('link', { name: '自動設定の互換性：すべての形式を登録情報と照合' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('自動設定の互換性');
  await expect(page.getByTestId('compatibility-summary')).toHaveText(
    '8種類の形式すべてが登録情報と一致しています。',
  );
  const matrix = page.getByTestId('compatibility-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(8);
  await expect(matrix.locator('tr[data-client="outlook-pox"]')).toContainText('登録情報と一致');
  // The answer names the registry's servers (the demo's, on the ports the test servers listen on).
  await expect(matrix.locator('tr[data-client="thunderbird-desktop"]')).toContainText(/imap \S+:\d+ tls/);
  await expectNoAxeViolations(page);
});
