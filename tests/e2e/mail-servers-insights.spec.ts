import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ADMIN, EDITOR, signIn } from './staff-helpers';

// Policy readiness from what the mail servers saw (docs/mail-events.md "For staff"), against the demo
// seed's weeks of synthetic traffic (200 made-up mailboxes on the old ways, thinning out).

const POLICIES = [
  'encrypted-login-required',
  'minimum-tls-version',
  'pop-before-smtp-ended',
  'outbound-port-25-blocked',
];

/** The number a card shows as "still affected". */
async function affected(page: Page, policy: string): Promise<number> {
  return Number((await page.getByTestId(`affected-${policy}`).textContent())?.replace(/\D/g, ''));
}

test('an editor reads every policy’s card in English: counts, ways, the masked list, no sending and no CSV', async ({
  page,
}) => {
  await signIn(page, EDITOR);
  await page.goto('/en/admin/insights');
  await page
    .getByRole('link', { name: /what our mail servers saw/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/admin\/insights\/mail-servers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Policy readiness: what our mail servers saw',
  );
  for (const policy of POLICIES) await expect(page.getByTestId(`readiness-${policy}`)).toBeVisible();

  const card = page.getByTestId('readiness-encrypted-login-required');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Encrypted login required');
  // A policy in force since 2022: its chart is the last 30 days, not "up to its date".
  await expect(page.getByTestId('readiness-trend-encrypted-login-required').locator('figcaption')).toHaveText(
    'Affected mailboxes per day, last 30 days',
  );
  expect(await affected(page, 'encrypted-login-required')).toBeGreaterThan(0);
  // The ways behind it: sign-ins without encryption, by protocol and port.
  await expect(page.getByTestId('readiness-ways-encrypted-login-required')).toContainText(/POP3 110/);
  await expect(page.getByTestId('readiness-ways-encrypted-login-required')).toContainText('no encryption');
  // Thousands of sign-ins a week, written as numbers are written (2,979, not 2979).
  await expect(
    page.getByTestId('readiness-ways-encrypted-login-required').locator('tbody tr td').last(),
  ).toHaveText(/^\d{1,3},\d{3}$/);
  // The list shows masked mailboxes only.
  const list = page.getByTestId('readiness-list-encrypted-login-required');
  await expect(list).toContainText('***@example.test');
  expect(await list.textContent()).not.toMatch(/customer\d{3}@example\.test/);
  // POP before SMTP: paired from the events, with its breakdown by the refused sends' port.
  await expect(page.getByTestId('readiness-ways-pop-before-smtp-ended')).toContainText(/SMTP \d+/);

  // Sending notices and the CSV are for admins.
  await expect(page.getByRole('button', { name: 'Send me a test copy' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Download the affected mailboxes/ })).toHaveCount(0);
  const csv = await page.request.get('/api/admin/mail-readiness/encrypted-login-required.csv?locale=en');
  expect(csv.status()).toBe(403);
  await expectNoAxeViolations(page);
});

test('an admin in Japanese downloads the masked list and tells the affected mailboxes, test copy first', async ({
  page,
}) => {
  await signIn(page, ADMIN, 'ja');
  await page.goto('/ja/admin/insights/mail-servers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'ポリシーへの対応状況：メールサーバーの記録から',
  );
  const policy = 'minimum-tls-version';
  const card = page.getByRole('article', { name: 'TLSの最低バージョン' });
  await expect(card).toHaveAttribute('data-testid', `readiness-${policy}`);
  await expect(card.locator('figcaption')).toHaveText(
    '影響のあるメールボックス数の日ごとの推移（直近30日間）',
  );
  // Our customers' networks are named with the portal's one word for customers.
  await expect(card).toContainText('当社のお客さま向けネットワーク');
  // Days older than the retention are the daily totals, marked without a space before the bracket.
  await expect(card.locator('figure table')).toContainText('日（日次集計）');
  const count = await affected(page, policy);
  expect(count).toBeGreaterThan(0);

  // The CSV: masked, in Japanese headings.
  const download = page.waitForEvent('download');
  await card.getByRole('link', { name: /影響のあるメールボックスをダウンロード/ }).click();
  const file = await (await download).path();
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  expect(text).toContain('***@example.test');
  expect(text).not.toMatch(/customer\d{3}@example\.test/);

  // Test copy first: it goes to the admin, and the card then shows the exact number.
  await card.getByRole('button', { name: '自分宛てにテスト送信' }).click();
  await expect(page.getByText('admin@example.test 宛てにテストメールを送信しました。')).toBeVisible();
  const total = page.getByTestId(`tell-count-${policy}`);
  await expect(total).toContainText(/\d+件のメールボックスにこのお知らせを送信します。/);
  const n = Number((await total.textContent())?.match(/(\d+)件/)?.[1]);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(count);
  const send = card.getByRole('button', { name: `${n}件に送信` });
  await card
    .getByRole('checkbox', { name: `テストメールの内容を確認しました。${n}件のメールボックスに送信します` })
    .check();
  await send.click();
  await expect(page.getByText(`${n}件のメールボックスへの送信を受け付けました。`)).toBeVisible();
  await expect(page.getByTestId(`tell-history-${policy}`)).toContainText(`${n}件に送信`);

  // The worker delivers them: the notice reaches the mailboxes (captured mail), Japanese first.
  await expect
    .poll(
      async () => {
        await page.goto('/en/admin/notifications/mail');
        return page
          .getByTestId('captured-mail')
          .filter({ hasText: /customer\d{3}@example\.test/ })
          .count();
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toBeGreaterThan(0);
  // The card now counts them as told (a later notice about this policy skips them).
  await page.goto('/ja/admin/insights/mail-servers');
  await expect(page.getByTestId(`readiness-${policy}`)).toContainText(/お知らせ済み/);
});
