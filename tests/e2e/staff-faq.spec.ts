import { expect, test } from '@playwright/test';
import { ADMIN, EDITOR, fillMarkdown, signIn, uniqueSlug, waitForForm } from './staff-helpers';
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

  test('a question can be unpublished, published again and deleted, and the FAQ and search follow at once', async ({
    page,
    browser,
  }) => {
    const slug = uniqueSlug('faq-gone');
    await page.goto('/en/admin/faq');
    await page.getByRole('link', { name: 'New question in this category' }).first().click();
    await waitForForm(page);
    await page.locator('#slug').fill(slug);
    await page.locator('[id="en.question"]').fill(`Is ${slug} still current?`);
    await fillMarkdown(page, 'en.answer', `Only until ${slug} is retired.`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin\/faq\/[^/?]+\?saved=1$/, { timeout: 15_000 });
    const editUrl = page.url().replace(/\?.*$/, '');

    const onFaq = async () => (await (await page.request.get('/en/faq')).text()).includes(`id="${slug}"`);
    const inSearch = async () =>
      (await (await page.request.get(`/en/search?q=${encodeURIComponent(slug)}`)).text()).includes(
        `Is ${slug} still current?`,
      );
    expect(await onFaq()).toBe(true);

    await page.getByTestId('faq-visibility').getByRole('button', { name: 'Unpublish' }).click();
    await expect(page.getByText('Unpublished: the question is no longer on the FAQ page')).toBeVisible();
    expect(await onFaq()).toBe(false);
    expect(await inSearch()).toBe(false);

    await page.getByTestId('faq-visibility').getByRole('button', { name: 'Publish again' }).click();
    await expect(page.getByText('Published again')).toBeVisible();
    expect(await onFaq()).toBe(true);

    await page.getByRole('link', { name: 'Delete…' }).click();
    await expect(page.getByRole('heading', { name: 'Delete this question?' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete permanently' }).click();
    await expect(page.getByText(`The question “${slug}” is deleted.`)).toBeVisible();
    expect(await onFaq()).toBe(false);
    expect((await page.request.get(editUrl)).status()).toBe(404);
    // The audit log (admins) keeps what the deleted question said.
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, ADMIN);
    await admin.goto('/en/admin/audit?action=faq.delete');
    await expect(admin.getByText(`Is ${slug} still current?`).first()).toBeVisible();
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
