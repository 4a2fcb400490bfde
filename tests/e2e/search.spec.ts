import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const results = (page: Page, name: string) => page.getByRole('list', { name });

async function searchFromHeader(page: Page, label: string, query: string) {
  const box = page.getByRole('search', { name: label }).getByRole('searchbox', { name: label });
  await box.fill(query);
  await box.press('Enter');
}

test.describe('site search', () => {
  test('the search page may be indexed, its result pages may not', async ({ page }) => {
    const robots = () => page.locator('meta[name="robots"]').getAttribute('content');
    await page.goto('/ja/search');
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    await page.goto('/ja/search?q=SMTP');
    expect(await robots()).toBe('noindex, follow');
  });

  test('the header box finds a notice, with the words marked (English)', async ({ page }) => {
    await page.goto('/en');
    // The notice's own words: for "smtp auth" alone, today's guides and FAQ answers rank first.
    await searchFromHeader(page, 'Search the support site', 'pop before smtp ends');
    await expect(page).toHaveURL(/\/en\/search\?q=pop\+before\+smtp\+ends$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
    await expect(page.locator('main').getByRole('status')).toContainText('for “pop before smtp ends”');
    const list = results(page, 'Search results');
    const notice = list.getByRole('listitem').filter({
      has: page.getByRole('link', { name: /POP before SMTP ends, use SMTP AUTH/ }),
    });
    await expect(notice).toContainText('Notice');
    await expect(notice.locator('mark').first()).toHaveText(/^(POP|before|SMTP|ends)$/i);
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/notices\/smtp-auth-replaces-pop-before-smtp$/);
  });

  test('Japanese: half-width kana and full-width letters find notices and FAQ without spaces', async ({
    page,
  }) => {
    await page.goto('/ja/faq');
    await searchFromHeader(page, 'サポートサイト内を検索', 'ｻｰﾊﾞｰ');
    await expect(page).toHaveURL(/\/ja\/search\?q=/);
    const list = results(page, '検索結果');
    const maintenance = list
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /メールサーバーメンテナンスのお知らせ/ }) });
    await expect(maintenance.locator('h2 mark')).toHaveText('サーバー');

    await page.goto('/ja/search?q=' + encodeURIComponent('ＳＭＴＰ認証'));
    const faq = results(page, '検索結果')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'SMTP認証（SMTP AUTH）とは何ですか？' }) });
    await expect(faq).toContainText('よくあるご質問');
    await expect(faq.getByRole('link')).toHaveAttribute('href', '/ja/faq#what-is-smtp-auth');

    // A two-character word.
    await page.goto('/ja/search?q=' + encodeURIComponent('迷惑'));
    await expect(
      results(page, '検索結果').getByRole('link', { name: '新しい迷惑メール対策システムの導入について' }),
    ).toBeVisible();
  });

  test('finds a setup guide and pages through results', async ({ page }) => {
    await page.goto('/en/search?q=thunderbird');
    const guide = results(page, 'Search results').getByRole('link', { name: 'Thunderbird', exact: true });
    await expect(guide).toHaveAttribute('href', '/en/guides/thunderbird');
    await expect(page.getByText('Setup guide for Thunderbird')).toBeVisible();

    await page.goto('/en/search?q=settings');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await pages.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=settings&page=2$/);
    await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  test('includes the other language on request', async ({ page }) => {
    await page.goto('/en/search?q=' + encodeURIComponent('年末年始'));
    await expect(page.locator('main').getByRole('status')).toContainText('No results');
    await page.getByRole('link', { name: 'Show 1 more result in Japanese' }).click();
    await expect(page).toHaveURL(/all=1/);
    await expect(page.getByRole('checkbox', { name: 'Also search pages in Japanese' })).toBeChecked();
    const item = results(page, 'Search results').getByRole('listitem').first();
    await expect(item).toContainText('In Japanese');
    const link = item.getByRole('link', { name: /年末年始のサポート窓口営業時間について/ });
    await expect(link).toHaveAttribute('href', '/ja/notices/year-end-support-hours-2026');
    await expect(item.locator('h2')).toHaveAttribute('lang', 'ja');

    // The same with the form's checkbox.
    await page.goto('/en/search?q=' + encodeURIComponent('年末年始'));
    await page.getByRole('checkbox', { name: 'Also search pages in Japanese' }).check();
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/all=1/);
    await expect(results(page, 'Search results').getByRole('listitem')).toHaveCount(1);
  });

  test('nothing found: suggestions point to the spelling, the checker and the guides', async ({ page }) => {
    await page.goto('/en/search?q=pasword');
    const help = page.getByRole('region', { name: 'Suggestions' });
    await help.getByRole('link', { name: 'password', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=password$/);
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('password');
    await expect(results(page, 'Search results').getByRole('listitem').first()).toBeVisible();

    await page.goto('/ja/search?q=' + encodeURIComponent('ポート２５２５ ｘｙｚｚｙ'));
    const suggestions = page.getByRole('region', { name: '次の方法もお試しください' });
    await expect(suggestions).toContainText('ポート番号 2525');
    await expect(
      suggestions.getByRole('listitem').filter({ hasText: 'ポート番号 2525' }).getByRole('link'),
    ).toHaveAttribute('href', '/ja/check');

    await page.goto('/en/search?q=thunderbrd+crash');
    const english = page.getByRole('region', { name: 'Suggestions' });
    await expect(english.getByRole('link', { name: 'Setup guide for Thunderbird' })).toHaveAttribute(
      'href',
      '/en/guides/thunderbird',
    );
    await expect(english.getByRole('link', { name: 'thunderbird', exact: true })).toBeVisible();
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja');
    await searchFromHeader(page, 'サポートサイト内を検索', '送信');
    await expect(page).toHaveURL(/\/ja\/search\?q=/);
    await expect(results(page, '検索結果').getByRole('listitem').first()).toBeVisible();
    await context.close();
  });

  test('malformed page numbers are not found', async ({ page }) => {
    const response = await page.goto('/en/search?q=mail&page=abc');
    expect(response?.status()).toBe(404);
  });

  for (const locale of ['en', 'ja'] as const) {
    test(`axe and a 360 px phone (${locale})`, async ({ page }) => {
      for (const path of ['/search', '/search?q=SMTP', '/search?q=qqqzzz']) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator('main')).toBeVisible();
        await expectNoAxeViolations(page);
      }
      await page.setViewportSize({ width: 360, height: 740 });
      for (const path of ['', '/search?q=' + encodeURIComponent('メール設定'), '/search?q=qqqzzz']) {
        await page.goto(`/${locale}${path}`);
        await expectNoHorizontalScroll(page);
        await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
      }
    });
  }
});
