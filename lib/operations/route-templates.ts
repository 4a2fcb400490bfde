import { isLocale } from '@/i18n/routing';

/**
 * Every route of the app as its template (app/ without route groups), for metrics labelled by route:
 * a handful of values, never the paths as requested. tests/unit/route-templates.test.ts keeps the
 * list equal to the app's pages and route handlers.
 */
export const ROUTE_TEMPLATES = [
  '/.well-known/autoconfig/mail/config-v1.1.xml',
  '/.well-known/mail-v1.xml',
  '/[locale]',
  '/[locale]/[...rest]',
  '/[locale]/admin',
  '/[locale]/admin/audit',
  '/[locale]/admin/faq',
  '/[locale]/admin/faq/[id]',
  '/[locale]/admin/faq/[id]/delete',
  '/[locale]/admin/faq/new',
  '/[locale]/admin/guides',
  '/[locale]/admin/guides/[program]',
  '/[locale]/admin/guides/compatibility',
  '/[locale]/admin/insights',
  '/[locale]/admin/insights/mail-servers',
  '/[locale]/admin/login',
  '/[locale]/admin/mail-servers',
  '/[locale]/admin/notices',
  '/[locale]/admin/notices/[id]',
  '/[locale]/admin/notices/[id]/history',
  '/[locale]/admin/notices/[id]/preview',
  '/[locale]/admin/notices/new',
  '/[locale]/admin/notifications',
  '/[locale]/admin/notifications/mail',
  '/[locale]/admin/notifications/mail/[id]',
  '/[locale]/admin/reports',
  '/[locale]/admin/staff',
  '/[locale]/admin/status',
  '/[locale]/admin/status/[id]',
  '/[locale]/check',
  '/[locale]/diagnose',
  '/[locale]/faq',
  '/[locale]/guides',
  '/[locale]/guides/[program]',
  '/[locale]/guides/[program]/query',
  '/[locale]/guides/dns-records',
  '/[locale]/guides/mail.mobileconfig',
  '/[locale]/mail-report',
  '/[locale]/notices',
  '/[locale]/notices/[slug]',
  '/[locale]/notices/archive',
  '/[locale]/notices/archive/[year]',
  '/[locale]/notices/feed.xml',
  '/[locale]/search',
  '/[locale]/status',
  '/[locale]/status/feed.xml',
  '/[locale]/subscribe',
  '/[locale]/subscriptions/confirm',
  '/[locale]/subscriptions/manage',
  '/api/admin/insights/[dataset]',
  '/api/admin/mail-readiness/[dataset]',
  '/api/admin/mail-registry',
  '/api/admin/preview',
  '/api/check',
  '/api/check/impact',
  '/api/diagnose',
  '/api/feedback',
  '/api/health',
  '/api/mail-events/dovecot',
  '/api/mail-events/postfix',
  '/api/metrics',
  '/api/ready',
  '/api/search/click',
  '/api/status',
  '/api/subscriptions/unsubscribe',
  '/autodiscover/autodiscover.json/v1.0/[address]',
  '/autodiscover/autodiscover.xml',
  '/guides/images/[id]',
  '/mail/config-v1.1.xml',
  // Answered by proxy.ts (a redirect to the visitor's language), by Next from app/robots.ts and
  // app/sitemap.ts, and from public/.
  '/',
  '/robots.txt',
  '/sitemap.xml',
  '/favicon.ico',
  '/og-image.png',
  '/icons/[file]',
] as const;

/** Requests for the build's files and images, and anything no route claims. */
export const STATIC_ROUTE = '/_next/static';
export const IMAGE_ROUTE = '/_next/image';
export const OTHER_ROUTE = 'other';

type Segment = { kind: 'static'; text: string } | { kind: 'locale' } | { kind: 'param' } | { kind: 'rest' };
interface Compiled {
  template: string;
  segments: Segment[];
}

const compile = (template: string): Compiled => ({
  template,
  segments: template
    .split('/')
    .filter(Boolean)
    .map((part): Segment =>
      part.startsWith('[...')
        ? { kind: 'rest' }
        : part === '[locale]'
          ? { kind: 'locale' }
          : part.startsWith('[')
            ? { kind: 'param' }
            : { kind: 'static', text: part },
    ),
});

/** Most specific first: more literal segments win, a catch-all comes last. */
const COMPILED = ROUTE_TEMPLATES.map(compile).sort((a, b) => {
  const rest = (c: Compiled) => (c.segments.some((s) => s.kind === 'rest') ? 1 : 0);
  const literal = (c: Compiled) => c.segments.filter((s) => s.kind === 'static').length;
  return rest(a) - rest(b) || literal(b) - literal(a) || b.segments.length - a.segments.length;
});

function matches({ segments }: Compiled, parts: string[]): boolean {
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    if (segment.kind === 'rest') return parts.length > i;
    if (i >= parts.length) return false;
    if (segment.kind === 'static' && segment.text !== parts[i]) return false;
    // Only a language of the site is a [locale]: /api/x/y is no page in a language.
    if (segment.kind === 'locale' && !isLocale(parts[i])) return false;
  }
  return parts.length === segments.length;
}

const memo = new Map<string, string>();
const MEMO_MAX = 2_000;

/** The template a request path belongs to (`/ja/notices/x` → `/[locale]/notices/[slug]`). */
export function routeTemplateOf(path: string): string {
  if (path.startsWith('/_next/static/')) return STATIC_ROUTE;
  if (path.startsWith('/_next/image')) return IMAGE_ROUTE;
  const known = memo.get(path);
  if (known) return known;
  const parts = path.split('/').filter(Boolean);
  const template = COMPILED.find((c) => matches(c, parts))?.template ?? OTHER_ROUTE;
  // Paths are what clients send: remember only a bounded number of them.
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(path, template);
  return template;
}
