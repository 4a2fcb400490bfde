import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('English home shows the important notice banner, latest notices and help entry points', async ({
    page,
  }) => {
    const response = await page.goto('/en');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Example Net Support');
    await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();

    const banner = page.getByRole('region', { name: 'Important notices' });
    await expect(banner.getByRole('link', { name: /Mail server maintenance/ })).toBeVisible();

    const latest = page.getByRole('region', { name: 'Latest notices' });
    await expect(latest.getByRole('listitem')).toHaveCount(5);
    await expect(page.getByRole('link', { name: /Frequently asked questions/ })).toHaveAttribute(
      'href',
      '/en/faq',
    );
    await expect(page.getByRole('region', { name: 'Mail server settings at a glance' })).toContainText(
      'mail.example.test',
    );
  });

  test('Japanese home is in Japanese', async ({ page }) => {
    await page.goto('/ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('お困りのことはありませんか');
    await expect(page.getByRole('region', { name: '重要なお知らせ' })).toContainText('メンテナンス');
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toContainText('よくあるご質問');
  });
});

test.describe('home page, when mail stopped working', () => {
  for (const [locale, button, ok, link] of [
    [
      'ja',
      'メールが送れない・受け取れないとき',
      '現在、メールサービスに障害は発生していません。',
      '障害・メンテナンス情報',
    ],
    [
      'en',
      'Mail not sending or arriving?',
      'There is no problem with our mail service at the moment.',
      'Service status',
    ],
  ] as const)
    test(`the first button and the state of the mail service in one line (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      // The first link after the title is the way out for a customer whose mail stopped.
      const first = page.locator('main a').first();
      await expect(first).toHaveText(button);
      await expect(first).toHaveAttribute('href', `/${locale}/check`);
      const state = page.getByTestId('service-state');
      await expect(state).toContainText(ok);
      await expect(state).toContainText(/\d{2}:\d{2}/);
      await expect(state.getByRole('link', { name: link })).toHaveAttribute('href', `/${locale}/status`);
    });

  test('on a 360 px phone the settings are readable without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/ja');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const cards = page.getByTestId('settings-cards');
    await expect(cards.getByRole('listitem')).toHaveCount(3);
    await expect(cards).toContainText('暗号化');
    await expect(cards).toContainText('mail.example.test');
  });
});

test('the sections stay on one line in both languages from a 768 px tablet up', async ({ page }) => {
  for (const locale of ['ja', 'en'])
    for (const width of [768, 1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/${locale}`);
      const links = page
        .getByRole('navigation', { name: locale === 'ja' ? 'メインメニュー' : 'Main menu' })
        .getByRole('link');
      await expect(links).toHaveCount(6);
      const tops = await links.evaluateAll((all) =>
        all.map((a) => Math.round(a.getBoundingClientRect().top)),
      );
      expect(new Set(tops).size, `${locale} at ${width} px: ${tops.join(', ')}`).toBe(1);
    }
});

test.describe('language', () => {
  test('/ redirects by the browser language', async ({ browser }) => {
    for (const [locale, expected] of [
      ['en-US', '/en'],
      ['ja-JP', '/ja'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      expect(new URL(page.url()).pathname).toBe(expected);
      await context.close();
    }
  });

  test('the switcher keeps the page, and / remembers the explicit choice', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/en/notices/smtp-auth-replaces-pop-before-smtp');
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/ja\/notices\/smtp-auth-replaces-pop-before-smtp$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('POP before SMTP');

    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('ja');
    // An English browser now lands on Japanese.
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/ja');
    await context.close();
  });

  test('pages declare their language alternates and x-default', async ({ page }) => {
    await page.goto('/en/faq');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['ja', '/ja/faq'],
        ['en', '/en/faq'],
        ['x-default', '/faq'],
      ]),
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/faq$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Frequently asked questions',
    );
  });
});

test('a page view prefetches the cached pages it links to, never the ones rendered per request', async ({
  page,
}) => {
  const prefetched = new Set<string>();
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.add(new URL(request.url()).pathname);
  });
  await page.goto('/en/guides/thunderbird', { waitUntil: 'load' });
  // The header links to home, the FAQ and the guides (cached) and to the checker, the notices index
  // and the status page (per request); the page itself links to the checker and the IMAP/POP3 variants.
  await expect.poll(() => prefetched.has('/en/faq') && prefetched.has('/en')).toBe(true);
  await page.waitForLoadState('networkidle');
  for (const path of ['/en/check', '/en/notices', '/en/status', '/en/search', '/en/guides/thunderbird'])
    expect([path, prefetched.has(path)]).toEqual([path, false]);
});
