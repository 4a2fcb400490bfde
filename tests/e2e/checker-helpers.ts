import { expect, type Page } from '@playwright/test';
import { programById } from '../../lib/programs/programs';
import { formScreens, shownValue } from '../../lib/programs/program-form';

export interface CheckerSettings {
  client: string;
  incoming: {
    protocol: 'pop3' | 'imap';
    server: string;
    port: string;
    security: 'none' | 'tls' | 'starttls';
    auth?: string;
  };
  outgoing: { server: string; port: string; security: 'none' | 'tls' | 'starttls'; auth: string };
}

/**
 * Fills in the checker form as a customer copies it from their program: for a modelled program
 * (lib/programs/), each of its own controls as that control shows our value (a switch, a checkbox,
 * the program's dropdown option); for "other", the generic fields.
 */
export async function fillChecker(page: Page, settings: CheckerSettings) {
  const form = page.getByTestId('checker-form');
  await expect(form.locator('button[type="submit"]')).toBeEnabled();
  // The form's fields depend on the program chosen, which React renders: start it as a person would
  // (public pages start React at the first sign of one), then wait for the program's own fields.
  await page.mouse.move(8, 8);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
  await page.locator('#client').selectOption(settings.client);
  const program = programById(settings.client);
  if (program) await expect(page.getByTestId('program-fields')).toHaveAttribute('data-program', program.id);
  await page.locator('[id="incoming.protocol"]').selectOption(settings.incoming.protocol);
  const ours: Record<string, string> = {
    'incoming.server': settings.incoming.server,
    'incoming.port': settings.incoming.port,
    'incoming.security': settings.incoming.security,
    'incoming.auth': settings.incoming.auth ?? 'password',
    'outgoing.server': settings.outgoing.server,
    'outgoing.port': settings.outgoing.port,
    'outgoing.security': settings.outgoing.security,
    'outgoing.auth': settings.outgoing.auth,
  };
  if (!program) {
    for (const field of ['incoming.server', 'incoming.port', 'outgoing.server', 'outgoing.port'])
      await page.locator(`[id="${field}"]`).fill(ours[field]!);
    for (const field of ['incoming.security', 'outgoing.security', 'outgoing.auth'])
      await page.locator(`[id="${field}"]`).selectOption(ours[field]!);
    return;
  }
  for (const { tabs } of formScreens(program, settings.incoming.protocol))
    for (const { controls } of tabs)
      for (const control of controls) {
        const value = shownValue(control, ours[control.field]);
        const element = page.locator(`[id="pc-${control.id}"]`);
        switch (control.kind) {
          case 'text':
          case 'number':
            await element.fill(value);
            break;
          case 'switch':
          case 'checkbox':
            await element.setChecked(value === 'on');
            break;
          case 'dropdown':
            if (value) await element.selectOption(value);
            break;
          case 'radio':
            if (value) await element.locator(`input[value="${value}"]`).check();
            break;
        }
      }
}

/** Fills in the checker form on the current page and sends it. */
export async function submitChecker(page: Page, settings: CheckerSettings) {
  await fillChecker(page, settings);
  await page.getByTestId('checker-form').locator('button[type="submit"]').click();
}
