import { defineRouting } from 'next-intl/routing';

/** The one source of the portal's locales. */
export const routing = defineRouting({
  locales: ['ja', 'en'],
  // A Japanese ISP: Japanese is the fallback when the browser states no usable preference.
  defaultLocale: 'ja',
  localePrefix: 'always',
  // Remember an explicit choice made with the language switcher for a year.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
