import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type Locale } from './routing';

/**
 * The `[locale]` segment of a page or its metadata, validated. Layout and page render in parallel,
 * so each page checks for itself: `/favicon.ico` or `/xx` must end in a 404, not in a page rendered
 * with a locale that does not exist. Also enables static rendering for the locale.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
