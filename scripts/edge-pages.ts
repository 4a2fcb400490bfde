/**
 * `npm run edge:pages -- <dir>`: writes the edge proxy's fallback pages (lib/edge/fallback-pages.ts)
 * to <dir>/<locale>/<page>.html, with the ISP's name and support line from the environment (the
 * same PORTAL_* variables as the portal). deploy/nginx/portal.conf.template serves them from there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { FALLBACK_PAGES, fallbackPage } from '../lib/edge/fallback-pages';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run edge:pages -- <directory>');
  process.exit(1);
}
for (const locale of routing.locales) {
  fs.mkdirSync(path.join(dir, locale), { recursive: true });
  for (const page of FALLBACK_PAGES)
    fs.writeFileSync(path.join(dir, locale, `${page}.html`), fallbackPage(page, locale));
}
console.log(`Fallback pages written to ${dir}`);
