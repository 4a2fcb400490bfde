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
    await expect(result.getByTestId('other-changes')).toContainText('need changing for other reasons');
    await expect(result.getByRole('link', { name: 'Setup guide for Outlook' })).toHaveAttribute(
      'href',
      '/en/guides/outlook',
    );
    await expectNoAxeViolations(page);
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
