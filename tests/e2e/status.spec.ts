import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';
import { EDITOR, japanLocal, signIn, waitForForm } from './staff-helpers';

test.describe('service status', () => {
  test('the public page lists each service with 90 days of bars, probed from the demo servers', async ({
    page,
  }) => {
    await page.goto('/en/status');
    await expect(page.getByRole('heading', { level: 1, name: 'Service status' })).toBeVisible();
    for (const slug of ['smtp', 'pop3', 'imap', 'webmail'])
      await expect(page.locator(`[data-component="${slug}"]`)).toHaveCount(1);
    await expect(page.locator('[data-component="smtp"] [role="img"] > span')).toHaveCount(90);
    // The job probes the demo mail servers within seconds of the server starting.
    await expect(async () => {
      await page.reload();
      await expect(page.locator('[data-component="imap"]')).toContainText('Last checked');
    }).toPass({ timeout: 30_000 });
    await expect(page.locator('[data-component="imap"] [data-state]')).toHaveAttribute(
      'data-state',
      'operational',
    );
    // Uptime is measured over the days that had checks, and says how many; webmail has no probe, so
    // it is "not monitored", never "operational".
    await expect(page.locator('[data-component="imap"]')).toContainText(
      /available over the \d+ days? with checks/,
    );
    await expect(page.locator('[data-component="webmail"] [data-state]')).toHaveAttribute(
      'data-state',
      'unmonitored',
    );
    await expect(page.locator('[data-component="webmail"]')).toContainText('Not monitored');
    await expect(
      page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Status' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const api = await page.request.get('/api/status?lang=ja');
    const json = (await api.json()) as { components: { slug: string; name: string }[] };
    expect(json.components.find((c) => c.slug === 'smtp')?.name).toBe('メール送信（SMTP）');
    const feed = await page.request.get('/ja/status/feed.xml');
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/ja/status');
    await expectNoHorizontalScroll(page);
  });

  test('an editor posts an incident: banner on public pages and on the status page, until it is resolved', async ({
    page,
    browser,
  }) => {
    const title = `POP3 slow ${Date.now()}`;
    await signIn(page, EDITOR);
    await page.goto('/en/admin/status');
    await waitForForm(page);
    await page.getByLabel('Title (Japanese)').fill(`POP3の遅延 ${title}`);
    await page.getByLabel('Title (English)').fill(title);
    await page.getByLabel('Impact').selectOption('degraded');
    await page.getByLabel('Receiving mail (POP3)').check();
    await page.getByLabel('Started at (Japan time)').fill(japanLocal(-60).slice(0, 16));
    await page.getByLabel('Update for customers (Japanese)').fill('POP3の受信が遅くなっています。');
    // A missing English text is refused, nothing typed is lost.
    await page.getByRole('button', { name: 'Post the incident' }).click();
    await expect(page.getByText('Some fields need attention')).toBeVisible();
    await expect(page.getByLabel('Title (English)')).toHaveValue(title);
    await page.getByLabel('Update for customers (English)').fill('Receiving mail by POP3 is slow.');
    await page.getByRole('button', { name: 'Post the incident' }).click();
    await expect(page.getByText('Posted. It is on the status page now.')).toBeVisible();

    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto('/ja');
    await expect(publicPage.getByTestId('status-banner')).toContainText(`POP3の遅延 ${title}`);
    await publicPage.goto('/en/status');
    await expect(publicPage.locator('[data-component="pop3"] [data-state]')).toHaveAttribute(
      'data-state',
      'degraded',
    );
    await expect(publicPage.getByText('Receiving mail by POP3 is slow.')).toBeVisible();
    await expectNoAxeViolations(publicPage);
    await visitor.close();

    // Other open items (the demo's announced maintenance) are listed too: open this one.
    await page
      .locator('#open-incidents ~ ul > li', { hasText: title })
      .getByRole('link', { name: 'Open', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await waitForForm(page);
    await page.getByLabel('Status', { exact: true }).selectOption('resolved');
    await page.getByLabel('Update for customers (Japanese)').fill('復旧しました。');
    await page.getByLabel('Update for customers (English)').fill('Fixed.');
    await page.getByRole('button', { name: 'Post the update' }).click();
    await expect(page.getByText('Update posted.')).toBeVisible();

    const later = await browser.newContext();
    const again = await later.newPage();
    await again.goto('/en/status');
    await expect(again.locator('[data-component="pop3"] [data-state]')).toHaveAttribute(
      'data-state',
      'operational',
    );
    await expect(again.locator('#recent-incidents + ul')).toContainText(title);
    await later.close();
  });
});

test('the status page gives customers times to the minute, and each update says when it was posted', async ({
  page,
}) => {
  await page.goto('/ja/status');
  const main = page.locator('main');
  await expect(main).toContainText('障害・メンテナンス情報');
  expect(await main.innerText()).not.toMatch(/\d{1,2}:\d{2}:\d{2}/);
  // The demo maintenance was announced on November 20, 2026 at 10:00.
  await expect(main.getByText('2026年11月20日 10:00 掲載')).toBeVisible();
});
