import 'server-only';
import { randomUUID } from 'node:crypto';
import { appMailWords } from '@/lib/notifications/app-mail-words';
import {
  escapeHtml,
  greeting,
  messageIdFor,
  wrapHtml,
  type ComposedMail,
} from '@/lib/notifications/compose-mail';
import type { MailWords } from '@/lib/notifications/mail-words';
import { processMailSender } from '@/lib/notifications/notification-job';
import { siteConfig } from '@/lib/site/config';
import type { ReportLinkMail } from './report-links';

/** The mail with the one-time link to a mailbox's report, sent the way a subscription's confirmation is. */
export function composeReportLinkMail(mail: ReportLinkMail, t: MailWords): ComposedMail {
  const config = siteConfig();
  const { locale } = mail;
  const link = `${config.baseUrl}/${locale}/mail-report?token=${encodeURIComponent(mail.token)}`;
  const isp = config.ispName[locale];
  const lines = [greeting(locale, t), t('Mail.report.intro')];
  const after = [t('Mail.report.expiry'), t('Mail.report.ignore')];
  return {
    to: mail.email,
    subject: t('Mail.subject.report', { isp }),
    text: [
      ...lines,
      '',
      link,
      '',
      ...after,
      '',
      '--',
      t('Mail.footer.noReply', { support: config.supportEmail }),
    ].join('\n'),
    html: wrapHtml(
      locale,
      `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(t('Mail.report.button'))}</a></p><p style="font-size:12px;color:#52525b;word-break:break-all">${escapeHtml(link)}</p>${after.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`,
    ),
    messageId: messageIdFor(`report-${randomUUID()}`),
  };
}

export async function sendReportLinkMail(mail: ReportLinkMail): Promise<void> {
  const t = await appMailWords(mail.locale);
  await processMailSender().send(composeReportLinkMail(mail, t), mail.locale);
}
