import type { Locale } from '@/i18n/routing';

/** Notices are dated in Japan time, whatever the reader's or server's time zone. */
export const PORTAL_TIME_ZONE = 'Asia/Tokyo';

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: PORTAL_TIME_ZONE, dateStyle: 'long' }),
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: PORTAL_TIME_ZONE, dateStyle: 'long' }),
};

// The Japanese calendar's era year (平成27年), shown next to the Gregorian date as Japanese notices do.
const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: PORTAL_TIME_ZONE,
  era: 'long',
  year: 'numeric',
});

/** "July 14, 2015" / "2015年7月14日". */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormats[locale].format(date);
}

/** "平成27年" for a date in 2015 (Japan time); ICU writes the first year of an era as 元年. */
export function formatJapaneseEraYear(date: Date): string {
  return eraFormat.format(date);
}

/** The long form used on notice pages: Japanese adds the era in parentheses. */
export function formatLongDate(date: Date, locale: Locale): string {
  const base = formatDate(date, locale);
  return locale === 'ja' ? `${base}（${formatJapaneseEraYear(date)}）` : base;
}

const timeFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', {
    timeZone: PORTAL_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }),
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: PORTAL_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }),
};

/** "July 14, 2015 09:30:00 AM" / "2015年7月14日 09:30:00", Japan time: for staff logs and revisions. */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${formatDate(date, locale)} ${timeFormats[locale].format(date)}`;
}

const minuteFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: PORTAL_TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: PORTAL_TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
};

/** "November 20, 2026 10:00 AM" / "2026年11月20日 10:00", Japan time: for customers (no seconds). */
export function formatDateMinutes(date: Date, locale: Locale): string {
  return `${formatDate(date, locale)} ${minuteFormats[locale].format(date)}`;
}

/** `YYYY-MM-DD` in Japan time, for `<time dateTime>` and feeds. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PORTAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** The year (Japan time) a date falls in. */
export function yearInJapan(date: Date): number {
  return Number(isoDay(date).slice(0, 4));
}

/** Parses `YYYY-MM-DD` as the start of that day in Japan time. */
export function parseJapanDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  const date = new Date(`${day}T00:00:00+09:00`);
  if (Number.isNaN(date.getTime()) || isoDay(date) !== day)
    throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

/**
 * `2026-12-01T09:00` as typed into a datetime-local field, read as Japan time → the UTC instant;
 * empty → null; anything else → undefined (for the caller to report).
 */
export function parseJapanDateTime(value: FormDataEntryValue | null): Date | null | undefined {
  const text = String(value ?? '').trim();
  if (!text) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return undefined;
  const date = new Date(`${text.length === 16 ? `${text}:00` : text}+09:00`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The value of a datetime-local field showing `date` in Japan time. */
export function japanDateTimeInput(date: Date): string {
  return new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
}

const windowParts: Record<Locale, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }> = {
  en: {
    day: new Intl.DateTimeFormat('en-US', {
      timeZone: PORTAL_TIME_ZONE,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
    }),
    time: new Intl.DateTimeFormat('en-US', {
      timeZone: PORTAL_TIME_ZONE,
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  },
  ja: {
    day: new Intl.DateTimeFormat('ja-JP', {
      timeZone: PORTAL_TIME_ZONE,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }),
    time: new Intl.DateTimeFormat('ja-JP', {
      timeZone: PORTAL_TIME_ZONE,
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  },
};

/** "2026年12月8日(火)" → "2026年12月8日（火）": Japanese text uses full-width parentheses. */
function japaneseDay(date: Date): string {
  return windowParts.ja.day.format(date).replace('(', '（').replace(')', '）');
}

/**
 * A time window as people write it, in Japan time: 「2026年12月8日（火）2:00～5:00（日本時間）」 and
 * "Tue, Dec 8, 2026, 2:00–5:00 (Japan time)"; the end's day is repeated only when it differs.
 */
export function formatTimeWindow(start: Date, end: Date | null, locale: Locale): string {
  const { time } = windowParts[locale];
  const day = (date: Date) => (locale === 'ja' ? japaneseDay(date) : windowParts.en.day.format(date));
  const zone = locale === 'ja' ? '（日本時間）' : ' (Japan time)';
  const dash = locale === 'ja' ? '～' : '–';
  const startText =
    locale === 'ja' ? `${day(start)}${time.format(start)}` : `${day(start)}, ${time.format(start)}`;
  if (!end) return `${startText}${locale === 'ja' ? '～' : ' onwards'}${zone}`;
  const sameDay = isoDay(start) === isoDay(end);
  const endText = sameDay
    ? time.format(end)
    : locale === 'ja'
      ? `${day(end)}${time.format(end)}`
      : `${day(end)}, ${time.format(end)}`;
  return `${startText}${dash}${endText}${zone}`;
}
