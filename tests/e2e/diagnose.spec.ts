import { expect, test, type Browser } from '@playwright/test';
import { SCREENSHOT_CASES } from '../support/diagnose-screenshots';
import { expectNoAxeViolations } from './helpers';
import { EDITOR, signIn } from './staff-helpers';

/** A screenshot of one of the error dialogs, rendered now by this Chromium (the OCR reads it back). */
async function screenshot(browser: Browser, name: string): Promise<Buffer> {
  const { html } = SCREENSHOT_CASES.find((c) => c.name === name)!;
  const context = await browser.newContext({ viewport: { width: 760, height: 480 } });
  const page = await context.newPage();
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const png = await page.locator('body > div').first().screenshot({ type: 'png' });
  await context.close();
  return png;
}

const OUTLOOK_PORT_25 =
  "The connection to the server has failed. Account: 'mail.example.test', Server: 'mail.example.test', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E";

const BOUNCE_JA = `件名: Undelivered Mail Returned to Sender
宛先不明のため配信できませんでした。
<hanakko@other.test>: host mx.other.test[192.0.2.25] said: 550 5.1.1 User unknown`;

test.describe('paste the error, get the answer', () => {
  test('English: an Outlook port 25 dialog → the cause, the policy, Outlook’s steps → the pre-filled checker', async ({
    page,
  }) => {
    // The home page's "mail stopped working" entry leads here too.
    await page.goto('/en');
    await page.getByTestId('diagnose-link').click();
    await expect(page).toHaveURL(/\/en\/diagnose$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paste the error, get the answer');
    await page.getByLabel('The error message or returned mail').fill(OUTLOOK_PORT_25);
    await page.getByRole('button', { name: 'Find the cause' }).click();
    const heading = page.locator('#diagnose-result');
    await expect(heading).toHaveText('What the message means');
    await expect(heading).toBeFocused();
    const first = page.locator('article').first();
    await expect(first).toHaveAttribute('data-code', 'PORT_25_BLOCKED');
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Sending on port 25 is blocked');
    await expect(first).toContainText('Since January 1, 2005');
    await expect(first.getByTestId('program-steps')).toContainText('587');
    const facts = page.getByTestId('diagnose-facts');
    await expect(facts).toContainText('Outlook');
    await expect(facts).toContainText('25');
    await expectNoAxeViolations(page);

    await first.getByRole('link', { name: 'Check my settings (filled in from the message)' }).click();
    await expect(page).toHaveURL(
      /\/en\/check\?client=outlook&outServer=mail\.example\.test&outPort=25&outSecurity=none/,
    );
    await expect
      .poll(() => page.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
      .toContain('25');
    // The checker links back.
    await expect(page.getByRole('link', { name: 'Paste the error, get the answer' })).toHaveAttribute(
      'href',
      '/en/diagnose',
    );
  });

  test('Japanese: a returned mail → the other side, no settings to change; an iPhone alert → its guide', async ({
    page,
  }) => {
    await page.goto('/ja/diagnose');
    const box = page.getByLabel('エラーメッセージまたは戻ってきたメールの内容');
    await box.fill(BOUNCE_JA);
    await page.getByRole('button', { name: '原因を調べる' }).click();
    const first = page.locator('article').first();
    await expect(first).toHaveAttribute('data-code', 'RECIPIENT_UNKNOWN');
    await expect(first).toContainText('お客さまの設定を変更しても解決しません。');
    await expect(first.locator('a[data-kind="checker"]')).toHaveCount(0);
    await expect(page.getByTestId('diagnose-result')).not.toContainText('hanakko');
    await expectNoAxeViolations(page);

    await box.fill(
      'メールを取得できません “mail.example.test”のユーザ名またはパスワードが正しくありません。',
    );
    await page.getByRole('button', { name: '原因を調べる' }).click();
    await expect(page.locator('article').first()).toHaveAttribute('data-code', 'WRONG_PASSWORD');
    await page.locator('article').first().getByRole('link', { name: 'iPhone / iPadの設定ガイド' }).click();
    await expect(page).toHaveURL(/\/ja\/guides\/iphone$/);
  });

  test('nothing recognised: says so and offers the checker', async ({ page }) => {
    await page.goto('/ja/diagnose');
    await page.getByLabel('エラーメッセージまたは戻ってきたメールの内容').fill('今日はいい天気ですね。');
    await page.getByRole('button', { name: '原因を調べる' }).click();
    const only = page.locator('article');
    await expect(only).toHaveCount(1);
    await expect(only).toHaveAttribute('data-code', 'UNKNOWN');
    await expect(only.getByRole('link', { name: 'メール設定をチェックする' })).toHaveAttribute(
      'href',
      '/ja/check',
    );
  });

  test('English: a screenshot of the dialog → read, answered, the text editable and asked again', async ({
    page,
    browser,
  }) => {
    const png = await screenshot(browser, 'outlook-port25-en');
    await page.goto('/en/diagnose');
    await page
      .getByLabel('Or a screenshot of the error')
      .setInputFiles({ name: 'outlook.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Read the screenshot' }).click();
    const first = page.locator('article').first();
    await expect(first).toHaveAttribute('data-code', 'PORT_25_BLOCKED', { timeout: 20_000 });
    await expect(page.locator('#diagnose-result')).toBeFocused();
    const box = page.getByLabel('The error message or returned mail');
    await expect(box).toHaveValue(/0x800CCC0E/);
    await expect(box).toHaveValue(/Port: 25/);
    await expect(page.getByTestId('extracted-note')).toContainText('The text read from your screenshot');
    await expectNoAxeViolations(page);

    // The customer corrects the text (here: the port their program really uses) and asks again.
    const read = await box.inputValue();
    await box.fill(read.replace('Port: 25', 'Port: 465'));
    await page.getByRole('button', { name: 'Find the cause' }).click();
    await expect(page.locator('article').first()).toHaveAttribute('data-code', 'ENCRYPTION_MISMATCH');
    await expect(page.getByTestId('extracted-note')).toHaveCount(0);
  });

  test('Japanese: a screenshot of a returned mail → the other side; a file that is not an image → said so', async ({
    page,
    browser,
  }) => {
    const png = await screenshot(browser, 'bounce-550-ja');
    await page.goto('/ja/diagnose');
    const upload = page.getByLabel('またはエラー画面のスクリーンショット');
    await expect(upload).toHaveAttribute('accept', 'image/*');
    await upload.setInputFiles({ name: 'bounce.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: '画像から読み取る' }).click();
    const first = page.locator('article').first();
    await expect(first).toHaveAttribute('data-code', 'RECIPIENT_UNKNOWN', { timeout: 20_000 });
    await expect(first).toContainText('お客さまの設定を変更しても解決しません。');
    await expect(page.getByLabel('エラーメッセージまたは戻ってきたメールの内容')).toHaveValue(
      /配信できませんでした/,
    );

    await upload.setInputFiles({
      name: 'error.png',
      mimeType: 'image/png',
      buffer: Buffer.from('Error Number: 0x800CCC0E'),
    });
    await page.getByRole('button', { name: '画像から読み取る' }).click();
    await expect(page.locator('p[role="alert"]')).toHaveText(
      'このファイルは読み取れる画像ではありません。PNG・JPEG・WebP形式のスクリーンショットを選択してください。',
    );
    await expect(page.locator('article')).toHaveCount(0);
  });

  test('staff see the errors customers brought, by cause, with the unrecognised share', async ({
    page,
    browser,
  }) => {
    // One answer of each kind from this test, so the panel has something to show whatever ran before.
    await page.goto('/en/diagnose');
    await page.getByLabel('The error message or returned mail').fill('550 5.1.1 User unknown');
    await page.getByRole('button', { name: 'Find the cause' }).click();
    await expect(page.locator('article').first()).toHaveAttribute('data-code', 'RECIPIENT_UNKNOWN');
    await page.getByLabel('The error message or returned mail').fill('What a lovely day.');
    await page.getByRole('button', { name: 'Find the cause' }).click();
    await expect(page.locator('article').first()).toHaveAttribute('data-code', 'UNKNOWN');

    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, EDITOR);
    // Answers are written at most a second after they are given.
    await expect(async () => {
      await staff.goto('/ja/admin/insights');
      await expect(staff.getByTestId('diagnosis-codes').locator('tr[data-code="UNKNOWN"]')).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    await expect(staff.getByRole('heading', { name: 'お客さまが調べたエラーメッセージ' })).toBeVisible();
    await expect(
      staff.getByTestId('diagnosis-codes').locator('tr[data-code="RECIPIENT_UNKNOWN"]'),
    ).toContainText('宛先のメールアドレスが存在しません');
    await expect(staff.getByTestId('diagnosis-unknown')).toContainText(
      '原因を特定できなかった回答（UNKNOWN）',
    );
    await expectNoAxeViolations(staff);
  });
});
