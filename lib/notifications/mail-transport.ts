import fs from 'node:fs';
import net from 'node:net';
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type Mail from 'nodemailer/lib/mailer';
import { prisma } from '@/lib/db/client';
import { routing, type Locale } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';
import { mailLocale, type ComposedMail } from './compose-mail';

/** Sends composed mail: through the configured relay, or into the staff area's captured mail. */
export interface MailSender {
  readonly kind: 'smtp' | 'capture';
  /** A safe description for staff (the relay's host and port, never its password). */
  readonly description: string;
  send(mail: ComposedMail, locale: string): Promise<void>;
  close(): void;
}

export interface SenderSettings {
  smtpUrl?: string;
  from: string;
  unsubscribeMailto: string;
  /** Extra CA certificates (PEM) for a relay with a private CA. */
  ca?: string;
  /** The name the relay's certificate carries, when SMTP_URL names it by address (SMTP_TLS_SERVERNAME). */
  servername?: string;
}

/**
 * From the environment: SMTP_URL (`smtp://user:pass@relay:587`: STARTTLS required unless the URL adds
 * `?starttls=optional`; `smtps://` for TLS from the first byte), NOTIFY_FROM (the sender address),
 * NOTIFY_UNSUBSCRIBE_MAILTO (the mailto: of List-Unsubscribe; support's address unless set) and
 * SMTP_CA_FILE. Without SMTP_URL every mail is captured instead (the demo).
 */
export function senderSettingsFromEnv(env = process.env): SenderSettings {
  const config = siteConfig();
  const caFile = env.SMTP_CA_FILE?.trim();
  return {
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    from: env.NOTIFY_FROM?.trim() || `notices@${config.mailDomain}`,
    unsubscribeMailto: env.NOTIFY_UNSUBSCRIBE_MAILTO?.trim() || config.supportEmail,
    ca: caFile ? fs.readFileSync(caFile, 'utf8') : undefined,
    servername: env.SMTP_TLS_SERVERNAME?.trim() || undefined,
  };
}

/** nodemailer's SMTP options for an SMTP_URL; throws a plain error (no password in it) if invalid. */
export function smtpOptions(smtpUrl: string, ca?: string, servername?: string): SMTPPool.Options {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL is not a URL (expected smtp://user:password@host:587)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const implicitTls = url.protocol === 'smtps:';
  const optional = url.searchParams.get('starttls') === 'optional';
  return {
    pool: true,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port) || (implicitTls ? 465 : 587),
    secure: implicitTls,
    requireTLS: !implicitTls && !optional,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    maxConnections: 4,
    maxMessages: 1000,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    tls: { ...(ca ? { ca } : {}), ...(servername ? { servername } : {}), minVersion: 'TLSv1.2' },
    getSocket: noDelaySocket,
  };
}

/**
 * nodemailer's own sockets keep Nagle's algorithm on, so every message waits for the relay's delayed
 * ACK (about 40 ms on Linux): one connection then carries some 22 mails a second. The pool connects
 * through this instead, with TCP_NODELAY, and nodemailer does the TLS (implicit or STARTTLS) on it.
 */
function noDelaySocket(
  options: { host?: string; port?: number; connectionTimeout?: number },
  callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
) {
  const socket = net.connect({ host: options.host, port: options.port ?? 587 });
  socket.setNoDelay(true);
  const fail = (error: Error) => {
    socket.destroy();
    callback(Object.assign(error, { code: 'ECONNECTION' }));
  };
  socket.setTimeout(options.connectionTimeout ?? 15_000, () => fail(new Error('Connection timeout')));
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.off('error', fail);
    callback(null, { connection: socket });
  });
}

export function describeRelay(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'invalid SMTP_URL';
  }
}

function messageFor(mail: ComposedMail, locale: Locale, settings: SenderSettings): Mail.Options {
  const config = siteConfig();
  return {
    from: { name: config.ispName[locale], address: settings.from },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    date: new Date(),
    textEncoding: 'base64',
    // RFC 3834: an automatic mail; vacation responders and ticket systems do not answer it.
    headers: {
      'Auto-Submitted': 'auto-generated',
      // One header with both addresses (RFC 2369; a second List-Unsubscribe header is ignored by
      // some programs): the https one takes RFC 8058's one-click POST, mailto: is for older ones.
      ...(mail.unsubscribe
        ? {
            'List-Unsubscribe': `<${mail.unsubscribe.oneClick}>, <mailto:${settings.unsubscribeMailto}?subject=unsubscribe>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            // RFC 2919: a list identifier is a host-like name in angle brackets, not a URL.
            'List-Id': `${config.ispName.en} notices <notices.${config.mailDomain}>`,
            'List-Help': `<${mail.unsubscribe.page}>`,
          }
        : {}),
    },
  };
}

/** The newest captured mails kept for the staff area. */
export const CAPTURE_KEEP = 500;

export function createMailSender(settings = senderSettingsFromEnv()): MailSender {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(
      smtpOptions(settings.smtpUrl, settings.ca, settings.servername),
    );
    return {
      kind: 'smtp',
      description: describeRelay(settings.smtpUrl),
      async send(mail, locale) {
        await transport.sendMail(messageFor(mail, mailLocale(locale), settings));
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let sinceTrim = 0;
  return {
    kind: 'capture',
    description: 'captured (no SMTP_URL)',
    async send(mail, locale) {
      const info = await transport.sendMail(messageFor(mail, mailLocale(locale), settings));
      await prisma.capturedMail.create({
        data: {
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          source: String(info.message),
        },
      });
      if (++sinceTrim >= 50) {
        sinceTrim = 0;
        await trimCapturedMail();
      }
    },
    close: () => transport.close(),
  };
}

export async function trimCapturedMail(keep = CAPTURE_KEEP): Promise<void> {
  const cutoff = await prisma.capturedMail.findFirst({
    orderBy: { createdAt: 'desc' },
    skip: keep,
    select: { createdAt: true },
  });
  if (cutoff) await prisma.capturedMail.deleteMany({ where: { createdAt: { lte: cutoff.createdAt } } });
}

/** The locales mail can be written in (for the staff test copy). */
export const MAIL_LOCALES = routing.locales;
