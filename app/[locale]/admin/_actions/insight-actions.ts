'use server';

import { redirect } from 'next/navigation';
import { isLocale, routing } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { staffFormAction } from '@/lib/auth/staff-guard';
import { markFeedbackHandled } from '@/lib/insights/feedback-summary';

/** Marks a "no" comment as dealt with (editors: they fix the content). */
export const markFeedbackHandledAction = staffFormAction('editor', async (user, form) => {
  const locale = isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
  const id = String(form.get('id') ?? '');
  if (/^[a-z0-9]{1,40}$/.test(id) && (await markFeedbackHandled(id, user.email)))
    await recordAudit({
      actorEmail: user.email,
      action: 'feedback.handled',
      targetType: 'feedback',
      targetId: id,
    });
  redirect(`/${locale}/admin/insights#comments`);
});
