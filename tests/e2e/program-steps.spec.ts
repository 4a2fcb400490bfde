import { expect, test, type Page } from '@playwright/test';
import { PROGRAMS, programById } from '../../lib/programs/programs';
import { fillChecker } from './checker-helpers';
import { expectNoAxeViolations } from './helpers';

/**
 * The checker's steps can be followed on the customer's own screen: for the seeds' customer (POP3 on
 * 110 without SSL, SMTP on 25, POP before SMTP), in each program and language, the answer's steps are
 * the program's guide's steps (the same sentences), name only that program's labels, come with a
 * drawing of each screen, and pass axe. A correct setup gets no steps at all.
 */
const SEEDS = {
  incoming: {
    protocol: 'pop3' as const,
    server: 'mail.example.test',
    port: '110',
    security: 'none' as const,
  },
  outgoing: { server: 'mail.example.test', port: '25', security: 'none' as const, auth: 'pop-before-smtp' },
};
const CORRECT = {
  incoming: { protocol: 'pop3' as const, server: 'mail.example.test', port: '995', security: 'tls' as const },
  outgoing: { server: 'mail.example.test', port: '587', security: 'starttls' as const, auth: 'on' },
};

async function answerSteps(
  page: Page,
  locale: 'ja' | 'en',
  program: string,
  settings: typeof SEEDS | typeof CORRECT,
) {
  await page.goto(`/${locale}/check`);
  await fillChecker(page, { client: program, ...settings });
  await page.getByTestId('checker-form').locator('button[type="submit"]').click();
  await expect(page.locator('#check-result')).toBeVisible({ timeout: 20_000 });
  return page
    .getByTestId('program-steps')
    .locator('li[data-step-text]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-step-text') ?? ''));
}

for (const program of ['outlook', 'outlook-2013', 'iphone', 'becky', 'thunderbird'])
  for (const locale of ['ja', 'en'] as const)
    test(`${program} (${locale}): the answer's steps are the guide's, in that program's words`, async ({
      page,
    }) => {
      const model = programById(program)!;
      const steps = await answerSteps(page, locale, program, SEEDS);
      expect(steps.length).toBeGreaterThanOrEqual(4);
      // One drawing per screen and tab the steps are on, each named by its steps.
      const groups = await page.getByTestId('program-steps').locator('section[data-screen]').count();
      await expect(page.getByTestId('screen-drawing')).toHaveCount(groups);

      // Every label the steps quote is one of this program's own (and not only another program's).
      const own = new Set(
        model.screens.flatMap((s) =>
          s.tabs.flatMap((t) =>
            t.controls.flatMap((c) => [c.label[locale], ...(c.options ?? []).map((o) => o.label[locale])]),
          ),
        ),
      );
      for (const step of steps) {
        const quoted = [...step.matchAll(locale === 'ja' ? /「([^」]+)」/g : /“([^”]+)”/g)].map((m) => m[1]!);
        for (const label of quoted.filter((q) => !/^\d+$/.test(q) && !q.includes('.')))
          expect([program, label, own.has(label)]).toEqual([program, label, true]);
      }
      await expectNoAxeViolations(page);

      // The guide shows the same sentences for an existing account, first.
      await page.goto(`/${locale}/guides/${model.guide}?type=pop3`);
      await expect(page.locator('h2[id^="section-"]').first()).toHaveAttribute(
        'id',
        'section-existingAccount',
      );
      const guide = await page
        .getByTestId('guide-steps')
        .locator('li[data-step-text]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-step-text') ?? ''));
      for (const step of steps) expect(guide, `${program}: ${step}`).toContain(step);
    });

test('a correct setup gets no steps, in any program', async ({ page }) => {
  for (const program of ['iphone', 'thunderbird'])
    for (const locale of ['ja', 'en'] as const) {
      expect(await answerSteps(page, locale, program, CORRECT)).toEqual([]);
      await expect(page.locator('#check-result')).toHaveAttribute('data-verdict', 'ok');
    }
});

test('every modelled program is offered by the checker', async ({ page }) => {
  await page.goto('/en/check');
  const offered = await page
    .locator('#client option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  for (const program of PROGRAMS) expect(offered).toContain(program.id);
});
