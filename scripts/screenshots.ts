// `npm run screenshots`: the README's and docs/programs.md's screenshots, taken from a running portal
// (so they show what the code does today): the home page in both languages, and the checker's answer
// for the seeds' old setup (POP3 on 110 without SSL, SMTP on 25, POP before SMTP) in each program's
// own words. Start the demo first (`npm run demo`); SCREENSHOT_URL points elsewhere (default
// http://localhost:3000). Writes docs/images/*.png and docs/images/answers/*.png.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { fillChecker } from '../tests/e2e/checker-helpers';
import { parseCli } from './lib/cli.mjs';

parseCli({
  name: 'screenshots',
  usage: `
Usage: npm run screenshots

Takes the documentation's screenshots from a running portal (start it with \`npm run demo\`).
SCREENSHOT_URL is its address (default http://localhost:3000). Writes docs/images/.

  --help   this text`,
  options: {},
});

const base = (process.env.SCREENSHOT_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
  /\/$/,
  '',
);
const out = path.join(process.cwd(), 'docs/images');
fs.mkdirSync(path.join(out, 'answers'), { recursive: true });

/** The programs whose answers the docs show, and the languages. */
const ANSWERS: [string, 'ja' | 'en'][] = [
  ['outlook', 'ja'],
  ['outlook', 'en'],
  ['outlook-2013', 'ja'],
  ['iphone', 'ja'],
  ['iphone', 'en'],
  ['becky', 'ja'],
  ['thunderbird', 'ja'],
  ['thunderbird', 'en'],
];

async function main() {
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
    const desktop = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const locale of ['en', 'ja']) {
      await desktop.goto(`${base}/${locale}`);
      await desktop.screenshot({ path: path.join(out, `home-${locale}.png`) });
    }
    // Answers as a customer sees them on a phone.
    const phone = await browser.newPage({ viewport: { width: 412, height: 900 } });
    for (const [program, locale] of ANSWERS) {
      await phone.goto(`${base}/${locale}/check`);
      await phone.mouse.move(10, 10);
      await fillChecker(phone, {
        client: program,
        incoming: { protocol: 'pop3', server: 'mail.example.test', port: '110', security: 'none' },
        outgoing: { server: 'mail.example.test', port: '25', security: 'none', auth: 'pop-before-smtp' },
      });
      await phone.getByTestId('checker-form').locator('button[type="submit"]').click();
      const changes = phone.locator('section[aria-labelledby="changes-heading"]');
      await changes.waitFor({ timeout: 30_000 });
      await changes.screenshot({ path: path.join(out, 'answers', `${program}-${locale}.png`) });
      if (program === 'outlook')
        await phone
          .locator('section[aria-labelledby="check-result"]')
          .screenshot({ path: path.join(out, `check-${locale}.png`) });
    }
    console.log(`Screenshots written to ${path.relative(process.cwd(), out)}/.`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
