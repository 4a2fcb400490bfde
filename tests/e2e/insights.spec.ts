import { expect, test, type Page } from '@playwright/test';
import { submitChecker } from './checker-helpers';
import { expectNoAxeViolations } from './helpers';
import { EDITOR, signIn, uniqueSlug } from './staff-helpers';

// "Was this helpful?" and searches that found nothing, from the customer's side to the staff page.
test('a "no" with a comment on an FAQ answer and a search that finds nothing reach the insights page', async ({
  page,
  browser,
}) => {
  await page.goto('/ja/faq#is-it-an-outage');
  const answer = page.locator('[id="is-it-an-outage"]');
  const vote = answer.getByTestId('helpful-vote');
  await expect(vote.getByRole('button', { name: 'いいえ' })).toBeEnabled();
  await vote.getByRole('button', { name: 'いいえ' }).click();
  const comment = `稼働状況の更新間隔が知りたい ${uniqueSlug('c')}`;
  await vote.getByLabel('分かりにくかった点や、足りなかった情報をお聞かせください（任意）').fill(comment);
  await vote.getByRole('button', { name: '送信する' }).click();
  await expect(vote).toContainText('ご意見ありがとうございます。');
  // Asked once per browser: after a reload it thanks instead of asking again (the answer is kept in
  // this browser's storage; the boot loader starts React at once to say so, without a touch).
  await page.reload();
  await expect(page.locator('[id="is-it-an-outage"]').getByTestId('helpful-vote')).toContainText(
    'ご意見ありがとうございます。',
  );

  // A "yes" on a notice.
  await page.goto('/en/notices/smtp-auth-replaces-pop-before-smtp');
  const noticeVote = page.getByTestId('helpful-vote');
  await expect(noticeVote.getByRole('button', { name: 'Yes' })).toBeEnabled();
  await noticeVote.getByRole('button', { name: 'Yes' }).click();
  await expect(noticeVote).toContainText('Thank you for your feedback.');

  const missing = `zqx${Date.now().toString(36)}`;
  await page.goto(`/en/search?q=${missing}`);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, EDITOR);
  await staff.goto('/en/admin/insights');
  await expect(staff.getByTestId('feedback-items')).toContainText('FAQ: is-it-an-outage');
  await expect(staff.getByTestId('feedback-items')).toContainText(
    'Notice: smtp-auth-replaces-pop-before-smtp',
  );
  const item = staff.getByTestId('feedback-comment').filter({ hasText: comment });
  await expect(item).toBeVisible();
  await expect(staff.getByTestId('search-gaps-en')).toContainText(missing);
  await expectNoAxeViolations(staff);
  await item.getByRole('button', { name: 'Mark as handled' }).click();
  await expect(staff.getByTestId('feedback-comment').filter({ hasText: comment })).toContainText(
    'Handled by editor@example.test',
  );

  // The search becomes an FAQ draft with the customer's words.
  await staff
    .getByTestId('search-gaps-en')
    .locator('li', { hasText: missing })
    .getByRole('link', { name: 'Start an FAQ draft' })
    .click();
  await expect(staff.locator('[id="en.question"]')).toHaveValue(missing);
});

/** The count in a policy card's "by mail program" table for one program (0 when it has no row). */
async function programCount(page: Page, policy: string, program: string): Promise<number> {
  const row = page
    .getByTestId(`policy-${policy}`)
    .getByTestId('policy-byClient')
    .locator('tr', { hasText: program });
  if ((await row.count()) === 0) return 0;
  return Number(await row.locator('td').innerText());
}

// A customer's check reaches the policy dashboard; staff read it in both languages and clear a review.
test('a check that fails a policy is counted on the dashboard, which reads in Japanese and English', async ({
  page,
  browser,
}) => {
  // A full check against the demo servers and four staff page loads: more than the default budget.
  test.setTimeout(90_000);
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, EDITOR);
  await staff.goto('/en/admin/insights');
  const before = await programCount(staff, 'encrypted-login-required', 'Becky! Internet Mail');

  // Becky! signing in on 110 without SSL: the answer tells the customer to change it.
  await page.goto('/ja/check');
  await submitChecker(page, {
    client: 'becky',
    incoming: { protocol: 'pop3', server: 'mail.example.test', port: '110', security: 'none' },
    outgoing: { server: 'mail.example.test', port: '587', security: 'starttls', auth: 'on' },
  });
  await expect(page.locator('#changes-heading')).toBeVisible({ timeout: 20_000 });

  // Written off the request within a second; the page reads the daily counters.
  await expect
    .poll(
      async () => {
        await staff.reload();
        return programCount(staff, 'encrypted-login-required', 'Becky! Internet Mail');
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(before);

  // A search that found pages nobody opened.
  await page.goto('/en/search?q=becky');
  await expect(page.locator('main')).toContainText('Becky!');
  await staff.reload();
  await expect(staff.getByTestId('no-click-en')).toContainText('becky');

  // Every chart has its numbers in a table; the whole page passes axe in both languages.
  await expect(staff.getByTestId('check-outcomes').locator('tbody tr')).toHaveCount(56);
  await expectNoAxeViolations(staff);
  await staff.goto('/ja/admin/insights');
  await expect(
    staff.getByRole('heading', { name: 'ポリシー変更：対応が済んでいないお客さま' }),
  ).toBeVisible();
  await expect(staff.getByRole('heading', { name: '設定チェックの結果' })).toBeVisible();
  await expect(staff.getByTestId('policy-minimum-tls-version')).toContainText('Windows');
  await expectNoAxeViolations(staff);

  // The historical POP-before-SMTP answers are due; "reviewed" takes one off the list.
  const overdue = staff.getByTestId('overdue-list');
  await expect(overdue).toContainText('現在は適用外');
  const first = overdue.locator('tbody tr').first();
  const title = await first.locator('th a').innerText();
  await first.getByRole('button', { name: `「${title}」を確認済み（変更なし）にする` }).click();
  await expect(overdue.locator('th a', { hasText: title })).toHaveCount(0);
});
