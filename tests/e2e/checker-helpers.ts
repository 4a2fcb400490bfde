import { expect, type Page } from '@playwright/test';

export interface CheckerSettings {
  client: string;
  incoming: {
    protocol: 'pop3' | 'imap';
    server: string;
    port: string;
    security: 'none' | 'tls' | 'starttls';
  };
  outgoing: { server: string; port: string; security: 'none' | 'tls' | 'starttls'; auth: string };
}

/** Fills in the checker form on the current page, as a customer copies it from their program, and sends it. */
export async function submitChecker(page: Page, settings: CheckerSettings) {
  const form = page.getByTestId('checker-form');
  await expect(form.locator('button[type="submit"]')).toBeEnabled();
  await page.locator('#client').selectOption(settings.client);
  await page.locator('[id="incoming.protocol"]').selectOption(settings.incoming.protocol);
  await page.locator('[id="incoming.server"]').fill(settings.incoming.server);
  await page.locator('[id="incoming.port"]').fill(settings.incoming.port);
  await page.locator('[id="incoming.security"]').selectOption(settings.incoming.security);
  await page.locator('[id="outgoing.server"]').fill(settings.outgoing.server);
  await page.locator('[id="outgoing.port"]').fill(settings.outgoing.port);
  await page.locator('[id="outgoing.security"]').selectOption(settings.outgoing.security);
  await page.locator('[id="outgoing.auth"]').selectOption(settings.outgoing.auth);
  await form.locator('button[type="submit"]').click();
}
