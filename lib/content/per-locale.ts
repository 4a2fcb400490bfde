import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';

/** A zod object with the same schema under every locale: `{ ja: …, en: … }`. */
export function perLocale<T extends z.ZodType>(schema: T) {
  return z.object(Object.fromEntries(routing.locales.map((l) => [l, schema])) as Record<Locale, T>);
}
