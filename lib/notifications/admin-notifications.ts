import { prisma } from '@/lib/db/client';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { routing, type Locale } from '@/i18n/routing';
import { maskEmail } from '@/lib/security/mask-email';
import { composeEventMail } from './compose-mail';
import { maskAddressesIn } from './delivery-errors';
import type { MailSender } from './mail-transport';
import type { MailWordsFor } from './mail-words';
import { parsePayload, type EventPayload } from './notification-events';
import { serviceNamesFor } from './service-names';
import { subscriberEmailSchema } from './subscription-input';
import { fromDelimited, interestsOf, NOTICE_TOPICS, withInterests } from './subscription-topics';

/** Confirmed subscribers per topic and language, and per status service, for the staff page. */
export async function subscriberStats() {
  const byStatus = await prisma.subscriber.groupBy({ by: ['status'], _count: { _all: true } });
  const confirmed = await prisma.subscriber.findMany({
    where: { status: 'confirmed' },
    select: { locale: true, frequency: true, ...withInterests },
  });
  const topics: Record<string, Record<string, number>> = {};
  const services: Record<string, number> = {};
  let daily = 0;
  for (const s of confirmed) {
    const chosen = interestsOf(s.interests);
    for (const topic of chosen.topics) {
      topics[topic] ??= {};
      topics[topic][s.locale] = (topics[topic][s.locale] ?? 0) + 1;
    }
    for (const slug of chosen.services) services[slug] = (services[slug] ?? 0) + 1;
    if (s.frequency === 'daily') daily++;
  }
  return {
    status: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Record<string, number>,
    topics: NOTICE_TOPICS.map((topic) => ({
      topic,
      byLocale: Object.fromEntries(routing.locales.map((l) => [l, topics[topic]?.[l] ?? 0])) as Record<
        Locale,
        number
      >,
    })),
    services,
    daily,
  };
}

export interface EventSummary {
  id: string;
  kind: string;
  title: string;
  createdAt: Date;
  createdBy: string;
  recipients: number;
  fannedOut: boolean;
  counts: Record<'queued' | 'sending' | 'sent' | 'failed' | 'skipped', number>;
  /** The most common failure replies, with how many messages got each. */
  failures: Array<{ reason: string; count: number }>;
}

function titleOf(payload: EventPayload, locale: Locale): string {
  return (
    payload.text[locale]?.title ?? routing.locales.map((l) => payload.text[l]?.title).find(Boolean) ?? ''
  );
}

/** The newest events with their outbox counts: what was told to whom, and what failed and why. */
export async function listEventSummaries(locale: Locale, take = 30): Promise<EventSummary[]> {
  const events = await prisma.notificationEvent.findMany({ orderBy: { createdAt: 'desc' }, take });
  if (events.length === 0) return [];
  const ids = events.map((e) => e.id);
  const counts = await prisma.outboxMessage.groupBy({
    by: ['eventId', 'status'],
    where: { eventId: { in: ids } },
    _count: { _all: true },
  });
  const failures = await prisma.outboxMessage.groupBy({
    by: ['eventId', 'lastError'],
    where: { eventId: { in: ids }, status: 'failed' },
    _count: { _all: true },
  });
  return events.map((event) => {
    const mine = counts.filter((c) => c.eventId === event.id);
    const count = (status: string) => mine.find((c) => c.status === status)?._count._all ?? 0;
    return {
      id: event.id,
      kind: event.kind,
      title: titleOf(parsePayload(event.payload), locale),
      createdAt: event.createdAt,
      createdBy: event.createdBy,
      recipients: event.recipients,
      fannedOut: event.fannedOutAt !== null,
      counts: {
        queued: count('queued'),
        sending: count('sending'),
        sent: count('sent'),
        failed: count('failed'),
        skipped: count('skipped'),
      },
      failures: failures
        .filter((f) => f.eventId === event.id)
        // Masked when stored; masked again here for replies stored before that (editors see this).
        .map((f) => ({ reason: maskAddressesIn(f.lastError), count: f._count._all }))
        .reduce<Array<{ reason: string; count: number }>>((merged, f) => {
          const same = merged.find((m) => m.reason === f.reason);
          if (same) same.count += f.count;
          else merged.push(f);
          return merged;
        }, [])
        .sort((a, b) => b.count - a.count)
        .slice(0, 5),
    };
  });
}

/** Puts an event's failed messages back in the queue (after staff fixed the cause). */
/** Who asks for an administrative change, for its audit entry. */
export type StaffActor = AuditActor;

/** Queues an event's failed mails again; commits with its audit entry. Returns how many. */
export async function retryFailed(eventId: string, actor: StaffActor, now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { eventId, status: 'failed', subscriber: { status: 'confirmed' } },
      data: { status: 'queued', attempts: 0, dueAt: now, claimedAt: null },
    });
    await recordAudit(
      {
        actorEmail: actor.email,
        action: 'notification.retry',
        targetType: 'event',
        targetId: eventId,
        summary: `${count} queued again`,
        ip: actor.ip,
      },
      tx,
    );
    return count;
  });
}

/** Sends one event, as subscribers got it, to a staff member's own address in either language. */
export async function sendTestCopy(options: {
  eventId: string;
  locale: Locale;
  to: string;
  sender: MailSender;
  words: MailWordsFor;
}): Promise<boolean> {
  const event = await prisma.notificationEvent.findUnique({ where: { id: options.eventId } });
  if (!event) return false;
  const serviceNames = await serviceNamesFor();
  const mail = composeEventMail({
    id: `${event.id}-${Date.now()}`,
    event: { kind: event.kind, payload: parsePayload(event.payload) },
    // A test copy has no subscriber: its links lead to a page that says the link is not valid.
    recipient: {
      email: options.to,
      locale: options.locale,
      topics: [event.topic],
      services: fromDelimited(event.services),
      token: 'test-copy',
    },
    t: await options.words(options.locale),
    serviceNames: serviceNames[options.locale],
    test: true,
  });
  await options.sender.send(mail, options.locale);
  return true;
}

/** An address's whole record, for an admin answering "why do I get this?" (and for its export). */
export async function lookupSubscriber(rawEmail: string) {
  const parsed = subscriberEmailSchema.safeParse(rawEmail);
  if (!parsed.success) return { ok: false as const, error: 'invalid' as const };
  const subscriber = await prisma.subscriber.findUnique({
    where: { email: parsed.data },
    include: {
      ...withInterests,
      outbox: {
        orderBy: { createdAt: 'desc' },
        take: 100,
        include: { event: { select: { kind: true, payload: true, createdAt: true } } },
      },
    },
  });
  if (!subscriber) return { ok: false as const, error: 'not-found' as const };
  return {
    ok: true as const,
    subscriber: {
      id: subscriber.id,
      email: subscriber.email,
      locale: subscriber.locale,
      status: subscriber.status,
      ...interestsOf(subscriber.interests),
      frequency: subscriber.frequency,
      digestHour: subscriber.digestHour,
      createdAt: subscriber.createdAt,
      confirmedAt: subscriber.confirmedAt,
      unsubscribedAt: subscriber.unsubscribedAt,
    },
    messages: subscriber.outbox.map((m) => ({
      kind: m.event.kind,
      title: titleOf(parsePayload(m.event.payload), 'en'),
      eventAt: m.event.createdAt,
      status: m.status,
      sentAt: m.sentAt,
      lastError: m.lastError,
    })),
  };
}

/** Deletes an address and everything sent to it (its outbox rows go with it). */
/** Deletes a subscriber and everything kept for them; commits with its audit entry. */
export async function deleteSubscriber(id: string, actor: StaffActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.subscriber.deleteMany({ where: { id } });
    if (count === 1)
      await recordAudit(
        {
          actorEmail: actor.email,
          action: 'subscriber.delete',
          targetType: 'subscriber',
          targetId: id,
          ip: actor.ip,
        },
        tx,
      );
    return count === 1;
  });
}

export async function listCapturedMail(take = 100) {
  const rows = await prisma.capturedMail.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, createdAt: true, to: true, subject: true },
  });
  return rows;
}

export async function getCapturedMail(id: string) {
  return prisma.capturedMail.findUnique({ where: { id } });
}

export { maskEmail };
