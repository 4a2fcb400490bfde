/** Validation schemas of a notice's fields (the closed sets themselves: notice-kinds.ts). */
import { z } from 'zod';
import { NOTICE_CATEGORIES, NOTICE_IMPORTANCE, NOTICE_STATUSES } from './notice-kinds';

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
