import { prisma } from '@/lib/db/client';
import { lockKeys } from '@/lib/db/key-lock';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import type { SubscribeInput } from './subscription-input';
import { toDelimited } from './subscription-topics';
import { CONFIRM_TTL_MS, newConfirmToken } from './subscriber-tokens';

/** At most one confirmation (or "you are already subscribed") mail per address per 10 minutes. */
export const MAIL_PER_ADDRESS_MS = 10 * 60 * 1000;
/** Subscription requests per client address, so the form cannot mail-bomb a list of third parties. */
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
 * - new, pending or unsubscribed: the choices are kept as pending and a confirmation link is sent;
 * - confirmed already: nothing changes (a stranger must not change someone's choices), and the mail
 *   offers the preferences link instead.
 * The per-address pause is decided under a lock of the address, so parallel requests send one mail.
 */
export async function requestSubscription(
  input: SubscribeInput,
  clientAddress: string,
  now = new Date(),
): Promise<RequestSubscriptionResult> {
  const limit = await takeRateLimit(
    [
      { key: `subscribe-ip:${clientAddress}`, limit: SUBSCRIBE_LIMITS.perHour, windowMs: 60 * 60 * 1000 },
      {
        key: `subscribe-ip-day:${clientAddress}`,
        limit: SUBSCRIBE_LIMITS.perDay,
        windowMs: 24 * 60 * 60 * 1000,
      },
    ],
    now,
  );
  if (!limit.ok) return { ok: false, error: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };

  const choices = {
    locale: input.locale,
    topics: toDelimited(input.topics),
    services: toDelimited(input.services),
    frequency: input.frequency,
    digestHour: input.digestHour,
  };
  const mail = await prisma.$transaction(async (tx): Promise<SubscriptionMail> => {
    await lockKeys(tx, [`subscriber:${input.email}`]);
    const existing = await tx.subscriber.findUnique({ where: { email: input.email } });
    const mayMail =
      !existing?.confirmSentAt || now.getTime() - existing.confirmSentAt.getTime() >= MAIL_PER_ADDRESS_MS;

    if (existing?.status === 'confirmed') {
      if (!mayMail) return null;
      const subscriber = await tx.subscriber.update({
        where: { id: existing.id },
        data: { confirmSentAt: now },
      });
      return { kind: 'already-subscribed', subscriber };
    }
    if (existing && !mayMail) {
      // Keep the latest choices for the link already sent; no second mail.
      if (existing.status === 'pending')
        await tx.subscriber.update({ where: { id: existing.id }, data: choices });
      return null;
    }
    const { token, hash } = newConfirmToken();
    const pending = {
      ...choices,
      status: 'pending',
      confirmTokenHash: hash,
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_TTL_MS),
      confirmSentAt: now,
    };
    const subscriber = existing
      ? await tx.subscriber.update({ where: { id: existing.id }, data: pending })
      : await tx.subscriber.create({ data: { email: input.email, ...pending } });
    return { kind: 'confirm', subscriber, token };
  });
  return { ok: true, mail };
}
