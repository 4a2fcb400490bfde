'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isLocale, routing } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { staffFormAction } from '@/lib/auth/staff-guard';
import {
  prepareMailboxNotice,
  queueMailboxNotice,
  sendMailboxNoticeTestCopy,
} from '@/lib/mail-events/tell-affected-mailboxes';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { POLICY_KINDS } from '@/lib/mail-registry/registry-schema';
import { appMailWords } from '@/lib/notifications/app-mail-words';
import { processMailSender } from '@/lib/notifications/notification-job';

const pageLocale = (form: FormData) =>
  isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
const page = (locale: string, query: string, policy?: string) =>
  `/${locale}/admin/insights/mail-servers?${query}${policy ? `#readiness-${policy}` : ''}`;

const prepareInput = z.object({ policy: z.enum(POLICY_KINDS) });
const queueInput = z.object({
  policy: z.enum(POLICY_KINDS),
  campaignId: z.string().regex(/^[a-z0-9]{1,40}$/),
  count: z.coerce.number().int().min(0),
  confirm: z.literal('yes'),
});

/**
 * "Tell these mailboxes", step 1 (admins): the draft with its mailboxes counted, then the test copy to
 * the staff member's own address. The page then shows the count and the button that sends.
 */
export const prepareMailboxNoticeAction = staffFormAction('admin', async (user, form) => {
  const locale = pageLocale(form);
  const input = prepareInput.safeParse({ policy: form.get('policy') });
  if (!input.success) redirect(page(locale, 'notice=invalid'));
  const { ip } = await requestMeta();
  const prepared = await prepareMailboxNotice({
    policyId: input.data.policy,
    registry: await getActiveRegistry(),
    actor: { email: user.email, ip },
  });
  if (!prepared.ok) redirect(page(locale, `notice=${prepared.error}`, input.data.policy));
  let sent = false;
  try {
    sent = await sendMailboxNoticeTestCopy({
      campaignId: prepared.campaignId,
      to: user.email,
      sender: processMailSender(),
      words: appMailWords,
    });
  } catch {
    sent = false;
  }
  redirect(
    page(
      locale,
      `policy=${input.data.policy}&draft=${prepared.campaignId}&count=${prepared.count}&test=${sent ? 'sent' : 'failed'}`,
      input.data.policy,
    ),
  );
});

/** Step 2 (admins): queue exactly the draft's mailboxes, once; the count must be the one shown. */
export const queueMailboxNoticeAction = staffFormAction('admin', async (user, form) => {
  const locale = pageLocale(form);
  const input = queueInput.safeParse({
    policy: form.get('policy'),
    campaignId: form.get('campaignId'),
    count: form.get('count'),
    confirm: form.get('confirm'),
  });
  if (!input.success) redirect(page(locale, 'notice=invalid'));
  const { ip } = await requestMeta();
  const queued = await queueMailboxNotice({
    campaignId: input.data.campaignId,
    confirmedCount: input.data.count,
    actor: { email: user.email, ip },
  });
  redirect(page(locale, queued.ok ? `queued=${queued.count}` : `notice=${queued.error}`, input.data.policy));
});
