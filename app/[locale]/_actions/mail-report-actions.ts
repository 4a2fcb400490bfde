'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { requestMeta } from '@/lib/auth/request-context';
import type { CustomerMailRecord } from '@/lib/mail-events/customer-record';
import { readRecordByHash } from '@/lib/mail-events/read-customer-record';
import { sendReportLinkMail } from '@/lib/mail-events/report-link-mail';
import { openMailReportLink, requestMailReport } from '@/lib/mail-events/report-links';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { requestLogger } from '@/lib/operations/logger';

/**
 * "Send my mail report to this mailbox" and opening its link (docs/mail-events.md, "For the
 * customer"). The request's answer never says whether the address is one of ours; the record is
 * shown only through a valid link, which a press opens (a mail scanner following the link opens
 * nothing).
 */

export type ReportRequestState =
  | { status: 'idle' }
  | { status: 'sent'; email: string }
  | { status: 'invalid' }
  | { status: 'rate-limited'; retryAfterMinutes: number }
  | { status: 'unavailable' };

export type ReportOpenState =
  | { status: 'idle' }
  | { status: 'shown'; record: CustomerMailRecord; until: string }
  | { status: 'unusable' }
  | { status: 'unavailable' };

const requestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  locale: z.enum(['ja', 'en']),
});

async function log() {
  return requestLogger(await headers(), 'mail-report');
}

export async function requestMailReportAction(
  _previous: ReportRequestState,
  form: FormData,
): Promise<ReportRequestState> {
  try {
    const parsed = requestSchema.safeParse({ email: form.get('email') ?? '', locale: form.get('locale') });
    if (!parsed.success) return { status: 'invalid' };
    const { ip } = await requestMeta();
    const result = await requestMailReport(parsed.data, ip, await getActiveRegistry());
    if (!result.ok)
      return { status: 'rate-limited', retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60) };
    const mail = result.mail;
    if (mail) {
      const logger = await log();
      // After the answer, so it takes as long for one of our mailboxes as for any other address.
      after(() => sendReportLinkMail(mail).catch((e) => logger.error({ err: e }, 'report link not sent')));
    }
    return { status: 'sent', email: parsed.data.email };
  } catch (error) {
    unstable_rethrow(error);
    (await log()).error({ err: error }, 'report link request failed');
    return { status: 'unavailable' };
  }
}

export async function openMailReportAction(
  _previous: ReportOpenState,
  form: FormData,
): Promise<ReportOpenState> {
  try {
    const opened = await openMailReportLink(String(form.get('token') ?? ''));
    if (!opened.ok) return { status: 'unusable' };
    const locale = form.get('locale') === 'en' ? 'en' : 'ja';
    const record = await readRecordByHash(await getActiveRegistry(), opened.mailboxHash, { locale });
    return { status: 'shown', record, until: opened.until.toISOString() };
  } catch (error) {
    unstable_rethrow(error);
    (await log()).error({ err: error }, 'mail report could not be shown');
    return { status: 'unavailable' };
  }
}
