import { z } from 'zod';
import { isoDay, parseJapanDay } from '@/lib/dates/format-date';

/**
 * The two fields every content editor shares (notices, FAQ, guides): the "review by" day, and
 * "minor change", which keeps a typo fix in one language from flagging the other as out of date.
 */
export const reviewInputFields = {
  /** Start of the day in Japan time; null: the default interval after the save (lib/insights/review-dates.ts). */
  reviewBy: z.date().nullable().default(null),
  minor: z.boolean().default(false),
};

/** The form's values: an unreadable day becomes an Invalid Date, which the schema refuses as `invalid`. */
export function readReviewFields(form: FormData): { reviewBy: Date | null; minor: boolean } {
  const day = String(form.get('reviewBy') ?? '').trim();
  let reviewBy: Date | null = null;
  if (day) {
    try {
      reviewBy = parseJapanDay(day);
    } catch {
      reviewBy = new Date(Number.NaN);
    }
  }
  return { reviewBy, minor: form.get('minor') === 'on' };
}

/** The editor's value for a stored review day ('' when the default applies). */
export const reviewByValue = (reviewBy: Date | null | undefined) => (reviewBy ? isoDay(reviewBy) : '');

/**
 * The translation columns a save writes. A substantive edit moves `editedAt` (the other language is
 * now out of date until someone updates it); a minor one changes the text only.
 */
export const translationStamp = (minor: boolean, existed: boolean, now: Date) =>
  minor && existed ? {} : { editedAt: now, reviewedAt: now };
