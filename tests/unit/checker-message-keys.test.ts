import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import { CHECK_ERRORS, EXPLAINED_REFUSALS, NAMED_STEPS } from '@/lib/mail-check/checker-message-keys';

describe('the checker’s closed sets of message keys', () => {
  for (const [name, catalog] of [
    ['en', en],
    ['ja', ja],
  ] as const) {
    it(`match the keys of messages/${name}.json`, () => {
      expect([...NAMED_STEPS].sort()).toEqual(Object.keys(catalog.Checker.stepName).sort());
      expect([...CHECK_ERRORS].sort()).toEqual(Object.keys(catalog.Checker.errors).sort());
      const refusals = Object.keys(catalog.Checker.outcome)
        .filter((key) => /^refused-[A-Z_]+$/.test(key))
        .map((key) => key.slice('refused-'.length));
      expect([...EXPLAINED_REFUSALS].sort()).toEqual(refusals.sort());
    });
  }
});
