/**
 * The closed sets a notice's fields take, without zod: client components (the subscription form's
 * topics, the category filter) import these, and zod would otherwise be shipped to every public page
 * that shows them (about 30 KB gzipped). notice-fields.ts builds the validation schemas from them.
 */
// Stored as strings so every database provider agrees.
export const NOTICE_CATEGORIES = [
  'maintenance',
  'service-change',
  'security',
  'spam-abuse',
  'general',
] as const;
export const NOTICE_IMPORTANCE = ['normal', 'important'] as const;
export const NOTICE_STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const;
/** Statuses a reader may see (once their publish date has come). */
export const PUBLIC_NOTICE_STATUSES = ['published', 'archived'] as const;

export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];
export type NoticeImportance = (typeof NOTICE_IMPORTANCE)[number];
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export function isNoticeCategory(value: unknown): value is NoticeCategory {
  return (NOTICE_CATEGORIES as readonly unknown[]).includes(value);
}
