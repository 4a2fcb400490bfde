import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { EDITOR, signIn } from './staff-helpers';
import { fillChecker } from './checker-helpers';

/** The Outlook customer's settings, in our terms, copied into Outlook's own controls. */
async function fill(
  page: Page,
  settings: { incoming: [string, string, string, string]; outgoing: [string, string, string, string] },
) {
  const [protocol, server, port, security] = settings.incoming;
  const [outServer, outPort, outSecurity, auth] = settings.outgoing;
  await fillChecker(page, {
    client: 'outlook',
    incoming: { protocol: protocol as 'pop3' | 'imap', server, port, security: security as 'none' },
    outgoing: { server: outServer, port: outPort, security: outSecurity as 'none', auth },
  });
}

/** Every sentence of the visible answer appears once (no reason or outcome said twice). */
async function expectNoSentenceTwice(page: Page) {
  // The drawings repeat the labels of the screens they show, on purpose: only the words are compared.
  const text = await page.locator('section[aria-labelledby="check-result"]').evaluate((section) => {
    const figures = [...section.querySelectorAll('figure')] as HTMLElement[];
    for (const figure of figures) figure.style.display = 'none';
    const words = (section as HTMLElement).innerText;
    for (const figure of figures) figure.style.display = '';
    return words;
  });
  const sentences = text
    .split(/(?<=。)|(?<=\.)(?=\s|$)|\n/)
    .map((s) => s.replace(/^[✓✗⚠–]\s*/, '').trim())
    .filter((s) => s.length > 8);
  expect(sentences.length).toBeGreaterThan(3);
  expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
}

test.describe('mail settings checker', () => {
  test('110 without SSL and 25 without AUTH: refused and blocked, one ordered list to work through (English)', async ({
    page,
  }) => {
    await page.goto('/en/check');
    await fill(page, {
      incoming: ['pop3', 'mail.example.test', '110', 'none'],
      outgoing: ['mail.example.test', '25', 'none', 'off'],
    });
    await page.getByRole('button', { name: 'Check my settings' }).click();
    const heading = page.locator('#check-result');
    await expect(heading).toHaveText(
      'Your program will not work as it is set up. Change the settings below, in the order shown.',
      { timeout: 20_000 },
    );
    // The answer takes the focus, so a screen reader starts reading at the headline.
    await expect(heading).toBeFocused();
    // One list, in Outlook's own words and in the order of its dialogs and tabs: the encryption is
    // chosen before the port it rewrites.
    const steps = page.getByTestId('program-steps');
    await expect(steps.locator('h4')).toHaveText([
      'Internet E-mail Settings – Outgoing Server',
      'Internet E-mail Settings – Advanced',
    ]);
    await expect(steps.locator('li p.font-semibold')).toHaveText([
      'Tick “My outgoing server (SMTP) requires authentication”.',
      'Select “Use same settings as my incoming mail server”.',
      'Tick “This server requires an encrypted connection (SSL/TLS)”.',
      'In “Incoming server (POP3)”, type “995”.',
      'In “Use the following type of encrypted connection”, choose “STARTTLS”.',
      'In “Outgoing server (SMTP)”, type “587”.',
    ]);
    await expect(steps.locator('li[data-control="outgoing-port"]')).toContainText('Now: 25');
    await expect(
      page.getByTestId('change-reasons').getByRole('link', {
        name: 'About the end of sign-in without encryption',
      }),
    ).toHaveAttribute('href', '/en/notices/encrypted-login-required-2022');
    // What their program meets: never "works" for 110 or 25.
    await expect(page.locator('[data-role~="incoming"][data-outcome="refused"]')).toContainText(
      'Your program will be refused: our server does not accept a password sent without encryption.',
    );
    // The port-25 policy is stated once, from the registry: in the reasons, not again on the line.
    await expect(page.locator('[data-role~="outgoing"][data-outcome="blocked"]')).toContainText(
      'This will not work.',
    );
    await expect(page.getByTestId('change-reasons')).toContainText(
      'Since January 1, 2005, we have blocked connections from our internet services to port 25 of mail servers outside our network.',
    );
    // Both recommended settings work; one item says so for both.
    await expect(page.getByTestId('recommended').locator('li')).toHaveCount(1);
    await expect(page.getByTestId('recommended').locator('li')).toHaveAttribute('data-outcome', 'works');
    await expect(page.getByTestId('recommended').locator('li')).toHaveAttribute(
      'data-role',
      'incoming outgoing',
    );
    await expect(page.locator('main')).not.toContainText('Working');
    await expect(page.getByText(/Report ID: [2-9A-Z]{5}-[2-9A-Z]{5}/)).toBeVisible();
    await expectNoSentenceTwice(page);
  });

  test('the same setup in Japanese: the program’s labels, port 25 blocked since its date, nothing “正常” for it', async ({
    page,
  }) => {
    await page.goto('/ja/check');
    await fill(page, {
      incoming: ['pop3', 'mail.example.test', '110', 'none'],
      outgoing: ['mail.example.test', '25', 'none', 'off'],
    });
    await page.getByRole('button', { name: '設定をチェックする' }).click();
    await expect(page.locator('#check-result')).toHaveText(
      'このままの設定ではメールの送受信ができません。下記の項目を、上から順に変更してください。',
      { timeout: 20_000 },
    );
    await expect(page.locator('li[data-control="incoming-port-pop3"]')).toContainText(
      '「受信サーバー (POP3)」に「995」と入力します。',
    );
    await expect(page.locator('li[data-control="incoming-port-pop3"]')).toContainText('現在：110');
    await expect(page.getByRole('heading', { name: 'Outlookで変更する項目' })).toBeVisible();
    await expect(page.locator('[data-role~="outgoing"]').first()).toContainText('利用できません。');
    await expect(page.getByTestId('change-reasons')).toContainText(
      '2005年1月1日から、当社の接続サービスから当社以外のメールサーバーのポート25への接続を制限しています。',
    );
    await expect(page.locator('[data-role~="incoming"]').first()).toContainText(
      'メールソフトからの接続は拒否されます。',
    );
    const yours = page.getByRole('region', { name: '入力された設定で接続した場合' });
    await expect(yours).not.toContainText('正常に利用できます');
    await expectNoSentenceTwice(page);
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
    await expect(page.locator('#check-result')).toHaveText(
      '設定は正しく、当社のサーバーも正常に応答しました。',
      {
        timeout: 20_000,
      },
    );
    await expect(page.locator('[data-field]')).toHaveCount(8);
    const statuses = await page
      .locator('[data-field]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect(statuses.every((s) => s === 'ok')).toBe(true);
    await expect(page.locator('[data-field="incoming.port"]')).toContainText('993');
    // The demo's 587 offers AUTH before STARTTLS: a staff finding, not a warning for this customer.
    await expect(page.locator('main')).not.toContainText('暗号化の前にログイン');
    await expect(page.getByTestId('recommended')).toHaveCount(0);
  });

  test('the form asks Outlook’s and the iPhone’s own questions, with their own controls and words', async ({
    page,
  }) => {
    await page.goto('/ja/check');
    await expect(page.getByTestId('checker-form').locator('button[type="submit"]')).toBeEnabled();
    await page.locator('#client').selectOption('outlook');
    await expect(page.getByLabel('受信サーバー (POP3)', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'このサーバーでは暗号化された接続 (SSL/TLS) が必要' }),
    ).toBeVisible();
    await expect(
      page.getByRole('radio', { name: 'メールを送信する前に受信メール サーバーにログオンする' }),
    ).toBeVisible();
    await expect(page.getByLabel('使用する暗号化接続の種類')).toHaveCount(1);
    // What was typed stays when the program changes: the iPhone's switch shows Outlook's STARTTLS as on.
    await page.getByLabel('送信サーバー (SMTP)', { exact: true }).fill('587');
    await page.getByLabel('使用する暗号化接続の種類').selectOption({ label: 'STARTTLS' });
    await page.locator('#client').selectOption('iphone');
    await expect(page.getByTestId('program-fields')).toHaveAttribute('data-program', 'iphone');
    await expect(page.locator('[id="pc-outgoing-port"]')).toHaveValue('587');
    await expect(page.getByRole('switch', { name: 'SSLを使用' })).toHaveCount(2);
    await expect(page.locator('[id="pc-outgoing-ssl"]')).toBeChecked();
    await expect(page.locator('[id="pc-incoming-ssl"]')).not.toBeChecked();
  });

  test('field labels follow the chosen mail program in each language', async ({ page }) => {
    await page.goto('/en/check');
    await expect(page.getByTestId('checker-form').locator('button[type="submit"]')).toBeEnabled();
    await page.locator('#client').selectOption('outlook');
    await expect(page.getByLabel('Outgoing mail server (SMTP)')).toBeVisible();
    await expect(page.getByLabel('Incoming server (POP3)')).toBeVisible();
    await page.locator('[id="incoming.protocol"]').selectOption('imap');
    await expect(page.getByLabel('Incoming server (IMAP)')).toBeVisible();
    await expect(page.getByTestId('program-fields')).toContainText('File → Account Settings');

    await page.goto('/ja/check');
    await expect(page.getByTestId('checker-form').locator('button[type="submit"]')).toBeEnabled();
    await page.locator('#client').selectOption('other');
    await expect(page.getByTestId('program-fields')).toHaveCount(0);
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
    await expect(page.locator('[data-role~="incoming"]')).toHaveText(
      /Works, and your password was accepted\./,
    );
    // 465 is used as the registry describes it: 587 is not tested on top, and nothing warns.
    await expect(page.locator('[data-endpoint]')).toHaveCount(2);
    await expect(page.locator('[data-endpoint="submissions"]')).toHaveAttribute('data-status', 'ok');
    await expect(page.locator('#password')).toHaveValue('');
  });

  test('a wrong password is the headline, says what to do, and no sentence twice (Japanese)', async ({
    page,
  }) => {
    await page.goto('/ja/check');
    await fill(page, {
      incoming: ['pop3', 'mail.example.test', '995', 'tls'],
      outgoing: ['mail.example.test', '587', 'starttls', 'on'],
    });
    await page.locator('#email').fill('demo@example.test');
    await page.locator('#password').fill('wrong-password-123');
    await page.getByRole('button', { name: '設定をチェックする' }).click();
    const heading = page.locator('#check-result');
    await expect(heading).toHaveText('メールパスワードが受け付けられませんでした。', { timeout: 20_000 });
    await expect(heading).toBeFocused();
    const help = page.getByTestId('login-failed-help');
    await expect(help).toContainText('登録内容のお知らせ（書面）に記載のメールパスワード');
    await expect(help.getByRole('link', { name: 'メールパスワードを再設定する' })).toHaveAttribute(
      'href',
      'https://members.example.test/mail-password',
    );
    await expect(page.getByTestId('changes')).toHaveCount(0);
    // What the servers saw of the mailbox is shown only after the right password (docs/mail-events.md).
    await expect(page.getByTestId('mail-record')).toHaveCount(0);
    await expectNoSentenceTwice(page);
    await page.getByText('接続テストの技術的な詳細').click();
    await expect(page.locator('[data-endpoint="pop3s"] pre')).toContainText('PASS ***');
    // The transcripts scroll: each can be reached and scrolled from the keyboard.
    await expectNoAxeViolations(page);
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
  // The demo's 587 offers AUTH before STARTTLS: staff see it here, the customer was not warned.
  await expect(report.getByTestId('hygiene')).toContainText('submission: AUTH_BEFORE_TLS');
});

test('correct settings, the right password and the send test: the success headline, no list, the send test passed (Japanese)', async ({
  page,
}) => {
  await page.goto('/ja/check');
  await fillChecker(page, {
    client: 'thunderbird',
    incoming: { protocol: 'imap', server: 'mail.example.test', port: '993', security: 'tls' },
    outgoing: { server: 'mail.example.test', port: '587', security: 'starttls', auth: 'on' },
  });
  await page.locator('#email').fill('demo@example.test');
  await page.locator('#password').fill('demo-mail-password');
  await page.locator('#sendTest').check();
  await page.getByRole('button', { name: '設定をチェックする' }).click();
  const heading = page.locator('#check-result');
  await expect(heading).toHaveText('設定は正しく、当社のサーバーも正常に応答しました。', { timeout: 20_000 });
  await expect(heading).toHaveAttribute('data-verdict', 'ok');
  // No "change the items below", and no list under it.
  await expect(page.locator('#changes-heading')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="check-result"]')).not.toContainText('変更してください');
  const outgoing = page.locator('[data-role~="outgoing"]');
  await expect(outgoing).toHaveAttribute('data-outcome', 'works');
  await expect(outgoing).toContainText('送信テストでも問題はありませんでした');
  await expect(outgoing).not.toContainText('メールアドレス');
});
