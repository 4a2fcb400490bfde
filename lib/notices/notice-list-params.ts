import { z } from 'zod';
import { noticeCategorySchema } from './notice-fields';

/**
 * The notices index's query string. Anything malformed (an unknown category, `page=0`, `page=abc`,
 * a repeated parameter) is rejected so the page can answer 404 instead of guessing.
 */
const pageSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);

const listParamsSchema = z.object({
  category: noticeCategorySchema.optional(),
  page: pageSchema.optional(),
});

export type NoticeListParams = { category?: z.infer<typeof noticeCategorySchema>; page: number };

export function parseNoticeListParams(
  searchParams: Record<string, string | string[] | undefined>,
): NoticeListParams | null {
  const parsed = listParamsSchema.safeParse({ category: searchParams.category, page: searchParams.page });
  if (!parsed.success) return null;
  return { category: parsed.data.category, page: parsed.data.page ?? 1 };
}
