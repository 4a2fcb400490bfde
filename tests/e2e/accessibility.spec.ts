import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const pages = [
  '/',
  '/notices',
  '/notices?category=spam-abuse',
  '/notices/smtp-auth-replaces-pop-before-smtp',
  '/notices/year-end-support-hours-2026',
  '/notices/archive',
  '/notices/archive/2015',
  '/faq',
  '/search?q=SMTP',
  '/no-such-page',
];

for (const locale of ['en', 'ja'] as const) {
  test.describe(`accessibility (${locale})`, () => {
    for (const path of pages) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(`/${locale}${path === '/' ? '' : path}`);
        await expect(page.locator('main')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    test('pages fit a 360 px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      for (const path of [
        '',
        '/notices',
        '/notices/encrypted-login-required-2022',
        '/faq',
        '/search?q=SMTP',
      ]) {
        await page.goto(`/${locale}${path}`);
        await expectNoHorizontalScroll(page);
      }
    });

    test('the skip link moves focus to the main content', async ({ page }) => {
      await page.goto(`/${locale}/faq`);
      await page.keyboard.press('Tab');
      const skip = page.locator('a[href="#main"]');
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });
  });
}
