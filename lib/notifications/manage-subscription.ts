import { prisma } from '@/lib/db/client';
import type { Subscriber } from '@/lib/db/generated/client';
import type { Preferences } from './subscription-input';
import { interestRows, withInterests, type InterestRow } from './subscription-topics';
import { hashConfirmToken, parsePreferencesToken, tokenMatches } from './subscriber-tokens';

export type ConfirmResult =
  { ok: true; subscriber: Subscriber } | { ok: false; error: 'invalid' | 'expired' };

/**
 * Confirms a pending subscription from the link in its confirmation mail. The token works once: it is
 * cleared in the same conditional update that confirms, so two clicks (or a mail scanner and the
 * customer) cannot both succeed, and a link older than 24 hours is refused.
 */
export async function confirmSubscription(token: string, now = new Date()): Promise<ConfirmResult> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return { ok: false, error: 'invalid' };
  const hash = hashConfirmToken(token);
  const pending = await prisma.subscriber.findUnique({ where: { confirmTokenHash: hash } });
  if (!pending || pending.status !== 'pending') return { ok: false, error: 'invalid' };
  if (!pending.confirmExpiresAt || pending.confirmExpiresAt <= now) return { ok: false, error: 'expired' };
  const { count } = await prisma.subscriber.updateMany({
    where: { id: pending.id, confirmTokenHash: hash, status: 'pending' },
    data: { status: 'confirmed', confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
  if (count !== 1) return { ok: false, error: 'invalid' };
  return { ok: true, subscriber: await prisma.subscriber.findUniqueOrThrow({ where: { id: pending.id } }) };
}

/** The subscriber a preferences link belongs to, or null for a forged, altered or outdated link. */
export async function subscriberForToken(
  token: string,
): Promise<(Subscriber & { interests: InterestRow[] }) | null> {
  const parsed = parsePreferencesToken(token);
  if (!parsed) return null;
  const subscriber = await prisma.subscriber.findUnique({ where: { id: parsed.id }, include: withInterests });
  if (!subscriber || !(await tokenMatches(token, subscriber))) return null;
  return subscriber;
}

/** Saves new choices from the preferences page; leaving is `unsubscribe`. */
export async function updatePreferences(
  subscriber: Subscriber,
  preferences: Preferences,
): Promise<Subscriber> {
  return prisma.subscriber.update({
    where: { id: subscriber.id },
    include: withInterests,
    data: {
      locale: preferences.locale,
      // The choices are replaced as a whole.
      interests: { deleteMany: {}, create: interestRows(preferences) },
      frequency: preferences.frequency,
      digestHour: preferences.digestHour,
      status: 'confirmed',
      unsubscribedAt: null,
    },
  });
}

/**
 * Ends a subscription at once (the preferences page, or a mail program's one-click unsubscribe): the
 * address is sent nothing more, including what is already queued for it. It is kept, marked
 * unsubscribed, for 30 days so that staff can answer "I left, why did I get this?", then deleted.
 */
export async function unsubscribe(subscriberId: string, now = new Date()): Promise<void> {
  await prisma.$transaction([
    prisma.subscriber.updateMany({
      where: { id: subscriberId, status: { not: 'unsubscribed' } },
      data: { status: 'unsubscribed', unsubscribedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
    }),
    prisma.outboxMessage.updateMany({
      where: { subscriberId, status: 'queued' },
      data: { status: 'skipped', lastError: 'unsubscribed' },
    }),
  ]);
}

/** Unconfirmed requests are forgotten a day after their link expires; unsubscribed addresses after 30 days. */
export async function pruneSubscribers(now = new Date()): Promise<number> {
  const day = 24 * 60 * 60 * 1000;
  const { count } = await prisma.subscriber.deleteMany({
    where: {
      OR: [
        { status: 'pending', confirmExpiresAt: { lt: new Date(now.getTime() - day) } },
        {
          status: 'pending',
          confirmExpiresAt: null,
          confirmSentAt: { lt: new Date(now.getTime() - 2 * day) },
        },
        { status: 'unsubscribed', unsubscribedAt: { lt: new Date(now.getTime() - 30 * day) } },
      ],
    },
  });
  return count;
}
