import { prisma } from '@/lib/db/client';
import { lockKeys } from '@/lib/db/key-lock';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { mailboxKey } from '@/lib/notifications/mailbox-key';
import {
  MAIL_PER_MAILBOX_MS,
  MAILS_PER_MAILBOX_PER_DAY,
  SUBSCRIBE_LIMITS,
} from '@/lib/notifications/request-subscription';
import { hashConfirmToken, newConfirmToken } from '@/lib/notifications/subscriber-tokens';
import { clientLimitKey } from '@/lib/rate-limit/client-key';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import {
  hashMailbox,
  isOwnDomain,
  mailEventsHashKey,
  MailEventsNotConfigured,
  normalizeMailbox,
} from './mailbox-identity';

/**
 * "Send my mail report to this mailbox" (docs/mail-events.md, "For the customer"): for a customer
 * without the password at hand, a one-time link mailed to the mailbox itself, so only someone who can
 * read that mailbox sees its record. The same limits as the subscription form (per client, and per
 * mailbox one mail per 10 minutes and three a day); the answer is the same whether or not the address
 * is ours. Only the token's hash is stored, with the mailbox's hash: the link names the mailbox, not
 * the address. It works for 24 hours; once opened, for 30 more minutes at most, then never again.
 */

export const REPORT_LINK_TTL_MS = 24 * 60 * 60 * 1000;
export const REPORT_OPEN_WINDOW_MS = 30 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface ReportLinkMail {
  email: string;
  locale: 'ja' | 'en';
  token: string;
}

export type RequestReportResult =
  { ok: true; mail: ReportLinkMail | null } | { ok: false; error: 'rate-limited'; retryAfterSeconds: number };

export async function requestMailReport(
  input: { email: string; locale: 'ja' | 'en' },
  clientAddress: string,
  registry: Pick<MailRegistry, 'domains' | 'username'>,
  now = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<RequestReportResult> {
  const client = clientLimitKey(clientAddress);
  const limit = await takeRateLimit(
    [
      { key: `mail-report-ip:${client}`, limit: SUBSCRIBE_LIMITS.perHour, windowMs: HOUR_MS },
      { key: `mail-report-ip-day:${client}`, limit: SUBSCRIBE_LIMITS.perDay, windowMs: DAY_MS },
    ],
    now,
  );
  if (!limit.ok) return { ok: false, error: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };

  const email = input.email.trim().toLowerCase();
  const mailbox = normalizeMailbox(email, registry);
  // Not one of our mailboxes: nothing to report, and nothing said about it.
  if (!mailbox || !email.includes('@') || !isOwnDomain(mailbox, registry)) return { ok: true, mail: null };
  let key: string;
  try {
    key = mailEventsHashKey(env);
  } catch (error) {
    if (error instanceof MailEventsNotConfigured) return { ok: true, mail: null };
    throw error;
  }
  const mailboxHash = hashMailbox(mailbox, key);
  const mailKey = `mail-report-mail:${mailboxKey(email)}`;
  const token = await prisma.$transaction(async (tx) => {
    await lockKeys(tx, [mailKey]);
    const mailed = await tx.rateEvent.findMany({
      where: { key: mailKey, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
      select: { createdAt: true },
    });
    const mayMail =
      mailed.length < MAILS_PER_MAILBOX_PER_DAY &&
      mailed.every((m) => now.getTime() - m.createdAt.getTime() >= MAIL_PER_MAILBOX_MS);
    if (!mayMail) return null;
    await tx.rateEvent.create({ data: { key: mailKey, createdAt: now } });
    // Links past their day are of no use to anyone: cleared as new ones are made.
    await tx.mailReportLink.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - DAY_MS) } } });
    return (await createLink(tx, mailboxHash, input.locale, now)).token;
  });
  return { ok: true, mail: token ? { email, locale: input.locale, token } : null };
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function createLink(db: Tx | typeof prisma, mailboxHash: string, locale: 'ja' | 'en', now: Date) {
  const { token, hash } = newConfirmToken();
  await db.mailReportLink.create({
    data: {
      tokenHash: hash,
      mailboxHash,
      locale,
      createdAt: now,
      expiresAt: new Date(now.getTime() + REPORT_LINK_TTL_MS),
    },
  });
  return { token };
}

/**
 * A link for a mailbox known only by its hash (a staff notice to the affected mailboxes links each
 * to its own report): the same link, under the same rules, without a request.
 */
export async function createReportLink(mailboxHash: string, locale: 'ja' | 'en', now = new Date()) {
  return (await createLink(prisma, mailboxHash, locale, now)).token;
}

export type OpenReportResult =
  { ok: true; mailboxHash: string; locale: string; until: Date } | { ok: false; error: 'unusable' };

/**
 * Opens a link: valid, not past its day, and either never opened or opened less than 30 minutes ago
 * (the first opening is recorded once, whatever opens it at the same time). Any other case is the
 * same answer: unusable.
 */
export async function openMailReportLink(token: string, now = new Date()): Promise<OpenReportResult> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return { ok: false, error: 'unusable' };
  const link = await prisma.mailReportLink.findUnique({ where: { tokenHash: hashConfirmToken(token) } });
  if (!link || link.expiresAt <= now) return { ok: false, error: 'unusable' };
  let opened = link.openedAt;
  if (!opened) {
    await prisma.mailReportLink.updateMany({
      where: { id: link.id, openedAt: null },
      data: { openedAt: now },
    });
    opened = (await prisma.mailReportLink.findUnique({ where: { id: link.id } }))?.openedAt ?? now;
  }
  const until = new Date(Math.min(opened.getTime() + REPORT_OPEN_WINDOW_MS, link.expiresAt.getTime()));
  if (until <= now) return { ok: false, error: 'unusable' };
  return { ok: true, mailboxHash: link.mailboxHash, locale: link.locale, until };
}
