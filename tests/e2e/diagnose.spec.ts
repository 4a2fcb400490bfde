import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const OUTLOOK_PORT_25 =
  "The connection to the server has failed. Account: 'mail.example.test', Server: 'mail.example.test', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E";

const BOUNCE_JA = `件名: Undelivered Mail Returned to Sender
宛先不明のため配信できませんでした。
<hanakko@other.test>: host mx.other.test[192.0.2.25] said: 550 5.1.1 User unknown`;

test.describe('paste the error, get the answer', () => {
  test('English: an Outlook port 25 dialog → the cause, the policy, Outlook’s steps → the pre-filled checker', async ({
    page,
  }) => {
    await page.goto('/en/diagnose');
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
});
