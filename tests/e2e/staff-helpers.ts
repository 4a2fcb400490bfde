import { expect, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@example.test', password: 'demo-admin-password' };
export const EDITOR = { email: 'editor@example.test', password: 'demo-editor-password' };

export async function signIn(
  page: Page,
  who: { email: string; password: string },
  locale: 'en' | 'ja' = 'en',
) {
  await page.goto(`/${locale}/admin/login`);
  await page.locator('#email').fill(who.email);
  await page.locator('#password').fill(who.password);
  await page.locator('form:has(#password) button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/** A unique slug per test run, so tests never collide on the shared demo database. */
export function uniqueSlug(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** `YYYY-MM-DDTHH:mm:ss` in Japan time, `secondsFromNow` from now. */
export function japanLocal(secondsFromNow: number) {
  return new Date(Date.now() + secondsFromNow * 1000 + 9 * 3600_000).toISOString().slice(0, 19);
}

/** Waits until the page's client form has hydrated (its submit button is enabled) before typing. */
export async function waitForForm(page: Page) {
  await expect(page.locator('form button[type="submit"]').last()).toBeEnabled();
}

/**
 * Fills a Markdown field and waits for its live preview to come back. The preview above the Save
 * button grows when it arrives; clicking before that could land where the button no longer is.
 */
export async function fillMarkdown(page: Page, field: string, text: string) {
  const preview = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/admin/preview') &&
      (response.request().postDataJSON() as { markdown?: string } | null)?.markdown === text,
  );
  await page.locator(`[id="${field}"]`).fill(text);
  await preview;
}
