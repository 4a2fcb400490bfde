import { prisma } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/database-url';
import { faultPoint } from '@/lib/db/fault-points';
import { Prisma } from '@/lib/db/generated/client';
import { lockKeys } from '@/lib/db/key-lock';
import { recordAudit } from '@/lib/audit/record-audit';
import { routing, type Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates/format-date';
import { japanDay } from '@/lib/insights/insight-days';
import type { MailRegistry, Policy } from '@/lib/mail-registry/registry-schema';
import { classifySendError, MAX_ATTEMPTS, retryDelayMs } from '@/lib/notifications/delivery-errors';
import { messageIdFor, type ComposedMail } from '@/lib/notifications/compose-mail';
import type { MailSender } from '@/lib/notifications/mail-transport';
import type { MailWords, MailWordsFor } from '@/lib/notifications/mail-words';
import { logger } from '@/lib/operations/logger';
import { siteConfig } from '@/lib/site/config';
import { mailAddressKey, openAddress } from './mailbox-address';
import { affectedMailboxes } from './read-policy-readiness';

/**
 * "Tell these mailboxes" (docs/mail-events.md): a bilingual service notice to exactly the mailboxes a
 * policy affects, sent like the subscribers' outbox.
 *
 * 1. `prepareMailboxNotice`: one transaction writes a draft campaign, one `held` message per affected
 *    mailbox that has a sealed address and was never told about this policy (unique per policy and
 *    mailbox: told once, whatever campaign), and the audit entry; after the commit the test copy goes
 *    to the staff member. The page shows the count the draft holds.
 * 2. `queueMailboxNotice`: one transaction turns exactly those held messages into queued ones, if the
 *    count the staff member confirmed is the draft's, and writes the audit entry. A second submit
 *    finds the campaign queued and does nothing.
 * 3. `deliverMailboxNotices` (the notifications job, under its lease): each message claimed before it
 *    is sent, the address opened only then, and emptied once sent or given up.
 */

const log = logger.child({ area: 'notifications' });

export interface Actor {
  email: string;
  ip?: string;
}

export interface NoticePayload {
  policy: Policy['id'];
  effective: string;
  notice?: string;
  statement?: Policy['statement'];
}

type PrepareResult =
  { ok: true; campaignId: string; count: number } | { ok: false; error: 'no-policy' | 'no-key' };

/** Writes the draft and its held messages; the caller sends the test copy after the commit. */
export async function prepareMailboxNotice(options: {
  policyId: string;
  registry: Pick<MailRegistry, 'policies'>;
  actor: Actor;
  now?: Date;
}): Promise<PrepareResult> {
  const now = options.now ?? new Date();
  const policy = options.registry.policies.find((p) => p.id === options.policyId);
  if (!policy) return { ok: false, error: 'no-policy' };
  if (!mailAddressKey()) return { ok: false, error: 'no-key' };
  const affected = [...(await affectedMailboxes(policy, options.registry.policies, now)).keys()].sort();
  const payload: NoticePayload = {
    policy: policy.id,
    effective: policy.effective,
    notice: policy.notice,
    statement: policy.statement,
  };
  const postgres = isPostgresUrl(databaseUrl());
  const id = postgres
    ? Prisma.sql`md5(random()::text || clock_timestamp()::text || m."mailboxHash")`
    : Prisma.sql`lower(hex(randomblob(12)))`;
  const stamp = postgres ? now : now.toISOString().replace('Z', '+00:00');
  return prisma.$transaction(async (tx) => {
    await lockKeys(tx, [`mailbox-notice:${policy.id}`]);
    // An earlier draft of the policy that was never sent gives its mailboxes back.
    await tx.mailboxCampaign.deleteMany({ where: { policy: policy.id, status: 'draft' } });
    const campaign = await tx.mailboxCampaign.create({
      data: {
        policy: policy.id,
        payload: JSON.stringify(payload),
        createdBy: options.actor.email,
        createdAt: now,
      },
    });
    await faultPoint('mailbox-notice.draft');
    let count = 0;
    for (let i = 0; i < affected.length; i += 500)
      count += await tx.$executeRaw`
        INSERT INTO "MailboxCampaignMessage" ("id", "campaignId", "policy", "mailboxHash", "masked", "address", "status", "attempts", "dueAt", "lastError", "createdAt")
        SELECT ${id}, ${campaign.id}, ${policy.id}, m."mailboxHash", m."masked", m."address", 'held', 0, ${stamp}, '', ${stamp}
        FROM "MailEventMailbox" m
        WHERE m."mailboxHash" IN (${Prisma.join(affected.slice(i, i + 500))}) AND m."address" <> ''
        ON CONFLICT ("policy", "mailboxHash") DO NOTHING`;
    await tx.mailboxCampaign.update({ where: { id: campaign.id }, data: { counted: count } });
    await faultPoint('mailbox-notice.held');
    await recordAudit(
      {
        actorEmail: options.actor.email,
        action: 'mail-campaign.test',
        targetType: 'policy',
        targetId: policy.id,
        summary: `draft ${campaign.id}: ${count} mailboxes`,
        ip: options.actor.ip,
      },
      tx,
    );
    return { ok: true as const, campaignId: campaign.id, count };
  });
}

type QueueResult =
  | { ok: true; count: number }
  | { ok: false; error: 'not-found' | 'already-queued' | 'count-changed'; count?: number };

/** Queues the draft's held messages, exactly the number the staff member saw, in one transaction. */
export async function queueMailboxNotice(options: {
  campaignId: string;
  confirmedCount: number;
  actor: Actor;
  now?: Date;
}): Promise<QueueResult> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    await lockKeys(tx, [`mailbox-campaign:${options.campaignId}`]);
    const campaign = await tx.mailboxCampaign.findUnique({ where: { id: options.campaignId } });
    if (!campaign) return { ok: false as const, error: 'not-found' as const };
    if (campaign.status !== 'draft') return { ok: false as const, error: 'already-queued' as const };
    if (campaign.counted !== options.confirmedCount)
      return { ok: false as const, error: 'count-changed' as const, count: campaign.counted };
    const queued = await tx.mailboxCampaignMessage.updateMany({
      where: { campaignId: campaign.id, status: 'held' },
      data: { status: 'queued', dueAt: now },
    });
    await faultPoint('mailbox-notice.queued');
    await tx.mailboxCampaign.update({
      where: { id: campaign.id },
      data: { status: 'queued', recipients: queued.count, queuedAt: now },
    });
    await recordAudit(
      {
        actorEmail: options.actor.email,
        action: 'mail-campaign.send',
        targetType: 'policy',
        targetId: campaign.policy,
        summary: `campaign ${campaign.id}: ${queued.count} mailboxes`,
        ip: options.actor.ip,
      },
      tx,
    );
    return { ok: true as const, count: queued.count };
  });
}

export function parseNoticePayload(text: string): NoticePayload {
  return JSON.parse(text) as NoticePayload;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The notice in both languages (Japanese first, the portal's default), to one mailbox. It names the
 * policy, its date, what the servers saw in general terms (never the device, the address or the
 * times), the link to the checker (where the customer's own record is shown after a login test) and
 * the notice; and why the mailbox gets it, since it is not a subscription.
 */
export function composeMailboxNotice(options: {
  id: string;
  to: string;
  masked: string;
  payload: NoticePayload;
  words: Record<Locale, MailWords>;
  test?: boolean;
  now?: Date;
}): ComposedMail {
  const config = siteConfig();
  const order: Locale[] = [
    routing.defaultLocale,
    ...routing.locales.filter((l) => l !== routing.defaultLocale),
  ];
  const { payload } = options;
  const parts = order.map((locale) => {
    const t = options.words[locale];
    const inForce = payload.effective <= japanDay(options.now ?? new Date());
    const date = formatDate(new Date(`${payload.effective}T00:00:00+09:00`), locale);
    const statement = payload.statement?.[locale] ?? t(`Checker.policyStatement.${payload.policy}`, { date });
    const check = `${config.baseUrl}/${locale}/check`;
    const notice = payload.notice ? `${config.baseUrl}/${locale}/notices/${payload.notice}` : null;
    const lines = [
      t('Mail.greeting', { isp: config.ispName[locale] }),
      '',
      t('MailboxNotice.lead', { mailbox: options.masked }),
      '',
      `■ ${statement}`,
      inForce ? t('MailboxNotice.stopped', { date }) : t('MailboxNotice.willStop', { date }),
      '',
      t('MailboxNotice.what'),
      check,
      ...(notice ? ['', t('MailboxNotice.notice'), notice] : []),
      '',
      t('MailboxNotice.once'),
      t('Mail.footer.noReply', { support: config.supportEmail }),
    ];
    const subject = t('MailboxNotice.subject', { isp: config.ispName[locale] });
    return { locale, lines, subject, check, notice };
  });
  const prefix = options.test ? options.words[routing.defaultLocale]('Mail.testPrefix') : '';
  const subject = `${prefix}${parts.map((p) => p.subject).join(' / ')}`;
  const text = parts.map((p) => p.lines.join('\n')).join('\n\n----------------------------------------\n\n');
  const html = `<!doctype html><html lang="${routing.defaultLocale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="font-family:system-ui,-apple-system,'Hiragino Sans','Noto Sans CJK JP',Meiryo,sans-serif;color:#18181b;line-height:1.7;max-width:640px;margin:0 auto;padding:16px">${parts
    .map(
      (p) =>
        `<div lang="${p.locale}">${p.lines
          .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
          .map((line) =>
            line === p.check || line === p.notice
              ? `<p><a href="${escapeHtml(line)}">${escapeHtml(line)}</a></p>`
              : line
                ? `<p>${escapeHtml(line)}</p>`
                : '',
          )
          .join('')}</div>`,
    )
    .join('<hr style="border:none;border-top:1px solid #d4d4d8;margin:24px 0">')}</body></html>`;
  return {
    to: options.to,
    subject,
    text,
    html,
    messageId: messageIdFor(options.test ? `test-mailbox-${options.id}` : `mailbox-${options.id}`),
  };
}

async function wordsForAll(words: MailWordsFor): Promise<Record<Locale, MailWords>> {
  const entries = await Promise.all(routing.locales.map(async (l) => [l, await words(l)] as const));
  return Object.fromEntries(entries) as Record<Locale, MailWords>;
}

/** The test copy: the draft's notice to the staff member's own address (the first mailbox's mask). */
export async function sendMailboxNoticeTestCopy(options: {
  campaignId: string;
  to: string;
  sender: MailSender;
  words: MailWordsFor;
}): Promise<boolean> {
  const campaign = await prisma.mailboxCampaign.findUnique({ where: { id: options.campaignId } });
  if (!campaign) return false;
  const mail = composeMailboxNotice({
    id: `${campaign.id}-${Date.now()}`,
    to: options.to,
    masked: 'ex***@example.test',
    payload: parseNoticePayload(campaign.payload),
    words: await wordsForAll(options.words),
    test: true,
  });
  await options.sender.send(mail, routing.defaultLocale);
  return true;
}

export interface NoticeDeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** A round of sending the queued notices: claimed, opened, sent, the address emptied. */
export async function deliverMailboxNotices(options: {
  sender: MailSender;
  words: MailWordsFor;
  now?: Date;
  batch?: number;
}): Promise<NoticeDeliveryReport> {
  const now = options.now ?? new Date();
  const report: NoticeDeliveryReport = { sent: 0, retried: 0, failed: 0 };
  await prisma.mailboxCampaignMessage.updateMany({
    where: { status: 'sending', claimedAt: { lt: new Date(now.getTime() - 10 * 60_000) } },
    data: { status: 'queued', claimedAt: null },
  });
  const due = await prisma.mailboxCampaignMessage.findMany({
    where: { status: 'queued', dueAt: { lte: now } },
    orderBy: { dueAt: 'asc' },
    take: options.batch ?? 200,
    include: { campaign: { select: { payload: true } } },
  });
  if (due.length === 0) return report;
  const key = mailAddressKey();
  const words = await wordsForAll(options.words);
  for (const message of due) {
    const claim = await prisma.mailboxCampaignMessage.updateMany({
      where: { id: message.id, status: 'queued' },
      data: { status: 'sending', claimedAt: now },
    });
    if (claim.count !== 1) continue;
    const address = key ? openAddress(message.address, message.mailboxHash, key) : null;
    if (!address) {
      await prisma.mailboxCampaignMessage.update({
        where: { id: message.id },
        data: { status: 'failed', lastError: 'address-unavailable', address: '', claimedAt: null },
      });
      report.failed++;
      continue;
    }
    try {
      await options.sender.send(
        composeMailboxNotice({
          id: message.id,
          to: address,
          masked: message.masked,
          payload: parseNoticePayload(message.campaign.payload),
          words,
          now,
        }),
        routing.defaultLocale,
      );
    } catch (error) {
      const failure = classifySendError(error);
      const giveUp = !failure.temporary || message.attempts + 1 >= MAX_ATTEMPTS;
      await prisma.mailboxCampaignMessage.update({
        where: { id: message.id },
        data: giveUp
          ? {
              status: 'failed',
              attempts: { increment: 1 },
              lastError: failure.reason,
              address: '',
              claimedAt: null,
            }
          : {
              status: 'queued',
              attempts: { increment: 1 },
              lastError: failure.reason,
              claimedAt: null,
              dueAt: new Date(now.getTime() + retryDelayMs(message.attempts + 1)),
            },
      });
      report[giveUp ? 'failed' : 'retried']++;
      log.warn(
        { err: error, retry: !giveUp },
        giveUp ? 'mailbox notice failed, given up' : 'mailbox notice failed, will retry',
      );
      continue;
    }
    await prisma.mailboxCampaignMessage.update({
      where: { id: message.id },
      data: {
        status: 'sent',
        // The round's clock, not the wall clock: "changed since told" compares event times with it.
        sentAt: now,
        attempts: { increment: 1 },
        lastError: '',
        address: '',
        claimedAt: null,
      },
    });
    report.sent++;
  }
  if (report.sent || report.failed || report.retried) log.info({ ...report }, 'mailbox notices delivered');
  return report;
}

/** The campaigns of a policy, newest first, with their messages by state (the staff page). */
export async function listMailboxNotices(policy: string, take = 10) {
  const campaigns = await prisma.mailboxCampaign.findMany({
    where: { policy },
    orderBy: { createdAt: 'desc' },
    take,
  });
  const states = await prisma.mailboxCampaignMessage.groupBy({
    by: ['campaignId', 'status'],
    where: { campaignId: { in: campaigns.map((c) => c.id) } },
    _count: { _all: true },
  });
  return campaigns.map((c) => ({
    ...c,
    states: Object.fromEntries(
      states.filter((s) => s.campaignId === c.id).map((s) => [s.status, s._count._all]),
    ),
  }));
}
