import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatJapaneseEraYear,
  formatLongDate,
  isoDay,
  parseJapanDay,
  yearInJapan,
} from '@/lib/dates/format-date';

describe('formatDate', () => {
  const day = parseJapanDay('2015-07-14');

  it('writes English dates in full', () => {
    expect(formatDate(day, 'en')).toBe('July 14, 2015');
  });

  it('writes Japanese dates with 年月日', () => {
    expect(formatDate(day, 'ja')).toBe('2015年7月14日');
  });

  it('adds the era year to long Japanese dates only', () => {
    expect(formatLongDate(day, 'ja')).toBe('2015年7月14日（平成27年）');
    expect(formatLongDate(day, 'en')).toBe('July 14, 2015');
  });

  it('names the first year of an era 元年 and switches era on 2019-05-01', () => {
    expect(formatJapaneseEraYear(parseJapanDay('2019-04-30'))).toBe('平成31年');
    expect(formatJapaneseEraYear(parseJapanDay('2019-05-01'))).toBe('令和元年');
  });

  it('uses Japan time whatever the server time zone', () => {
    // 2015-07-13 15:30 UTC is already July 14 in Japan.
    const lateUtc = new Date('2015-07-13T15:30:00Z');
    expect(formatDate(lateUtc, 'en')).toBe('July 14, 2015');
    expect(isoDay(lateUtc)).toBe('2015-07-14');
    expect(yearInJapan(new Date('2014-12-31T15:00:00Z'))).toBe(2015);
  });
});

describe('parseJapanDay', () => {
  it('parses a day as midnight in Japan', () => {
    expect(parseJapanDay('2022-08-01').toISOString()).toBe('2022-07-31T15:00:00.000Z');
  });

  it('rejects malformed and impossible days', () => {
    expect(() => parseJapanDay('2022-8-1')).toThrow(RangeError);
    expect(() => parseJapanDay('2022-02-30')).toThrow(RangeError);
  });
});
