import { routing, type Locale } from '@/i18n/routing';

/**
 * Both languages are first-class, but a translation may be missing. Then the reader gets the other
 * language, with `fallback` telling the page to say so, rather than losing the item.
 */
export interface Picked<T> {
  value: T;
  /** The language the text is actually in. */
  locale: Locale;
  /** True when `locale` differs from the language asked for. */
  fallback: boolean;
}

export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  wanted: Locale,
): Picked<T> | null {
  const order: Locale[] = [wanted, ...routing.locales.filter((l) => l !== wanted)];
  for (const locale of order) {
    const found = translations.find((t) => t.locale === locale);
    if (found) return { value: found, locale, fallback: locale !== wanted };
  }
  return null;
}
