import { prisma } from '@/lib/db/client';
import { lockKeys } from '@/lib/db/key-lock';
import { clientLimitKey } from '@/lib/rate-limit/client-key';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { mailboxKey } from './mailbox-key';
import type { SubscribeInput } from './subscription-input';
import { interestRows } from './subscription-topics';
import { CONFIRM_TTL_MS, newConfirmToken } from './subscriber-tokens';

/**
 * At most one confirmation (or "you are already subscribed") mail per mailbox per 10 minutes, and
 * three a day. Keyed on the mailbox (mailbox-key.ts), not the address as typed: `taro+1@…`,
 * `taro+2@…` and `t.aro@gmail.com` all land in one inbox and share one pause and one daily cap.
 */
export const MAIL_PER_MAILBOX_MS = 10 * 60 * 1000;
export const MAILS_PER_MAILBOX_PER_DAY = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Subscription requests per client (an IPv4 address, an IPv6 /64: clientLimitKey), so the form
 * cannot mail-bomb a list of third parties.
 */
export const SUBSCRIBE_LIMITS = { perHour: 10, perDay: 30 } as const;

export interface SubscriberRef {
  id: string;
  email: string;
  locale: string;
  tokenVersion: number;
}

/** The mail a request leads to, if any; the caller sends it after answering. */
export type SubscriptionMail =
  | { kind: 'confirm'; subscriber: SubscriberRef; token: string }
  | { kind: 'already-subscribed'; subscriber: SubscriberRef }
  | null;

export type RequestSubscriptionResult =
  { ok: true; mail: SubscriptionMail } | { ok: false; error: 'rate-limited'; retryAfterSeconds: number };

/**
 * A subscription request from the public form (double opt-in). The answer the customer sees is the
 * same whether the address is new, pending or subscribed already, so the form tells nobody who
 * subscribes; what differs is only the mail the owner of the address receives:
 * - new, unsubscribed, or pending with an expired link: the choices are kept as pending and a
 *   confirmation link is sent;
 * - pending with a link still valid: the pending choices stay as they are (only their own link
 *   confirms them, never a stranger's later request); a fresh link for those same choices is sent;
 * - confirmed already: nothing changes (a stranger must not change someone's choices), and the mail
 *   offers the preferences link instead.
 * Any mail at all only within the mailbox's pause and daily cap; without one nothing is stored. The
 * cap is decided under a lock of the address and of the mailbox, so parallel requests send one mail.
 */
export async function requestSubscription(
  input: SubscribeInput,
  clientAddress: string,
  now = new Date(),
): Promise<RequestSubscriptionResult> {
  const client = clientLimitKey(clientAddress);
  const limit = await takeRateLimit(
    [
      { key: `subscribe-ip:${client}`, limit: SUBSCRIBE_LIMITS.perHour, windowMs: 60 * 60 * 1000 },
      { key: `subscribe-ip-day:${client}`, limit: SUBSCRIBE_LIMITS.perDay, windowMs: DAY_MS },
    ],
    now,
  );
  if (!limit.ok) return { ok: false, error: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };

  const choices = {
    locale: input.locale,
    frequency: input.frequency,
    digestHour: input.digestHour,
  };
  const mailKey = `subscribe-mail:${mailboxKey(input.email)}`;
  const mail = await prisma.$transaction(async (tx): Promise<SubscriptionMail> => {
    await lockKeys(tx, [`subscriber:${input.email}`, mailKey]);
    const mailed = await tx.rateEvent.findMany({
      where: { key: mailKey, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
      select: { createdAt: true },
    });
    const mayMail =
      mailed.length < MAILS_PER_MAILBOX_PER_DAY &&
      mailed.every((m) => now.getTime() - m.createdAt.getTime() >= MAIL_PER_MAILBOX_MS);
    // Nothing changes without a mail: a pending request's choices least of all.
    if (!mayMail) return null;
    await tx.rateEvent.create({ data: { key: mailKey, createdAt: now } });

    const existing = await tx.subscriber.findUnique({ where: { email: input.email } });
    if (existing?.status === 'confirmed') {
      const subscriber = await tx.subscriber.update({
        where: { id: existing.id },
        data: { confirmSentAt: now },
      });
      return { kind: 'already-subscribed', subscriber };
    }
    const linkStillValid =
      existing?.status === 'pending' && existing.confirmExpiresAt !== null && existing.confirmExpiresAt > now;
    const { token, hash } = newConfirmToken();
    // A request whose link still works keeps its choices: the link confirms what it was sent for.
    const chosen = linkStillValid
      ? {}
      : { ...choices, interests: { deleteMany: {}, create: interestRows(input) } };
    const pending = {
      status: 'pending',
      confirmTokenHash: hash,
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_TTL_MS),
      confirmSentAt: now,
    };
    const subscriber = existing
      ? await tx.subscriber.update({ where: { id: existing.id }, data: { ...chosen, ...pending } })
      : await tx.subscriber.create({
          data: { email: input.email, ...choices, interests: { create: interestRows(input) }, ...pending },
        });
    return { kind: 'confirm', subscriber, token };
  });
  return { ok: true, mail };
}
