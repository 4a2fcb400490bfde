import { expect, test } from '@playwright/test';

test.describe('FAQ', () => {
  test('groups questions by category; a question opens and closes', async ({ page }) => {
    await page.goto('/en/faq');
    await expect(page.getByRole('heading', { level: 1, name: 'Frequently asked questions' })).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'Categories' });
    await expect(contents.getByRole('link')).toHaveCount(5);

    const details = page.locator('details').filter({ has: page.locator('#what-is-smtp-auth') });
    await expect(details).not.toHaveAttribute('open', '');
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
    await expect(page.locator('#what-is-smtp-auth')).toBeVisible();
  });

  test('a deep link opens its question', async ({ page }) => {
    await page.goto('/ja/faq#port-465-or-587');
    const answer = page.locator('#port-465-or-587');
    await expect(answer).toBeVisible();
    await expect(answer).toContainText('587');
  });

  test('questions open without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/faq');
    const details = page.locator('details').filter({ has: page.locator('#port-25-blocked') });
    await details.locator('summary').click();
    await expect(page.locator('#port-25-blocked')).toBeVisible();
    await context.close();
  });

  test('historical questions are marked as such', async ({ page }) => {
    await page.goto('/en/faq#pbs-what-is-it');
    const answer = page.locator('#pbs-what-is-it');
    await expect(answer).toContainText('This answer describes a service that has ended.');
    await expect(page.locator('details').filter({ has: answer }).locator('summary')).toContainText(
      'Historical',
    );
  });
});
