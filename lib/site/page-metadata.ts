import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { siteConfig } from './config';

/**
 * Metadata every public page shares: a canonical URL, hreflang alternates for the languages the
 * page exists in plus `x-default` (the unprefixed path, which redirects by browser language), and
 * Open Graph tags.
 */
export function pageMetadata(options: {
  locale: Locale;
  /** Path without the locale prefix, e.g. `/notices/some-slug`. */
  path: string;
  title: string;
  description: string;
  siteName: string;
  /** Languages the page has content in; defaults to all. */
  locales?: readonly Locale[];
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
}): Metadata {
  const { locale, path, title, description, siteName } = options;
  const locales = options.locales?.length ? options.locales : routing.locales;
  const href = (l: Locale) => getPathname({ locale: l, href: path });
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = href(l);
  languages['x-default'] = path === '/' ? '/' : path;

  return {
    metadataBase: new URL(siteConfig().baseUrl),
    title,
    description,
    alternates: { canonical: href(locale), languages },
    openGraph: {
      title,
      description,
      siteName,
      url: href(locale),
      locale: locale === 'ja' ? 'ja_JP' : 'en_US',
      alternateLocale: locales.filter((l) => l !== locale).map((l) => (l === 'ja' ? 'ja_JP' : 'en_US')),
      type: options.type ?? 'website',
      images: [{ url: '/og-image.png', width: 1200, height: 630 }],
      ...(options.publishedTime ? { publishedTime: options.publishedTime } : {}),
      ...(options.modifiedTime ? { modifiedTime: options.modifiedTime } : {}),
    },
  };
}
