'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requestMeta } from '@/lib/auth/request-context';
import { staffFormAction } from '@/lib/auth/staff-guard';
import { markFeedbackHandled } from '@/lib/insights/feedback-summary';
import { markReviewed } from '@/lib/insights/review-dates';

const handledForm = z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) });

/**
 * Marks a "no" comment as dealt with (editors: they fix the content). The insights page is
 * re-rendered in place, so the comment shows who handled it without a redirect.
 */
export const markFeedbackHandledAction = staffFormAction('editor', async (user, form) => {
  const parsed = handledForm.safeParse({ id: form.get('id') });
  if (!parsed.success) return;
  await markFeedbackHandled(parsed.data.id, { email: user.email, ip: (await requestMeta()).ip });
  revalidatePath('/[locale]/admin/insights', 'page');
});

const reviewedForm = z.object({
  kind: z.enum(['notice', 'faq', 'guide']),
  id: z.string().regex(/^[a-z0-9]{1,40}$/),
});

/** "Reviewed, still correct" from the overdue list: the next review date moves one interval on. */
export const markReviewedAction = staffFormAction('editor', async (user, form) => {
  const parsed = reviewedForm.safeParse({ kind: form.get('kind'), id: form.get('id') });
  if (!parsed.success) return;
  await markReviewed(parsed.data.kind, parsed.data.id, { email: user.email, ip: (await requestMeta()).ip });
  revalidatePath('/[locale]/admin/insights', 'page');
});
