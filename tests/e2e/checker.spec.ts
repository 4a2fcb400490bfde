import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { EDITOR, signIn } from './staff-helpers';

async function fill(
  page: Page,
  settings: { incoming: [string, string, string, string]; outgoing: [string, string, string, string] },
) {
  const [protocol, inServer, inPort, inSecurity] = settings.incoming;
  const [outServer, outPort, outSecurity, outAuth] = settings.outgoing;
  await expect(page.locator('main form button[type="submit"]')).toBeEnabled();
  await page.locator('#client').selectOption('outlook');
  await page.locator('[id="incoming.protocol"]').selectOption(protocol);
  await page.locator('[id="incoming.server"]').fill(inServer);
  await page.locator('[id="incoming.port"]').fill(inPort);
  await page.locator('[id="incoming.security"]').selectOption(inSecurity);
  await page.locator('[id="outgoing.server"]').fill(outServer);
  await page.locator('[id="outgoing.port"]').fill(outPort);
  await page.locator('[id="outgoing.security"]').selectOption(outSecurity);
  await page.locator('[id="outgoing.auth"]').selectOption(outAuth);
}

test.describe('mail settings checker', () => {
  test('the classic broken Outlook setup gets a field-by-field fix (English)', async ({ page }) => {
    await page.goto('/en/check');
    await fill(page, {
      incoming: ['pop3', 'mail.example.test', '110', 'none'],
      outgoing: ['mail.example.test', '25', 'none', 'off'],
    });
    await page.getByRole('button', { name: 'Check my settings' }).click();
    const result = page.getByRole('region', {
      name: /settings need to change|servers did not answer|settings are correct/,
    });
    await expect(page.locator('[data-field="outgoing.port"]')).toContainText(
      'Change Outgoing port from 25 to 587.',
      { timeout: 20_000 },
    );
    await expect(page.locator('[data-field="outgoing.port"]')).toContainText('Port 25 is blocked');
    await expect(page.locator('[data-field="outgoing.auth"]')).toContainText(
      'to On (user name and password)',
    );
    await expect(page.locator('[data-field="incoming.port"]')).toContainText('from 110 to 995');
    await expect(page.locator('[data-field="incoming.security"]')).toContainText('to SSL/TLS');
    await expect(
      page.locator('[data-field="incoming.security"]').getByRole('link', { name: 'About this change' }),
    ).toHaveAttribute('href', '/en/notices/encrypted-login-required-2022');
    await expect(result).toBeVisible();
    await expect(page.getByText(/Report ID: [2-9A-Z]{5}-[2-9A-Z]{5}/)).toBeVisible();
  });

  test('a correct setup has every field green (Japanese), with full-width digits accepted', async ({
    page,
  }) => {
    await page.goto('/ja/check');
    await fill(page, {
      incoming: ['imap', 'mail.example.test', '９９３', 'tls'],
      outgoing: ['mail.example.test', '587', 'starttls', 'on'],
    });
    await page.getByRole('button', { name: '設定をチェックする' }).click();
    await expect(page.locator('[data-field]')).toHaveCount(8, { timeout: 20_000 });
    const statuses = await page
      .locator('[data-field]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect(statuses.every((s) => s === 'ok')).toBe(true);
    await expect(page.locator('[data-field="incoming.port"]')).toContainText('993');
  });

  test('field labels follow the chosen mail program in each language', async ({ page }) => {
    await page.goto('/en/check');
    await expect(page.locator('main form button[type="submit"]')).toBeEnabled();
    await page.locator('#client').selectOption('outlook');
    await expect(page.getByLabel('Outgoing mail server (SMTP)')).toBeVisible();
    await expect(page.getByLabel('Incoming server (POP3)')).toBeVisible();
    await page.locator('[id="incoming.protocol"]').selectOption('imap');
    await expect(page.getByLabel('Incoming server (IMAP)')).toBeVisible();
    await expect(page.getByTestId('program-where')).toContainText('File › Account Settings');

    await page.goto('/ja/check');
    await expect(page.locator('main form button[type="submit"]')).toBeEnabled();
    await page.locator('#client').selectOption('thunderbird');
    await expect(page.getByLabel('接続の保護', { exact: true })).toBeVisible();
    await expect(page.getByLabel('認証方式（送信 (SMTP) サーバー）')).toBeVisible();
    await page.locator('#client').selectOption('other');
    await expect(page.getByTestId('program-where')).toHaveCount(0);
    await expect(page.getByLabel('暗号化').first()).toBeVisible();
  });

  test('tampered input is refused by the API with 400 and nothing else', async ({ request }) => {
    const response = await request.post('/api/check', {
      data: { outgoing: { server: 'x', port: 99999, security: 'none', auth: 'on' }, host: 'evil' },
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-request' });
    const notJson = await request.post('/api/check', {
      headers: { 'content-type': 'application/json' },
      data: '{"oops',
    });
    expect(notJson.status()).toBe(400);
  });

  test('the checker page has no axe violations', async ({ page }) => {
    await page.goto('/ja/check');
    await expectNoAxeViolations(page);
  });
});

test.describe('live probe against the demo mail servers', () => {
  test('a correct setup with the right password is all green, with the login accepted', async ({ page }) => {
    await page.goto('/en/check');
    await fill(page, {
      incoming: ['imap', 'mail.example.test', '993', 'tls'],
      outgoing: ['mail.example.test', '465', 'tls', 'on'],
    });
    await page.locator('#email').fill('demo@example.test');
    await page.locator('#password').fill('demo-mail-password');
    await page.getByRole('button', { name: 'Check my settings' }).click();
    await expect(
      page.getByRole('heading', { name: 'Your settings are correct, and our servers answered as expected.' }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-endpoint="imaps"]')).toContainText(
      'Login test: your password was accepted.',
    );
    await expect(page.locator('[data-endpoint="submissions"]')).toHaveAttribute('data-status', 'ok');
    await expect(page.locator('#password')).toHaveValue('');
  });

  test('a wrong password is reported without revealing anything more (Japanese)', async ({ page }) => {
    await page.goto('/ja/check');
    await fill(page, {
      incoming: ['pop3', 'mail.example.test', '995', 'tls'],
      outgoing: ['mail.example.test', '587', 'starttls', 'on'],
    });
    await page.locator('#email').fill('demo@example.test');
    await page.locator('#password').fill('wrong-password-123');
    await page.getByRole('button', { name: '設定をチェックする' }).click();
    const pop3s = page.locator('[data-endpoint="pop3s"]');
    await expect(pop3s).toContainText(
      'ログインの確認：ユーザー名またはパスワードが受け付けられませんでした。',
      { timeout: 20_000 },
    );
    await pop3s.getByText('技術的な詳細').click();
    await expect(pop3s.locator('pre')).toContainText('PASS ***');
    await expect(page.locator('main')).not.toContainText('wrong-password-123');
  });
});

test('support staff open a customer’s report by its ID, address masked', async ({ page, request }) => {
  const response = await request.post('/api/check', {
    data: {
      email: 'hanako@example.test',
      client: 'thunderbird',
      outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
    },
  });
  expect(response.status()).toBe(200);
  const { reportId } = (await response.json()) as { reportId: string };

  await signIn(page, EDITOR);
  await page.goto(`/en/admin/reports?id=${reportId.replace('-', '').toLowerCase()}`);
  const report = page.getByRole('article', { name: reportId });
  await expect(report).toContainText('Customer: h***@example.test');
  await expect(report).toContainText('Mail program: Thunderbird');
  await expect(report).not.toContainText('hanako@');
});
