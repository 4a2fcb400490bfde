/**
 * Writes tests/fixtures/diagnose/*.png (and a JPEG and a WebP): the error dialogs and returned mails of
 * tests/support/diagnose-screenshots.ts rendered by Debian's Chromium (CHROMIUM_PATH), the images the
 * OCR tests read back (tests/unit/diagnose-ocr.test.ts). Run again after changing a case:
 *
 *   npx tsx scripts/make-diagnose-screenshots.ts
 *
 * Needs `chromium` and `fonts-noto-cjk` (apt). The PNGs are committed, so the unit tests need only
 * tesseract, not a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';
import { BLANK_HTML, SCREENSHOT_CASES } from '../tests/support/diagnose-screenshots';

async function toWebp(page: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    return canvas.toDataURL('image/webp', 0.9);
  }, png.toString('base64'));
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function main() {
  const out = path.join(process.cwd(), 'tests', 'fixtures', 'diagnose');
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 760, height: 480 }, deviceScaleFactor: 1 });
    const cases = [...SCREENSHOT_CASES, { name: 'blank', html: BLANK_HTML, formats: undefined }];
    for (const { name, html, formats = ['png'] } of cases) {
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      const shown = page.locator('body > div').first();
      const png = await shown.screenshot({ type: 'png' });
      for (const format of formats) {
        const file = path.join(out, `${name}.${format === 'jpeg' ? 'jpg' : format}`);
        if (format === 'png') fs.writeFileSync(file, png);
        else if (format === 'jpeg') await shown.screenshot({ path: file, type: 'jpeg', quality: 85 });
        // WebP: Chromium's own encoder, through a canvas.
        else fs.writeFileSync(file, await toWebp(page, png));
        console.log(`${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
