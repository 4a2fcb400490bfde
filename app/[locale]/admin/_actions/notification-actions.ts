'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isLocale, routing } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import {
  deleteSubscriber,
  lookupSubscriber,
  retryFailed,
  sendTestCopy,
} from '@/lib/notifications/admin-notifications';
import { appMailWords } from '@/lib/notifications/app-mail-words';
import { processMailSender } from '@/lib/notifications/notification-job';

const pageLocale = (form: FormData) =>
  isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
const eventId = z.string().regex(/^[a-z0-9]{1,40}$/);

/** Queues an event's failed mails again (editors: they publish, they may resend). */
export const retryFailedAction = staffFormAction('editor', async (user, form) => {
  const id = eventId.safeParse(form.get('eventId'));
  const locale = pageLocale(form);
  if (!id.success) redirect(`/${locale}/admin/notifications`);
  const count = await retryFailed(id.data, { email: user.email, ip: (await requestMeta()).ip });
  redirect(`/${locale}/admin/notifications?retried=${count}`);
});

/** Mails one event to the staff member's own address, in the language chosen. */
export const testCopyAction = staffFormAction('editor', async (user, form) => {
  const id = eventId.safeParse(form.get('eventId'));
  const language = String(form.get('language') ?? '');
  const locale = pageLocale(form);
  if (!id.success || !isLocale(language)) redirect(`/${locale}/admin/notifications`);
  let sent = false;
  try {
    sent = await sendTestCopy({
      eventId: id.data,
      locale: language,
      to: user.email,
      sender: processMailSender(),
      words: appMailWords,
    });
  } catch {
    redirect(`/${locale}/admin/notifications?test=failed`);
  }
  if (sent)
    await recordAudit({
      actorEmail: user.email,
      action: 'notification.test',
      targetType: 'event',
      targetId: id.data,
      summary: language,
      ip: (await requestMeta()).ip,
    });
  redirect(`/${locale}/admin/notifications?test=${sent ? 'sent' : 'failed'}`);
});

export type LookupState =
  | { status: 'idle' }
  | { status: 'invalid' | 'not-found' | 'deleted' }
  | { status: 'found'; record: Awaited<ReturnType<typeof lookupSubscriber>> & { ok: true }; json: string };

/** Admins only: an address's record ("why do I get this?"), as a table and as a JSON export. */
export const lookupSubscriberAction = staffAction(
  'admin',
  async (user, _previous: LookupState, form: FormData): Promise<LookupState> => {
    const result = await lookupSubscriber(String(form.get('email') ?? ''));
    const { ip } = await requestMeta();
    if (!result.ok) return { status: result.error };
    const exporting = form.get('intent') === 'export';
    await recordAudit({
      actorEmail: user.email,
      action: exporting ? 'subscriber.export' : 'subscriber.lookup',
      targetType: 'subscriber',
      targetId: result.subscriber.id,
      ip,
    });
    return { status: 'found', record: result, json: JSON.stringify(result, null, 2) };
  },
);

export const deleteSubscriberAction = staffAction(
  'admin',
  async (user, _previous: LookupState, form: FormData): Promise<LookupState> => {
    const id = z
      .string()
      .regex(/^[a-z0-9]{1,40}$/)
      .safeParse(form.get('subscriberId'));
    if (!id.success) return { status: 'invalid' };
    const deleted = await deleteSubscriber(id.data, { email: user.email, ip: (await requestMeta()).ip });
    return { status: deleted ? 'deleted' : 'not-found' };
  },
);
