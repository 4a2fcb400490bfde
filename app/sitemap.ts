import type { MetadataRoute } from 'next';
import { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { cachedArchiveYears, cachedPublicNoticeSlugs } from '@/lib/notices/cached-notices';
import { siteConfig } from '@/lib/site/config';
import { GUIDE_PROGRAMS } from '@/lib/guides/guide-programs';

// Built from the database at request time (and cached by tag), never at build time.
export const dynamic = 'force-dynamic';

/** Every public page in every language it exists in, each with its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteConfig().baseUrl;
  const url = (locale: Locale, path: string) => `${base}${getPathname({ locale, href: path })}`;
  const entry = (path: string, locales: readonly Locale[], lastModified?: string) =>
    locales.map((locale) => ({
      url: url(locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, url(l, path)])) },
    }));

  const [notices, years] = await Promise.all([cachedPublicNoticeSlugs(), cachedArchiveYears()]);
  return [
    ...entry('/', routing.locales),
    ...entry('/notices', routing.locales),
    ...entry('/notices/archive', routing.locales),
    ...entry('/faq', routing.locales),
    ...entry('/check', routing.locales),
    ...entry('/diagnose', routing.locales),
    ...entry('/guides', routing.locales),
    ...[...GUIDE_PROGRAMS, 'other'].map((program) => entry(`/guides/${program}`, routing.locales)).flat(),
    ...years.flatMap(({ year }) => entry(`/notices/archive/${year}`, routing.locales)),
    ...notices.flatMap((notice) => entry(`/notices/${notice.slug}`, notice.locales, notice.updatedAt)),
  ];
}
