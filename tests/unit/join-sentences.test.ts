import { describe, expect, it } from 'vitest';
import { joinSentences, sentenceGap } from '@/i18n/join-sentences';
import { routing } from '@/i18n/routing';

describe('sentences side by side', () => {
  it('runs Japanese sentences on and spaces English ones, leaving out the empty ones', () => {
    expect(joinSentences('ja', 'この方法は終了しました。', '', null, 'お知らせをご覧ください。')).toBe(
      'この方法は終了しました。お知らせをご覧ください。',
    );
    expect(joinSentences('en', 'This stopped working.', false, undefined, 'Read the notice.')).toBe(
      'This stopped working. Read the notice.',
    );
    expect(joinSentences('en')).toBe('');
  });

  it('knows the gap for every language the portal speaks', () => {
    expect(routing.locales.map((locale) => [locale, sentenceGap(locale)])).toEqual(
      routing.locales.map((locale) => [locale, locale === 'ja' ? '' : ' ']),
    );
  });
});
