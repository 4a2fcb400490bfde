import { expect, test } from '@playwright/test';
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
  // Asked once per browser: after a reload it thanks instead of asking again.
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
