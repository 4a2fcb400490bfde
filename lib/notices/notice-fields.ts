import { z } from 'zod';

/** The closed sets a notice's fields take. Stored as strings so every database provider agrees. */
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

export const noticeCategorySchema = z.enum(NOTICE_CATEGORIES);
export const noticeStatusSchema = z.enum(NOTICE_STATUSES);
export const noticeImportanceSchema = z.enum(NOTICE_IMPORTANCE);

/** Path segments under /notices/ that a slug may not take. */
export const RESERVED_NOTICE_SLUGS = ['archive', 'feed.xml', 'page', 'category'] as const;

export const noticeSlugSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .refine((slug) => !(RESERVED_NOTICE_SLUGS as readonly string[]).includes(slug));

export function isNoticeCategory(value: unknown): value is NoticeCategory {
  return noticeCategorySchema.safeParse(value).success;
}
