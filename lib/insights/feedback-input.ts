import { z } from 'zod';
import { routing } from '@/i18n/routing';

export const FEEDBACK_KINDS = ['notice', 'faq', 'guide'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_COMMENT_MAX = 500;

/** What the "Was this helpful?" form sends: the page, the answer, an optional comment on "no". */
export const feedbackInputSchema = z
  .object({
    kind: z.enum(FEEDBACK_KINDS),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
    locale: z.enum(routing.locales),
    helpful: z.boolean(),
    comment: z
      .string()
      .max(FEEDBACK_COMMENT_MAX * 4)
      .default('')
      .transform((text) => text.normalize('NFKC').trim())
      // Line breaks are fine in a comment; other control characters are not.
      .refine((text) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(text), 'comment')
      .refine((text) => Array.from(text).length <= FEEDBACK_COMMENT_MAX, 'comment'),
    /** The browser's random id (kept in its storage), so one browser has one vote per page. */
    voter: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  })
  .refine((input) => !input.helpful || input.comment === '', { path: ['comment'], message: 'comment' });
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
