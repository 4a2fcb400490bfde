import { expect, test } from '@playwright/test';
import { EDITOR, fillMarkdown, signIn, uniqueSlug, waitForForm } from './staff-helpers';
import { expectNoAxeViolations } from './helpers';

test.describe('editing the FAQ', () => {
  test.beforeEach(async ({ page }) => signIn(page, EDITOR));

  test('a new bilingual question appears on the public FAQ with its anchor', async ({ page }) => {
    const slug = uniqueSlug('faq-e2e');
    await page.goto('/en/admin/faq');
    await page.getByRole('link', { name: 'New question in this category' }).first().click();
    await waitForForm(page);
    await page.locator('#slug').fill(slug);
    await page.locator('[id="en.question"]').fill(`Can I test ${slug}?`);
    await fillMarkdown(page, 'en.answer', 'Yes, with **SMTP AUTH**.');
    await page.locator('[id="ja.question"]').fill(`${slug} は試せますか？`);
    await fillMarkdown(page, 'ja.answer', 'はい、**SMTP認証**で試せます。');
    await expect(page.getByRole('region', { name: 'Preview (English)' }).locator('strong')).toHaveText(
      'SMTP AUTH',
    );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin\/faq\/[^/?]+\?saved=1$/, { timeout: 15_000 });

    await page.goto(`/ja/faq#${slug}`);
    await expect(page.locator(`[id="${slug}"]`)).toBeVisible();
    await expect(page.locator(`[id="${slug}"] strong`)).toHaveText('SMTP認証');
  });

  test('questions are reordered with keyboard-accessible move buttons, and the public FAQ follows', async ({
    page,
  }) => {
    await page.goto('/en/admin/faq');
    const firstSection = page.locator('section[id^="category-"]').first();
    const questions = firstSection.locator('ol > li');
    const firstTitle = (await questions.nth(0).getByRole('link').textContent())!.trim();
    const secondTitle = (await questions.nth(1).getByRole('link').textContent())!.trim();

    const down = page.getByRole('button', { name: `Move “${firstTitle}” down` });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(firstSection.locator('ol > li').nth(0).getByRole('link')).toHaveText(secondTitle);
    await expect(firstSection.locator('ol > li').nth(1).getByRole('link')).toHaveText(firstTitle);

    await page.goto('/en/faq');
    const publicQuestions = page.locator('section').first().locator('summary');
    await expect(publicQuestions.nth(0)).toContainText(secondTitle);
    await expect(publicQuestions.nth(1)).toContainText(firstTitle);

    // Put it back for the other tests.
    await page.goto('/en/admin/faq');
    await page.getByRole('button', { name: `Move “${firstTitle}” up` }).click();
    await expect(firstSection.locator('ol > li').nth(0).getByRole('link')).toHaveText(firstTitle);
  });

  test('staff pages have no axe violations', async ({ page }) => {
    for (const path of ['/en/admin', '/ja/admin/notices', '/en/admin/notices/new', '/ja/admin/faq']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});

test('the sign-in page has no axe violations', async ({ page }) => {
  await page.goto('/ja/admin/login');
  await expectNoAxeViolations(page);
});
