import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { fillChecker } from './checker-helpers';
import { ADMIN, signIn } from './staff-helpers';

// What our servers saw from a mailbox (docs/mail-events.md, "For the customer"), against the demo:
// its seed carries weeks of synthetic traffic (the demo mailbox has an old tablet on POP3 110 without
// encryption), and the demo mail servers record the login test itself.

const demoSettings = {
  client: 'thunderbird',
  incoming: { protocol: 'imap' as const, server: 'mail.example.test', port: '993', security: 'tls' as const },
  outgoing: { server: 'mail.example.test', port: '465', security: 'tls' as const, auth: 'on' },
};

async function loginTest(page: Page, locale: 'en' | 'ja', password: string) {
  await page.goto(`/${locale}/check`);
  await fillChecker(page, demoSettings);
  await page.locator('#email').fill('demo@example.test');
  await page.locator('#password').fill(password);
  await page.getByTestId('checker-form').locator('button[type="submit"]').click();
  await expect(page.locator('#check-result')).toBeVisible({ timeout: 20_000 });
}

test('after a successful login test the answer shows the mailbox’s record, in English', async ({ page }) => {
  await loginTest(page, 'en', 'demo-mail-password');
  const record = page.getByTestId('mail-record');
  await expect(record.getByRole('heading', { level: 3 }).first()).toHaveText(
    'What our servers saw from your mailbox in the last 7 days',
  );
  const finding = record.locator('[data-concern="plaintext-login"]');
  await expect(finding).toContainText(
    /Something on a home connection \(one of our lines\) tries to sign in with POP3 on port 110 without encryption and is refused: about \d+ times a day, last on .+ at \d\d:\d\d\./,
  );
  await expect(finding).toContainText('This stopped working on August 1, 2022.');
  await expect(finding).toContainText('older program or device');
  await expect(finding).toContainText('turn on SSL/TLS and use port 995');
  // The login test itself, recorded by the demo servers: IMAP on 993 works.
  await expect(record.getByTestId('mail-record-fine')).toContainText('IMAP on port 993');
  await expectNoAxeViolations(page);
});

// A wrong password shows no record: tests/e2e/checker.spec.ts (its wrong-password test). The login
// tests of the whole suite share the demo mailbox's limit (5 in 15 minutes), so none is spent twice.
test('in Japanese the record is worded in Japanese', async ({ page }) => {
  await loginTest(page, 'ja', 'demo-mail-password');
  const record = page.getByTestId('mail-record');
  await expect(record).toContainText(
    '過去7日間に当社のメールサーバーが記録した、このメールアドレスのご利用状況',
  );
  await expect(record.locator('[data-concern="plaintext-login"]')).toContainText(
    /ご自宅など当社の回線につながった機器が、POP3（ポート110）に暗号化なしでログインしようとして、拒否されています。1日に約\d+回/,
  );
  await expect(record).toContainText('この方法は2022年8月1日からご利用いただけなくなりました。');
  // Japanese runs its sentences on: no space after 。 before the registry's statement or the link.
  await expect(
    record.locator('[data-concern="plaintext-login"] [data-testid="mail-record-meaning"]'),
  ).toHaveText(
    'この方法は2022年8月1日からご利用いただけなくなりました。2022年8月1日から、メールの送受信時のログインは、SSL/TLSで暗号化された接続でのみ受け付けています。お知らせを読む',
  );
});

async function linkInCapturedMail(browser: Browser, to: string, subject: RegExp): Promise<string> {
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, ADMIN);
  let href = '';
  await expect
    .poll(
      async () => {
        await staff.goto('/en/admin/notifications/mail');
        const item = staff.getByTestId('captured-mail').filter({ hasText: to }).filter({ hasText: subject });
        if ((await item.count()) === 0) return '';
        await item.first().getByRole('link').click();
        const text = (await staff.getByTestId('captured-text').textContent()) ?? '';
        const url = /http\S+\/mail-report\?token=\S+/.exec(text)?.[0] ?? '';
        href = url ? new URL(url).pathname + new URL(url).search : '';
        return href;
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .not.toBe('');
  return href;
}

test('without the password: a one-time link mailed to the mailbox shows its record (Japanese)', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('/ja/check');
  await page.getByTestId('mail-report-link').click();
  await expect(page).toHaveURL(/\/ja\/mail-report$/);
  await expectNoAxeViolations(page);
  const form = page.getByTestId('mail-report-form');
  await page.mouse.move(8, 8);
  await form.getByLabel('メールアドレス').fill('customer001@example.test');
  await form.getByRole('button', { name: 'リンクを送る' }).click();
  await expect(page.getByTestId('mail-report-answer')).toHaveText(
    'customer001@example.test が当社のメールアドレスであれば、リンクをお送りしました。リンクの有効期限は24時間です。',
  );

  const link = await linkInCapturedMail(browser, 'customer001@example.test', /ご利用状況レポート/);
  await page.goto(link);
  // Opening the page opens nothing: the button does.
  await page.mouse.move(8, 8);
  await page.getByRole('button', { name: 'レポートを見る' }).click();
  const record = page.getByTestId('mail-record');
  await expect(record.getByRole('heading', { level: 2 })).toHaveText(
    '過去7日間に当社のメールサーバーが記録した、このメールアドレスのご利用状況',
  );
  await expect(record).toContainText('cu***@example.test');
  await expect(record.locator('[data-concern="plaintext-login"]')).toBeVisible();

  // A forged token shows nothing.
  const forged = link.replace(/token=(.)/, (_, c: string) => `token=${c === 'A' ? 'B' : 'A'}`);
  await page.goto(forged);
  await page.mouse.move(8, 8);
  await page.getByRole('button', { name: 'レポートを見る' }).click();
  await expect(page.getByTestId('mail-report-unusable')).toContainText(
    '有効期限が切れているか、すでに使用されています',
  );
  await expect(page.getByTestId('mail-record')).toHaveCount(0);
});
