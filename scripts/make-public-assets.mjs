// `node scripts/make-public-assets.mjs`: renders the PNG icons, favicon.ico and the Open Graph image in
// public/ from public/icons/icon-light.svg with Chromium, so every raster asset follows the one
// drawing. The outputs are committed; run this again after changing the SVG.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { root } from './lib/tasks.mjs';

const pub = path.join(root, 'public');
const svg = fs.readFileSync(path.join(pub, 'icons/icon-light.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});

async function render(width, height, html, file) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  if (file) fs.writeFileSync(path.join(pub, file), png);
  return png;
}

const icon = (size) =>
  `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>`;
try {
  // iOS draws its own rounded corners: the touch icon is the full square.
  await render(180, 180, icon(180).replace('rx="8"', 'rx="0"'), 'icons/apple-touch-icon.png');
  await render(192, 192, icon(192), 'icons/icon-192.png');
  await render(512, 512, icon(512), 'icons/icon-512.png');
  // favicon.ico for programs that ask for it by name: one 32 × 32 PNG in an ICO container.
  const png32 = await render(32, 32, icon(32));
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(32, 6); // width
  header.writeUInt8(32, 7); // height
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png32.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  fs.writeFileSync(path.join(pub, 'favicon.ico'), Buffer.concat([header, png32]));
  // The Open Graph image carries no ISP name (that is configuration): the mark and both languages.
  await render(
    1200,
    630,
    `<div style="width:1200px;height:630px;background:#0b4d75;display:flex;align-items:center;justify-content:center;gap:56px;font-family:'Noto Sans CJK JP',sans-serif;color:#fff">
       <div style="width:220px;height:220px">${svg.replace('<svg ', '<svg width="220" height="220" ').replace('fill="#0b4d75"', 'fill="#0e6096"')}</div>
       <div><div style="font-size:72px;font-weight:700;line-height:1.2">Mail support</div><div style="font-size:64px;font-weight:700;line-height:1.3">メールサポート</div>
       <div style="font-size:30px;margin-top:24px;opacity:.9">Notices · Setup guides · Check my settings</div></div>
     </div>`,
    'og-image.png',
  );
  console.log(
    'public/: icons/apple-touch-icon.png, icons/icon-192.png, icons/icon-512.png, favicon.ico, og-image.png',
  );
} finally {
  await browser.close();
}
