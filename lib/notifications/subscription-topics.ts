import { NOTICE_CATEGORIES, type NoticeCategory } from '@/lib/notices/notice-kinds';

/** What a subscriber can hear about: the notice categories, and status changes per component. */
export const NOTICE_TOPICS = NOTICE_CATEGORIES;
export type NoticeTopic = NoticeCategory;

export const FREQUENCIES = ['immediate', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Digest hours offered, in Japan time. */
export const DIGEST_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * Lists are stored delimited on both sides (",maintenance,security,") so that "is X in the list"
 * is one LIKE '%,X,%' on either database, and no value can match part of another.
 */
export function toDelimited(values: readonly string[]): string {
  const unique = [...new Set(values)].filter(Boolean);
  return unique.length ? `,${unique.join(',')},` : '';
}

export function fromDelimited(stored: string): string[] {
  return stored.split(',').filter(Boolean);
}

export function inDelimited(stored: string, value: string): boolean {
  return stored.includes(`,${value},`);
}
