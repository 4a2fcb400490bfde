import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import { routing, type Locale } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';

/**
 * The pages the edge proxy (deploy/nginx/) answers with when no app instance does and it has no
 * cached copy: plain, self-contained HTML in each language (no script, no external file, so they
 * work with everything behind the proxy down). `check` is the checker's own page: it says what the
 * customer can do instead of a bare "502 Bad Gateway". `bad-request` answers an address the app
 * cannot read (a malformed %-encoding, on which Next fails before any of the portal's code runs).
 */
export type FallbackPage = 'unavailable' | 'check-unavailable' | 'bad-request';
export const FALLBACK_PAGES: FallbackPage[] = ['unavailable', 'check-unavailable', 'bad-request'];

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function fallbackPage(page: FallbackPage, locale: Locale): string {
  const t = createTranslator({
    locale,
    messages: locale === 'ja' ? ja : en,
    namespace: 'EdgeFallback',
    timeZone: 'Asia/Tokyo',
  });
  const site = siteConfig();
  const other = routing.locales.find((l) => l !== locale) ?? locale;
  const title =
    page === 'check-unavailable'
      ? t('checkTitle')
      : page === 'bad-request'
        ? t('badRequestTitle')
        : t('title', { ispName: site.ispName[locale] });
  const body =
    page === 'check-unavailable' ? t('checkBody') : page === 'bad-request' ? t('badRequestBody') : t('body');
  const links = [
    [`/${locale}/status`, t('statusLink')],
    [`/${locale}/guides`, t('guidesLink')],
    [`/${locale}`, t('homeLink')],
  ];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;line-height:1.7;color:#0f172a;background:#f8fafc}
main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}
h1{font-size:1.5rem;line-height:1.4;margin:0 0 1rem}
p{margin:0 0 1rem}
ul{padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.75rem}
a{display:inline-block;padding:.6rem 1rem;border:1px solid #cbd5e1;border-radius:.5rem;background:#fff;color:#1d4ed8;font-weight:600}
.lang{font-size:.875rem}
</style>
</head>
<body>
<main>
<p class="lang"><a href="/${other}/${page === 'check-unavailable' ? 'check' : ''}" lang="${other}">${escape(t('otherLanguage'))}</a></p>
<h1>${escape(title)}</h1>
<p>${escape(body)}</p>
<ul>${links.map(([href, label]) => `<li><a href="${href}">${escape(label!)}</a></li>`).join('')}</ul>
<p>${escape(t('contact', { phone: site.supportPhone, hours: site.supportHours[locale] }))}</p>
</main>
</body>
</html>
`;
}
