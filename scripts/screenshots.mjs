// `npm run screenshots`: the README's screenshots, taken from a running portal (so they show what the
// code does today), in both languages: the home page, and a checker result for an old Outlook setup
// (POP3 on 110 without SSL, SMTP on 25 without AUTH). Start the demo first (`npm run demo`), then
// run this; SCREENSHOT_URL points elsewhere (default http://localhost:3000). Writes docs/images/*.png.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { root } from './lib/tasks.mjs';

const base = (process.env.SCREENSHOT_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
  /\/$/,
  '',
);
const out = path.join(root, 'docs/images');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  for (const locale of ['en', 'ja']) {
    await page.goto(`${base}/${locale}`);
    await page.screenshot({ path: path.join(out, `home-${locale}.png`) });

    await page.goto(`${base}/${locale}/check`);
    const form = page.getByTestId('checker-form');
    await form.locator('button[type="submit"]').waitFor();
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="checker-form"] button[type="submit"]')
          ?.hasAttribute('disabled'),
    );
    await page.locator('#client').selectOption('outlook');
    await page.locator('[id="incoming.protocol"]').selectOption('pop3');
    await page.locator('[id="incoming.server"]').fill('mail.example.test');
    await page.locator('[id="incoming.port"]').fill('110');
    await page.locator('[id="incoming.security"]').selectOption('none');
    await page.locator('[id="outgoing.server"]').fill('mail.example.test');
    await page.locator('[id="outgoing.port"]').fill('25');
    await page.locator('[id="outgoing.security"]').selectOption('none');
    await page.locator('[id="outgoing.auth"]').selectOption('off');
    await form.locator('button[type="submit"]').click();
    const result = page.locator('section[aria-labelledby="check-result"]');
    await result.waitFor({ timeout: 30_000 });
    await result.scrollIntoViewIfNeeded();
    await result.screenshot({ path: path.join(out, `check-${locale}.png`) });
  }
  console.log(`Screenshots written to ${path.relative(root, out)}/ (home-en, home-ja, check-en, check-ja).`);
} finally {
  await browser.close();
}
