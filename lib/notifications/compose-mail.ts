import { randomUUID } from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { formatTimeWindow } from '@/lib/dates/format-date';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { siteConfig } from '@/lib/site/config';
import type { EventKind, EventPayload, EventText } from './notification-events';
import type { MailWords } from './mail-words';
import { eventKindKey, isEventKind } from './event-kind-key';
import { isNoticeCategory } from '@/lib/notices/notice-kinds';
import { markdownToPlainText } from './plain-text';

/** A mail ready for the transport: the same content as text and as HTML, and the list headers. */
export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic, so a message sent again after a crash is recognisably the same message. */
  messageId: string;
  /** The preferences page and RFC 8058 one-click address, when the mail is to a subscriber. */
  unsubscribe?: { page: string; oneClick: string };
}

export interface MailRecipient {
  email: string;
  locale: string;
  /** What the subscriber chose (subscription-topics.ts), named in the footer. */
  topics: readonly string[];
  services: readonly string[];
  /** The signed preferences token (subscriber-tokens.ts). */
  token: string;
}

export interface EventForMail {
  kind: string;
  payload: EventPayload;
}

export function mailLocale(value: string): Locale {
  return (routing.locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale;
}

function subscriberLinks(recipient: MailRecipient, locale: Locale) {
  const base = siteConfig().baseUrl;
  const token = encodeURIComponent(recipient.token);
  return {
    page: `${base}/${locale}/subscriptions/manage?token=${token}`,
    oneClick: `${base}/api/subscriptions/unsubscribe?token=${token}`,
  };
}

/** The event's text in the subscriber's language, or else the other language with a line saying so. */
function textFor(payload: EventPayload, locale: Locale): { text: EventText; fallback: boolean } {
  const own = payload.text[locale];
  if (own) return { text: own, fallback: false };
  const other = routing.locales.map((l) => payload.text[l]).find(Boolean);
  return { text: other ?? { title: '', body: '' }, fallback: true };
}

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The HTML of an event's text, rendered once per round rather than once per subscriber (a fan-out of
 * 100,000 mails shares a handful of texts): a small cache of the latest sources.
 */
const rendered = new Map<string, string>();
function renderOnce(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = absoluteLinks(renderMarkdown(markdown));
    if (rendered.size >= 100) rendered.delete(rendered.keys().next().value!);
    rendered.set(markdown, html);
  }
  return html;
}

/** Portal-relative links in a notice ("/ja/check") must point at the portal from a mail program. */
function absoluteLinks(html: string): string {
  const base = siteConfig().baseUrl;
  return html.replace(/href="\/(?!\/)/g, `href="${base}/`);
}

function windowLine(payload: EventPayload, locale: Locale, t: MailWords): string | null {
  if (!payload.window) return null;
  const format = (w: { startsAt: string; endsAt: string | null }) =>
    formatTimeWindow(new Date(w.startsAt), w.endsAt ? new Date(w.endsAt) : null, locale);
  const when = t('Mail.when', { when: format(payload.window) });
  // A moved maintenance says where it was, so nobody keeps the old time in mind.
  return payload.previousWindow
    ? `${when}\n${t('Mail.previously', { when: format(payload.previousWindow) })}`
    : when;
}

/** Why the subscriber gets this, and how to change it or leave: the footer of every subscriber mail. */
function footer(
  recipient: MailRecipient,
  locale: Locale,
  t: MailWords,
  serviceNames: Record<string, string>,
) {
  const { page } = subscriberLinks(recipient, locale);
  const config = siteConfig();
  const chosen = [
    ...recipient.topics.filter(isNoticeCategory).map((topic) => t(`NoticeCategory.${topic}`)),
    ...recipient.services.map((slug) =>
      t('Mail.footer.serviceStatus', { service: serviceNames[slug] ?? slug }),
    ),
  ].join(locale === 'ja' ? '、' : ', ');
  const lines = [
    t('Mail.footer.why', {
      isp: config.ispName[locale],
      site: t('Metadata.siteName', { ispName: config.ispName[locale] }),
    }),
    t('Mail.footer.chosen', { topics: chosen }),
    `${t('Mail.footer.manage')} ${page}`,
    t('Mail.footer.noReply', { support: config.supportEmail }),
  ];
  return {
    text: ['--', ...lines].join('\n'),
    html:
      `<hr style="border:none;border-top:1px solid #d4d4d8;margin:24px 0 12px">` +
      `<p style="color:#52525b;font-size:12px;line-height:1.6">${lines
        .slice(0, 2)
        .map(escapeHtml)
        .join(
          '<br>',
        )}<br><a href="${escapeHtml(page)}">${escapeHtml(t('Mail.footer.manageLink'))}</a><br>${escapeHtml(lines[3] ?? '')}</p>`,
  };
}

/** The opening line of every mail, as a careful company writes a letter. */
export function greeting(locale: Locale, t: MailWords): string {
  return t('Mail.greeting', { isp: siteConfig().ispName[locale] });
}

export function wrapHtml(locale: Locale, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="font-family:system-ui,-apple-system,'Hiragino Sans','Noto Sans CJK JP',Meiryo,sans-serif;color:#18181b;line-height:1.7;max-width:640px;margin:0 auto;padding:16px">${body}</body></html>`;
}

export function messageIdFor(localPart: string): string {
  return `<${localPart}@notify.${siteConfig().mailDomain}>`;
}

/** One event, to one subscriber, in their language. */
export function composeEventMail(options: {
  id: string;
  event: EventForMail;
  recipient: MailRecipient;
  t: MailWords;
  serviceNames: Record<string, string>;
  test?: boolean;
}): ComposedMail {
  const { event, recipient, t } = options;
  const locale = mailLocale(recipient.locale);
  const config = siteConfig();
  const { text, fallback } = textFor(event.payload, locale);
  const link = `${config.baseUrl}/${locale}${event.payload.path}`;
  const kind = eventKindKey(event.kind as EventKind);
  const prefix = options.test ? t('Mail.testPrefix') : '';
  const subject = `${prefix}${t(`Mail.subject.${kind}`, { isp: config.ispName[locale], title: text.title })}`;
  const lead = t(`Mail.lead.${kind}`);
  const when = windowLine(event.payload, locale, t);
  const fallbackLine = fallback ? t('Mail.fallback') : null;
  const foot = footer(recipient, locale, t, options.serviceNames);

  const textBody = [
    greeting(locale, t),
    '',
    ...(fallbackLine ? [fallbackLine, ''] : []),
    lead,
    '',
    `■ ${text.title}`,
    ...(when ? [when] : []),
    '',
    markdownToPlainText(text.body, locale, config.baseUrl),
    '',
    t('Mail.readOnPortal'),
    link,
    '',
    foot.text,
  ].join('\n');
  const html = wrapHtml(
    locale,
    [
      `<p>${escapeHtml(greeting(locale, t))}</p>`,
      fallbackLine
        ? `<p style="background:#fef9c3;padding:8px 12px;border-radius:6px">${escapeHtml(fallbackLine)}</p>`
        : '',
      `<p style="color:#52525b">${escapeHtml(lead)}</p>`,
      `<h1 style="font-size:20px;line-height:1.4">${escapeHtml(text.title)}</h1>`,
      when ? `<p><strong>${escapeHtml(when).replace(/\n/g, '<br>')}</strong></p>` : '',
      renderOnce(text.body),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(t('Mail.readOnPortalLink'))}</a></p>`,
      foot.html,
    ].join(''),
  );
  return {
    to: recipient.email,
    subject,
    text: textBody,
    html,
    messageId: messageIdFor(options.test ? `test-${options.id}` : options.id),
    unsubscribe: subscriberLinks(recipient, locale),
  };
}

/** Everything a daily-digest subscriber has not been sent yet, in one mail. */
export function composeDigestMail(options: {
  id: string;
  events: EventForMail[];
  recipient: MailRecipient;
  t: MailWords;
  serviceNames: Record<string, string>;
}): ComposedMail {
  const { events, recipient, t } = options;
  const locale = mailLocale(recipient.locale);
  const config = siteConfig();
  const items = events.map((event) => {
    const { text, fallback } = textFor(event.payload, locale);
    return {
      label: isEventKind(event.kind) ? t(`Mail.kind.${eventKindKey(event.kind)}`) : event.kind,
      title: text.title,
      when: windowLine(event.payload, locale, t),
      body: text.body.trim(),
      plain: markdownToPlainText(text.body, locale, config.baseUrl),
      fallback,
      link: `${config.baseUrl}/${locale}${event.payload.path}`,
    };
  });
  const foot = footer(recipient, locale, t, options.serviceNames);
  const subject = t('Mail.subject.digest', { isp: config.ispName[locale], count: events.length });
  const lead = t('Mail.lead.digest', { count: events.length });
  const textBody = [
    greeting(locale, t),
    '',
    lead,
    '',
    ...items.flatMap((item) => [
      `■ ${item.label}: ${item.title}`,
      ...(item.when ? [item.when] : []),
      ...(item.fallback ? [t('Mail.fallback')] : []),
      '',
      item.plain,
      '',
      t('Mail.readOnPortal'),
      item.link,
      '',
    ]),
    foot.text,
  ].join('\n');
  const html = wrapHtml(
    locale,
    [
      `<p>${escapeHtml(greeting(locale, t))}</p>`,
      `<p>${escapeHtml(lead)}</p>`,
      ...items.map(
        (item) =>
          `<section style="border-top:1px solid #e4e4e7;padding-top:8px;margin-top:16px"><p style="color:#52525b;margin:0">${escapeHtml(item.label)}</p><h2 style="font-size:18px;margin:4px 0">${escapeHtml(item.title)}</h2>${item.when ? `<p><strong>${escapeHtml(item.when).replace(/\n/g, '<br>')}</strong></p>` : ''}${item.fallback ? `<p style="background:#fef9c3;padding:4px 8px">${escapeHtml(t('Mail.fallback'))}</p>` : ''}${renderOnce(item.body)}<p><a href="${escapeHtml(item.link)}">${escapeHtml(t('Mail.readOnPortalLink'))}</a></p></section>`,
      ),
      foot.html,
    ].join(''),
  );
  return {
    to: recipient.email,
    subject,
    text: textBody,
    html,
    messageId: messageIdFor(options.id),
    unsubscribe: subscriberLinks(recipient, locale),
  };
}

/**
 * A mail whose point is one link (a confirmation, a one-time report link): the lines before it, the
 * link as a button and written out, the lines after it, and the no-reply footer.
 */
export function composeLinkMail(options: {
  to: string;
  locale: Locale;
  subject: string;
  before: string[];
  link: string;
  button: string;
  after: string[];
  messageId: string;
  t: MailWords;
}): ComposedMail {
  const { before, link, after, locale, t } = options;
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return {
    to: options.to,
    subject: options.subject,
    text: [
      ...before,
      '',
      link,
      '',
      ...after,
      '',
      '--',
      t('Mail.footer.noReply', { support: siteConfig().supportEmail }),
    ].join('\n'),
    html: wrapHtml(
      locale,
      `${paragraphs(before)}<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(options.button)}</a></p><p style="font-size:12px;color:#52525b;word-break:break-all">${escapeHtml(link)}</p>${paragraphs(after)}`,
    ),
    messageId: options.messageId,
  };
}

/** The double opt-in mail: a single-use link, valid 24 hours; nothing else is sent before it is used. */
export function composeConfirmationMail(options: {
  email: string;
  locale: string;
  token: string;
  t: MailWords;
}): ComposedMail {
  const locale = mailLocale(options.locale);
  const config = siteConfig();
  const { t } = options;
  const isp = config.ispName[locale];
  return composeLinkMail({
    to: options.email,
    locale,
    subject: t('Mail.subject.confirm', { isp }),
    before: [greeting(locale, t), t('Mail.confirm.intro', { isp }), t('Mail.confirm.action')],
    link: `${config.baseUrl}/${locale}/subscriptions/confirm?token=${encodeURIComponent(options.token)}`,
    button: t('Mail.confirm.button'),
    after: [t('Mail.confirm.expiry'), t('Mail.confirm.ignore')],
    messageId: messageIdFor(`confirm-${randomUUID()}`),
    t,
  });
}

/** Sent instead of a confirmation when the address is subscribed already: where to change things. */
export function composeAlreadySubscribedMail(options: {
  recipient: MailRecipient;
  t: MailWords;
  id: string;
}): ComposedMail {
  const { recipient, t } = options;
  const locale = mailLocale(recipient.locale);
  const config = siteConfig();
  const isp = config.ispName[locale];
  const links = subscriberLinks(recipient, locale);
  const lines = [greeting(locale, t), t('Mail.already.intro', { isp }), t('Mail.already.manage')];
  return {
    to: recipient.email,
    subject: t('Mail.subject.alreadySubscribed', { isp }),
    text: [
      ...lines,
      '',
      links.page,
      '',
      t('Mail.confirm.ignore'),
      '',
      '--',
      t('Mail.footer.noReply', { support: config.supportEmail }),
    ].join('\n'),
    html: wrapHtml(
      locale,
      `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><a href="${escapeHtml(links.page)}">${escapeHtml(t('Mail.footer.manageLink'))}</a></p><p>${escapeHtml(t('Mail.confirm.ignore'))}</p>`,
    ),
    messageId: messageIdFor(`already-${options.id}`),
    unsubscribe: links,
  };
}
