import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ADMIN, fillMarkdown, signIn, uniqueSlug, waitForForm } from './staff-helpers';

// The whole loop a customer goes through, in Chromium against the demo (no SMTP_URL, so the mail is
// captured and read back in the staff area): subscribe → confirm → receive a notice → change
// preferences → one-click unsubscribe (RFC 8058).

/** The path and query of the first link in a captured mail to `to` whose subject matches. */
async function linkInCapturedMail(staff: Page, to: string, subject: RegExp, link: RegExp): Promise<string> {
  let href = '';
  await expect
    .poll(
      async () => {
        await staff.goto('/en/admin/notifications/mail');
        const item = staff.getByTestId('captured-mail').filter({ hasText: to }).filter({ hasText: subject });
        if ((await item.count()) === 0) return '';
        await item.first().getByRole('link').click();
        const text = (await staff.getByTestId('captured-text').textContent()) ?? '';
        const url = link.exec(text)?.[0] ?? '';
        href = url ? new URL(url).pathname + new URL(url).search : '';
        return href;
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .not.toBe('');
  return href;
}

async function staffPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, ADMIN);
  return page;
}

test('subscribe, confirm, receive, change preferences and unsubscribe in one click', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `${uniqueSlug('e2e-reader')}@example.test`;

  // 1. Subscribe from the English page, asking for Japanese mail.
  await page.goto('/en/subscribe');
  await expectNoAxeViolations(page);
  const form = page.getByTestId('subscribe-page-form');
  await expect(form.getByRole('button', { name: 'Subscribe' })).toBeEnabled();
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Language of the mails').selectOption('ja');
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status')).toContainText(
    'We have sent a confirmation email to the address you entered.',
  );

  // Bad input: a clear message, and what was typed stays.
  await page.goto('/en/subscribe');
  const again = page.getByTestId('subscribe-page-form');
  await expect(again.getByRole('button', { name: 'Subscribe' })).toBeEnabled();
  await again.getByLabel('Email address').fill('not an address');
  await again.getByRole('button', { name: 'Subscribe' }).click();
  await expect(again.getByText('Enter an email address such as name@example.com')).toBeVisible();
  await expect(again.getByLabel('Email address')).toHaveValue('not an address');

  // 2. The confirmation mail, in Japanese; its link opens a page whose button confirms.
  const staff = await staffPage(browser);
  const confirm = await linkInCapturedMail(
    staff,
    email,
    /メール配信登録のご確認/,
    /http\S+\/ja\/subscriptions\/confirm\?token=\S+/,
  );
  // A mail that reads like a letter: a greeting first, no Markdown in its text part.
  const confirmText = ((await staff.getByTestId('captured-text').textContent()) ?? '').trim();
  expect(confirmText).toMatch(/^いつも.+をご利用いただき、ありがとうございます。/);
  expect(confirmText).toContain('削除してください');
  await page.goto(confirm);
  await page.getByRole('button', { name: '登録を確定する' }).click();
  await expect(page.getByRole('status')).toContainText('ご登録ありがとうございます');
  // The sentence about the button went with the button.
  await expect(page.getByRole('button', { name: '登録を確定する' })).toHaveCount(0);
  await expect(page.getByText('ボタンを押すと')).toHaveCount(0);

  // 3. Staff publish a maintenance notice and choose to tell subscribers.
  const slug = uniqueSlug('e2e-notify');
  await staff.goto('/en/admin/notices/new');
  await waitForForm(staff);
  await staff.locator('#slug').fill(slug);
  await staff.locator('#category').selectOption('maintenance');
  await staff.locator('[id="en.title"]').fill(`Maintenance ${slug}`);
  await fillMarkdown(staff, 'en.body', 'Mail may be slow.');
  await staff.locator('[id="ja.title"]').fill(`メンテナンス ${slug}`);
  await fillMarkdown(staff, 'ja.body', 'メールが遅れることがあります。');
  await staff.locator('#status').selectOption('published');
  await staff.getByLabel(/Email this notice to the subscribers of “Maintenance”/).check();
  await staff.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(staff).toHaveURL(/\/en\/admin\/notices\/[^/?]+\?saved=1$/, { timeout: 15_000 });
  await expect(staff.getByText('Subscribers were mailed when this notice was published.')).toBeVisible();

  // 4. The notice arrives in Japanese, with the link to the preferences page.
  const manage = await linkInCapturedMail(
    staff,
    email,
    new RegExp(`メンテナンス ${slug}`),
    /http\S+\/ja\/subscriptions\/manage\?token=\S+/,
  );
  const noticeText = ((await staff.getByTestId('captured-text').textContent()) ?? '').trim();
  expect(noticeText).toMatch(/^いつも.+をご利用いただき、ありがとうございます。/);
  expect(noticeText).not.toMatch(/^#|\*\*|\]\(/m);
  await page.goto(manage);
  await expectNoAxeViolations(page);
  await page.getByLabel('メールの言語').selectOption('en');
  await page.getByRole('button', { name: '変更を保存する' }).click();
  await expect(page.getByRole('status')).toContainText('変更を保存しました');

  // 5. One-click unsubscribe as a mail program does it (RFC 8058): no page, no sign-in, at once.
  const token = new URL(manage, 'http://x').searchParams.get('token') ?? '';
  const oneClick = await page.request.post(
    `/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`,
    {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
    },
  );
  expect(oneClick.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('このアドレスへの配信は停止しています');
  // Nothing looks chosen for an address that receives nothing.
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  // A forged token changes nothing and says so.
  const forged = await page.request.post(
    `/api/subscriptions/unsubscribe?token=${encodeURIComponent(`${token.slice(0, -3)}abc`)}`,
    {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
    },
  );
  expect(forged.status()).toBe(404);
  await page.goto(`/en/subscriptions/manage?token=${encodeURIComponent(`${token.slice(0, -3)}abc`)}`);
  await expect(page.getByText('This link is not valid.')).toBeVisible();

  // 6. Staff see the event and its delivery.
  await staff.goto('/en/admin/notifications');
  await expect(
    staff
      .getByTestId('event')
      .filter({ hasText: `Maintenance ${slug}` })
      .getByTestId('event-counts'),
  ).toContainText('1 sent');
});
