import { fillChecker } from './checker-helpers';
import { expect, test } from '@playwright/test';
import { GUIDE_PROGRAMS } from '../../lib/guides/guide-programs';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const PROGRAMS = [...GUIDE_PROGRAMS, 'other'];

test.describe('setup guides', () => {
  for (const locale of ['en', 'ja'] as const) {
    test(`the index lists every program with the plain settings (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/guides`);
      for (const program of PROGRAMS)
        await expect(page.locator(`main li a[href="/${locale}/guides/${program}"]`)).toHaveCount(1);
      // Playwright's desktop Chrome says it runs on Windows: the hint shows on Outlook's card, and only
      // there (DeviceGuess names the device on <html>, CSS shows the label).
      await expect(
        page.locator(`main li a[href="/${locale}/guides/outlook"]`).getByTestId('device-hint'),
      ).toBeVisible();
      await expect(page.getByTestId('device-hint').filter({ visible: true })).toHaveCount(1);
      // Its card keeps the highlighted border; the others do not.
      const border = (program: string) =>
        page
          .locator(`main li a[href="/${locale}/guides/${program}"]`)
          .evaluate((card) => getComputedStyle(card).borderTopColor);
      expect(await border('outlook')).not.toBe(await border('thunderbird'));
      expect(await border('thunderbird')).toBe(await border('iphone'));
      const table = page.getByTestId('guide-settings');
      await expect(table).toContainText('mail.example.test');
      await expect(table).toContainText('993');
      await expect(table).toContainText('587');
      await expectNoAxeViolations(page);
    });

    test(`every guide renders with registry values and no leftover placeholders (${locale})`, async ({
      page,
    }) => {
      for (const program of PROGRAMS) {
        const response = await page.goto(`/${locale}/guides/${program}`);
        expect(response?.status()).toBe(200);
        const main = page.locator('main');
        await expect(main).toContainText('mail.example.test');
        await expect(main).toContainText('587');
        await expect(main).toContainText('993');
        await expect(main).not.toContainText('{{');
      }
      await expectNoAxeViolations(page);
    });
  }

  test('the device hint on a phone appears without moving anything (no layout shift)', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      userAgent:
        'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
    });
    const page = await context.newPage();
    await page.goto('/en/guides');
    const hint = page.locator('main li a[href="/en/guides/android-gmail"]').getByTestId('device-hint');
    await expect(hint).toHaveText('Suggested for your Android device');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    await context.close();
  });

  test('the POP3 variant and ?email= change the values in the steps (Japanese)', async ({ page }) => {
    await page.goto('/ja/guides/thunderbird?type=pop3&email=taro@example.test');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thunderbirdの設定方法');
    await expect(page.getByRole('link', { name: 'POP3', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const steps = page.locator('#section-newAccount + div');
    await expect(steps).toContainText('995');
    await expect(steps).toContainText('taro@example.test');
    await expect(steps).not.toContainText('993');
    await expect(page.getByText('taro@example.test 用の設定を表示しています。')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a plain guide is served from the cache; with a query it is rendered per request and never stored', async ({
    request,
  }) => {
    const plain = async () => request.get('/en/guides/outlook');
    await plain();
    const cached = await plain();
    expect(cached.status()).toBe(200);
    expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
    expect(cached.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    // The variant switch and a customer's address (internally rewritten, same public address).
    const personal = await request.get('/en/guides/outlook?type=pop3&email=saburo@example.test');
    expect(personal.status()).toBe(200);
    expect(personal.headers()['cache-control']).toContain('no-store');
    const html = await personal.text();
    expect(html).toContain('saburo@example.test');
    expect(html).toContain('995');
    // Never indexed: the address can carry a customer's email address.
    const noindex = '<meta name="robots" content="noindex, follow"/>';
    expect(html).toContain(noindex);
    expect(await cached.text()).not.toContain(noindex);
    expect(await (await plain()).text()).not.toContain('saburo@example.test');
    // An address alone personalises the Japanese guide the same way.
    const japanese = await request.get('/ja/guides/outlook?email=shiro%40example.test');
    expect(japanese.headers()['cache-control']).toContain('no-store');
    expect(await japanese.text()).toContain('shiro@example.test');
    // The other pages under /guides are not guides and keep their own routes.
    expect((await request.get('/en/guides/dns-records?type=imap')).status()).toBe(200);
    expect((await request.get('/en/guides/outlook/query')).status()).toBe(200);
  });

  test('a bad or foreign address is explained and not used', async ({ page }) => {
    await page.goto('/en/guides/outlook?email=someone@elsewhere.test');
    await expect(page.getByRole('alert').filter({ hasText: 'not one of ours' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('someone@elsewhere.test', { useInnerText: true });
    await expect(page.locator('#guide-email')).toHaveValue('someone@elsewhere.test');
    const bad = await page.goto('/en/guides/outlook?email=%3Cscript%3E');
    expect(bad?.status()).toBe(200);
    expect((await page.goto('/en/guides/no-such-program'))?.status()).toBe(404);
  });

  test('the iPhone guide offers a configuration profile for the address', async ({ page }) => {
    await page.goto('/en/guides/iphone');
    await expect(page.getByText('Enter your email address above to download')).toBeVisible();
    await page.locator('#guide-email').fill('hanako@example.test');
    await page.getByRole('button', { name: 'Show my settings' }).click();
    const link = page.getByRole('link', { name: 'Download the configuration profile' });
    const href = await link.getAttribute('href');
    expect(href).toContain('email=hanako%40example.test');
    const profile = await page.request.get(href!);
    expect(profile.headers()['content-type']).toBe('application/x-apple-aspen-config');
    const text = await profile.text();
    expect(text).toContain('hanako@example.test');
    expect(text).not.toMatch(/Password<\/key>\s*<string>/);
  });

  test('the legacy guide says the programs are no longer supported', async ({ page }) => {
    await page.goto('/ja/guides/legacy-windows');
    await expect(page.getByRole('note')).toContainText('サポートが終了');
    // The name is the programs' own; "no longer supported" is said once, by the note and the list's badge.
    await expect(page.getByRole('note')).toContainText(
      'Windows Live メール／Outlook Expressはメーカーのサポートが終了',
    );
    await page.goto('/ja/guides');
    const card = page.getByRole('link', { name: /Windows Live メール/ });
    await expect(card).toHaveText('Windows Live メール／Outlook Expressサポート終了');
  });

  test('phones: a guide fits 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/ja/guides/outlook');
    await expectNoHorizontalScroll(page);
  });

  test('the checker links to the guide for the program, with the address filled in', async ({ page }) => {
    await page.goto('/en/check');
    await expect(page.getByTestId('checker-form').locator('button[type="submit"]')).toBeEnabled();
    await fillChecker(page, {
      client: 'thunderbird',
      incoming: { protocol: 'pop3', server: 'mail.example.test', port: '110', security: 'none' },
      outgoing: { server: 'mail.example.test', port: '25', security: 'none', auth: 'on' },
    });
    await page.locator('#email').fill('jiro@example.test');
    await page.getByRole('button', { name: 'Check my settings' }).click();
    await page.getByTestId('guide-link').click({ timeout: 20_000 });
    await expect(page).toHaveURL(/\/en\/guides\/thunderbird\?type=pop3&email=jiro%40example\.test$/);
    await expect(page.locator('#section-newAccount + div')).toContainText('jiro@example.test');
  });
});

test.describe('automatic configuration', () => {
  test('Thunderbird autoconfig answers for our domains only', async ({ request }) => {
    const ok = await request.get(
      '/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=taro@example.test',
    );
    expect(ok.status()).toBe(200);
    const xml = await ok.text();
    expect(xml).toContain('<clientConfig version="1.1">');
    expect(xml).toMatch(/<port>993<\/port>/);
    const foreign = await request.get('/mail/config-v1.1.xml?emailaddress=taro@elsewhere.test');
    expect(foreign.status()).toBe(404);
  });

  test('Autodiscover answers a POX request and refuses hostile XML', async ({ request }) => {
    const body = (address: string, prolog = '') =>
      `<?xml version="1.0"?>${prolog}<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>${address}</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`;
    // Both spellings Microsoft clients use reach the one route (proxy.ts rewrites them).
    for (const alias of ['/Autodiscover/Autodiscover.xml', '/AutoDiscover/AutoDiscover.xml']) {
      const ok = await request.post(alias, {
        headers: { 'content-type': 'text/xml' },
        data: body('taro@example.test'),
      });
      expect(ok.status()).toBe(200);
      expect(await ok.text()).toContain('<Server>mail.example.test</Server>');
    }
    const hostile = await request.post('/autodiscover/autodiscover.xml', {
      headers: { 'content-type': 'text/xml' },
      data: body('&lol;', '<!DOCTYPE x [<!ENTITY lol "lol">]>'),
    });
    expect(hostile.status()).toBe(400);
    expect(await hostile.text()).not.toMatch(/at .*\(|Error:/);
  });

  test('Thunderbird for Android, the 1.2 draft format and Outlook’s JSON Autodiscover, over HTTP as each asks', async ({
    request,
  }) => {
    // Thunderbird for Android sends no address: the same file, with the user-name placeholder.
    const android = await request.get('/mail/config-v1.1.xml');
    expect(android.status()).toBe(200);
    expect(await android.text()).toContain('<username>%EMAILADDRESS%</username>');
    const draft = await request.get('/.well-known/mail-v1.xml');
    expect(draft.status()).toBe(200);
    expect(draft.headers()['content-type']).toContain('xml');
    const v12 = await draft.text();
    expect(v12).toContain('<clientConfig version="1.2">');
    expect(v12).toContain('<domain purpose="mx">example.test</domain>');
    expect(v12).toMatch(/<port>993<\/port>/);
    const json = await request.get(
      '/autodiscover/autodiscover.json/v1.0/taro@example.test?Protocol=AutodiscoverV1',
    );
    expect(json.status()).toBe(200);
    const answer = (await json.json()) as { Protocol: string; Url: string };
    expect(answer.Protocol).toBe('AutodiscoverV1');
    expect(answer.Url).toMatch(/\/autodiscover\/autodiscover\.xml$/);
    // Outlook follows the URL with its POX request.
    const pox = await request.post(new URL(answer.Url).pathname, {
      headers: { 'content-type': 'text/xml' },
      data: `<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>taro@example.test</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`,
    });
    expect(pox.status()).toBe(200);
    expect(await pox.text()).toContain('<Type>IMAP</Type>');
    const exchange = await request.get(
      '/autodiscover/autodiscover.json/v1.0/taro@example.test?Protocol=ActiveSync',
    );
    expect(exchange.status()).toBe(404);
  });

  test('the DNS page lists the SRV records from the registry', async ({ page }) => {
    await page.goto('/en/guides/dns-records');
    await expect(page.getByTestId('zone-file')).toContainText(
      '_submission._tcp.example.test. 3600 IN SRV 0 1 587 mail.example.test.',
    );
    await expectNoAxeViolations(page);
  });
});
