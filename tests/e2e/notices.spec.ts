import { expect, test } from '@playwright/test';

test.describe('notices index', () => {
  test('lists current notices newest first and filters by category', async ({ page }) => {
    await page.goto('/en/notices');
    await expect(page.getByRole('heading', { level: 1, name: 'Notices' })).toBeVisible();
    const titles = page.locator('main ul.space-y-3 > li h2');
    await expect(titles.first()).toContainText('Mail server maintenance');
    // The back number from 2003 is not among current notices.
    await expect(page.getByText('Introduction of POP before SMTP')).toHaveCount(0);

    const filter = page.getByRole('navigation', { name: 'Category' });
    await filter.getByRole('link', { name: 'Security' }).click();
    await expect(page).toHaveURL(/\/en\/notices\?category=security$/);
    await expect(filter.getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'page');
    const badges = page.locator('main ul.space-y-3 > li');
    const count = await badges.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(badges.nth(i)).toContainText('Security');
  });

  test('malformed or unknown query values get the localized 404, never a 500', async ({ page }) => {
    for (const query of ['?page=abc', '?page=0', '?page=99', '?category=nope', '?page=1&page=2']) {
      const response = await page.goto(`/ja/notices${query}`);
      expect([query, response?.status()]).toEqual([query, 404]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    }
  });
});

test.describe('a notice page', () => {
  test('shows category, dates, the update history newest first, body, breadcrumbs and related notices', async ({
    page,
  }) => {
    await page.goto('/en/notices/smtp-auth-replaces-pop-before-smtp');
    await expect(page).toHaveTitle(/Change of outgoing mail authentication/);
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Notices' }),
    ).toHaveAttribute('href', '/en/notices');
    await expect(page.getByText('Published April 14, 2015')).toBeVisible();
    await expect(page.getByText('Updated September 28, 2021').first()).toBeVisible();

    const history = page.getByRole('region', { name: 'Update history' });
    await expect(history.locator('time')).toHaveText([
      'September 28, 2021',
      'July 14, 2015',
      'April 14, 2015',
    ]);
    await expect(history.locator('time').first()).toHaveAttribute('datetime', '2021-09-28');

    await expect(page.locator('article .prose h2').first()).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Related notices' }).getByRole('link').first(),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Back to all notices' }).click();
    await expect(page).toHaveURL(/\/en\/notices$/);
  });

  test('Japanese dates carry the era', async ({ page }) => {
    await page.goto('/ja/notices/smtp-auth-replaces-pop-before-smtp');
    const history = page.getByRole('region', { name: '更新履歴' });
    await expect(history.locator('time').first()).toHaveText('2021年9月28日（令和3年）');
    await expect(history.locator('time').nth(1)).toHaveText('2015年7月14日（平成27年）');
  });

  test('a notice without an English translation is shown in Japanese with a note', async ({ page }) => {
    const response = await page.goto('/en/notices/year-end-support-hours-2026');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('This notice is available in Japanese only.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ja');
    // It is still listed in English, marked as Japanese.
    await page.goto('/en/notices');
    await expect(page.getByText('(in Japanese)').first()).toBeVisible();
  });

  test('an unknown or malformed slug gets the localized 404', async ({ page }) => {
    for (const path of [
      '/en/notices/no-such-notice',
      '/en/notices/Bad_Slug!',
      '/en/notices/archive/1850',
      '/en/notices/archive/20x5',
    ]) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 404]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});

test.describe('back numbers', () => {
  test('archive lists years with counts and leads to the year’s notices', async ({ page }) => {
    await page.goto('/en/notices/archive');
    const year2003 = page.getByRole('link', { name: /Notices from 2003/ });
    await expect(year2003).toContainText('1 notice');
    await year2003.click();
    await expect(page).toHaveURL(/\/en\/notices\/archive\/2003$/);
    const item = page.getByRole('listitem').filter({ hasText: 'Introduction of POP before SMTP' });
    await expect(item).toContainText('Archived');
    await item.getByRole('link').click();
    await expect(
      page.getByText(
        'This is an archived notice, kept for reference. The information may no longer be current.',
      ),
    ).toBeVisible();
  });

  test('Japanese archive counts with 件', async ({ page }) => {
    await page.goto('/ja/notices/archive');
    await expect(page.getByRole('link', { name: /2015年のお知らせ/ })).toContainText('件');
  });
});

test('a notice about a policy whose day has passed says at the top that it was carried out', async ({
  page,
}) => {
  await page.goto('/ja/notices/smtp-auth-replaces-pop-before-smtp');
  await expect(page.getByTestId('policy-carried-out')).toHaveText('※2015年7月14日に実施済みです。');
  await page.goto('/en/notices/encrypted-login-required-2022');
  await expect(page.getByTestId('policy-carried-out')).toHaveText(
    'This change took effect on August 1, 2022.',
  );
});
