import 'server-only';
import { randomUUID } from 'node:crypto';
import { appMailWords } from '@/lib/notifications/app-mail-words';
import { composeLinkMail, greeting, messageIdFor, type ComposedMail } from '@/lib/notifications/compose-mail';
import type { MailWords } from '@/lib/notifications/mail-words';
import { processMailSender } from '@/lib/notifications/notification-job';
import { siteConfig } from '@/lib/site/config';
import type { ReportLinkMail } from './report-links';

/** The mail with the one-time link to a mailbox's report, sent the way a subscription's confirmation is. */
export function composeReportLinkMail(mail: ReportLinkMail, t: MailWords): ComposedMail {
  const config = siteConfig();
  const { locale } = mail;
  return composeLinkMail({
    to: mail.email,
    locale,
    subject: t('Mail.subject.report', { isp: config.ispName[locale] }),
    before: [greeting(locale, t), t('Mail.report.intro')],
    link: `${config.baseUrl}/${locale}/mail-report?token=${encodeURIComponent(mail.token)}`,
    button: t('Mail.report.button'),
    after: [t('Mail.report.expiry'), t('Mail.report.ignore')],
    messageId: messageIdFor(`report-${randomUUID()}`),
    t,
  });
}

export async function sendReportLinkMail(mail: ReportLinkMail): Promise<void> {
  const t = await appMailWords(mail.locale);
  await processMailSender().send(composeReportLinkMail(mail, t), mail.locale);
}
