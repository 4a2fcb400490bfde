import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OTHER_ROUTE,
  ROUTE_TEMPLATES,
  routeTemplateOf,
  STATIC_ROUTE,
} from '@/lib/operations/route-templates';

const appDir = path.resolve(import.meta.dirname, '../../app');

/** Every page and route handler under app/, as its template (route groups left out). */
function appTemplates(dir = appDir, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith('_') ? '' : `/${entry.name}`;
      found.push(...appTemplates(path.join(dir, entry.name), prefix + segment));
    } else if (entry.name === 'page.tsx' || entry.name === 'route.ts') found.push(prefix || '/');
  }
  return found;
}

describe('route templates for metrics', () => {
  it('name every page and route handler of the app', () => {
    const listed = new Set<string>(ROUTE_TEMPLATES);
    const missing = [...new Set(appTemplates())].filter((t) => t !== '/' && !listed.has(t));
    expect(missing).toEqual([]);
  });

  it('label a request by its most specific template, and anything else as one value', () => {
    expect(routeTemplateOf('/ja/notices/tls-end')).toBe('/[locale]/notices/[slug]');
    expect(routeTemplateOf('/en/notices/archive')).toBe('/[locale]/notices/archive');
    expect(routeTemplateOf('/en/notices/archive/2022')).toBe('/[locale]/notices/archive/[year]');
    expect(routeTemplateOf('/en/guides/dns-records')).toBe('/[locale]/guides/dns-records');
    expect(routeTemplateOf('/en/guides/thunderbird')).toBe('/[locale]/guides/[program]');
    expect(routeTemplateOf('/ja/admin/notices/abc/history')).toBe('/[locale]/admin/notices/[id]/history');
    expect(routeTemplateOf('/en/no/such/page')).toBe('/[locale]/[...rest]');
    expect(routeTemplateOf('/api/check')).toBe('/api/check');
    expect(routeTemplateOf('/_next/static/chunks/a.js')).toBe(STATIC_ROUTE);
    expect(routeTemplateOf('/')).toBe('/');
    expect(routeTemplateOf('/api/unknown/thing/x')).toBe(OTHER_ROUTE);
  });
});
