import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatLongDate, isoDay } from '@/lib/dates/format-date';

/** A notice date as a `<time>` element, in Japan time, in the page's language. */
export function NoticeDate({ date, locale, long = false }: { date: string; locale: Locale; long?: boolean }) {
  const value = new Date(date);
  return (
    <time dateTime={isoDay(value)}>{long ? formatLongDate(value, locale) : formatDate(value, locale)}</time>
  );
}

/** Values for a rich message such as "Updated <time>{date}</time>". */
export function richDate(date: string, locale: Locale, long = false) {
  const value = new Date(date);
  return {
    date: long ? formatLongDate(value, locale) : formatDate(value, locale),
    time: (chunks: ReactNode) => <time dateTime={isoDay(value)}>{chunks}</time>,
  };
}
