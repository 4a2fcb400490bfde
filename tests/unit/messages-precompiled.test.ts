import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import compile from 'icu-minify/compile';
import format from 'icu-minify/format';
import { flatEn, flatJa } from '../support/message-catalogs';

// The build precompiles both catalogs (next.config.js, next-intl's `messages.precompile`) and pages
// format the compiled form with a small runtime instead of parsing ICU. This proves that every
// message reads exactly as the ICU parser would give it, for every branch of its selects and plurals.

type Values = Record<string, string | number | Date | ((chunks: unknown[]) => string)>;

// intl-messageformat's element types.
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

const SAMPLE_DATE = new Date(Date.UTC(2026, 10, 22, 3, 4, 5));
const PLURAL_COUNTS = [0, 1, 2, 11, 1234];

/** One set of values per branch: a base set, then each select option and plural count in turn. */
function valueSets(message: string, locale: string): Values[] {
  const base: Values = {};
  const variants: [string, (string | number)[]][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as { type?: number; value?: string; options?: Record<string, unknown> };
    const name = element.value ?? '';
    if (element.type === ARGUMENT) base[name] = `‹${name}›`;
    if (element.type === NUMBER) base[name] = 1234.5;
    if (element.type === DATE || element.type === TIME) base[name] = SAMPLE_DATE;
    if (element.type === TAG) base[name] = (chunks) => `<${name}>${chunks.join('')}</${name}>`;
    if (element.type === SELECT) {
      base[name] = 'other';
      variants.push([name, Object.keys(element.options ?? {})]);
    }
    if (element.type === PLURAL) {
      base[name] = 2;
      variants.push([name, PLURAL_COUNTS]);
    }
    Object.values(node).forEach(walk);
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [
    base,
    ...variants.flatMap(([name, options]) => options.map((option) => ({ ...base, [name]: option }))),
  ];
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) =>
    new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

const asText = (result: unknown) => (Array.isArray(result) ? result.join('') : String(result));

describe('precompiled messages', () => {
  for (const [locale, catalog] of [
    ['en', flatEn],
    ['ja', flatJa],
  ] as const) {
    it(`read the same as the ICU parser's in ${locale}, in every branch`, () => {
      let checked = 0;
      for (const [key, message] of Object.entries(catalog)) {
        const compiled = compile(message);
        for (const values of valueSets(message, locale)) {
          const parsed = asText(new IntlMessageFormat(message, locale).format(values as never));
          const fromCompiled = asText(format(compiled, locale, values, { formatters }));
          expect([key, fromCompiled]).toEqual([key, parsed]);
          checked += 1;
        }
      }
      // Every message at least once, and the branches on top.
      expect(checked).toBeGreaterThan(Object.keys(catalog).length);
    });
  }
});
