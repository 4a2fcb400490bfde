import { routing, type Locale } from '@/i18n/routing';

/**
 * Per language: missing, current, or stale — the other language was edited after this one was last
 * edited or marked current. Shared by notices and FAQ questions.
 */
export type TranslationState = 'missing' | 'current' | 'stale';

export function translationStates(
  translations: { locale: string; editedAt: Date; reviewedAt: Date }[],
): Record<Locale, TranslationState> {
  const states = {} as Record<Locale, TranslationState>;
  for (const locale of routing.locales) {
    const mine = translations.find((t) => t.locale === locale);
    if (!mine) {
      states[locale] = 'missing';
      continue;
    }
    const newerElsewhere = translations.some((t) => t.locale !== locale && t.editedAt > mine.reviewedAt);
    states[locale] = newerElsewhere ? 'stale' : 'current';
  }
  return states;
}

/** The languages out of date against the other (none for a document not saved yet). */
export function staleLocales(states: Record<Locale, TranslationState> | undefined): Locale[] {
  return states ? routing.locales.filter((l) => states[l] === 'stale') : [];
}
