import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('"am I affected?" on policy notices', () => {
  test('old settings are affected and told what to change (English)', async ({ page }) => {
    await page.goto('/en/notices/encrypted-login-required-2022');
    const form = page.getByTestId('policy-impact');
    await expect(form.getByRole('heading', { name: 'Am I affected?' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Check' })).toBeEnabled();
    // Pre-filled with the old settings: POP3 on 110 without encryption, sending on 25 without auth.
    await form.getByRole('button', { name: 'Check' }).click();
    const result = form.locator('[data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'affected');
    await expect(result).toContainText('Change Incoming encryption from None to SSL/TLS.');
    await expect(result.getByTestId('policy-statement')).toHaveText(
      'Since August 1, 2022, our mail servers accept sign-ins for sending and receiving mail only over connections encrypted with SSL/TLS.',
    );
    // The other settings are named, not only counted.
    await expect(result.getByTestId('other-changes')).toContainText(
      'need changing for other reasons: Outgoing port and SMTP authentication.',
    );
    await expect(result.getByRole('link', { name: 'Setup guide for Outlook' })).toHaveAttribute(
      'href',
      '/en/guides/outlook',
    );
    await expectNoAxeViolations(page);
  });

  test('POP before SMTP stops sending only; the registry’s statement and the other settings by name (Japanese)', async ({
    page,
  }) => {
    await page.goto('/ja/notices/smtp-auth-replaces-pop-before-smtp');
    const form = page.getByTestId('policy-impact');
    await expect(form.getByRole('button', { name: '確認する' })).toBeEnabled();
    await form.getByLabel('SMTP認証').selectOption('pop-before-smtp');
    await form.getByRole('button', { name: '確認する' }).click();
    const result = form.locator('[data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'affected');
    await expect(result).toContainText('2015年7月14日以降メールを送信できなくなっています。');
    await expect(result).not.toContainText('メールが使えなくなっています');
    await expect(result.getByTestId('policy-statement')).toHaveText(
      '2015年7月14日から、POP before SMTPによる送信は受け付けておらず、当社のメールサーバーのポート25ではお客さまのメールを中継していません。メールの送信には、当社のメールサーバーのポート587（SMTP認証）をご利用ください。',
    );
    await expect(result.getByTestId('other-changes')).toContainText(
      'ほかの理由で、さらに次の2項目の変更が必要です：送信ポート、送信の暗号化。',
    );
  });

  test('modern settings are not affected (Japanese)', async ({ page }) => {
    await page.goto('/ja/notices/smtp-auth-replaces-pop-before-smtp');
    const form = page.getByTestId('policy-impact');
    await expect(form.getByRole('button', { name: '確認する' })).toBeEnabled();
    await form.getByLabel('送信ポート').fill('５８７');
    await form.getByLabel('送信の暗号化').selectOption('starttls');
    await form.getByLabel('SMTP認証').selectOption('on');
    await form.getByRole('button', { name: '確認する' }).click();
    await expect(form.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-affected');
    await expect(form.locator('[data-verdict]')).toContainText('影響はありません');
  });

  test('a notice without a policy has no form, and the API refuses tampered input', async ({
    page,
    request,
  }) => {
    await page.goto('/en/notices/mail-maintenance-2026-12');
    await expect(page.getByTestId('policy-impact')).toHaveCount(0);
    const bad = await request.post('/api/check/impact', { data: { policy: 'no-such', settings: {} } });
    expect(bad.status()).toBe(400);
  });
});
