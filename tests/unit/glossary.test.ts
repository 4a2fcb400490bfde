import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@/lib/site/glossary';
import { faqCategories } from '@/prisma/seed-content/faq';
import { guides } from '@/prisma/seed-content/guides';
import { notices } from '@/prisma/seed-content/notices';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

/** Every string in a value, with the language it is in (objects keyed `ja`/`en` say which). */
function strings(
  value: unknown,
  locale: 'ja' | 'en' | null,
  out: { locale: 'ja' | 'en' | null; text: string }[] = [],
) {
  if (typeof value === 'string') out.push({ locale, text: value });
  else if (Array.isArray(value)) for (const item of value) strings(item, locale, out);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      strings(item, key === 'ja' || key === 'en' ? key : locale, out);
  return out;
}

describe('one name for each thing', () => {
  const texts = [
    ...strings(ja, 'ja'),
    ...strings(en, 'en'),
    ...strings({ faqCategories, guides, notices }, null),
  ];

  it('reads the catalogs and the demo content in both languages', () => {
    expect(texts.filter((t) => t.locale === 'ja').length).toBeGreaterThan(500);
    expect(texts.filter((t) => t.locale === 'en').length).toBeGreaterThan(500);
  });

  for (const term of GLOSSARY)
    it(`${term.ja} / ${term.en}`, () => {
      for (const locale of ['ja', 'en'] as const) {
        const avoided = term.avoid[locale] ?? [];
        const found = texts
          .filter((t) => t.locale === locale)
          .flatMap((t) =>
            avoided.filter((name) => t.text.includes(name)).map((name) => `${name}: ${t.text.slice(0, 80)}`),
          );
        expect(found).toEqual([]);
      }
      // The preferred Japanese term is in use.
      expect(texts.some((t) => t.locale === 'ja' && t.text.includes(term.ja))).toBe(true);
    });
});
