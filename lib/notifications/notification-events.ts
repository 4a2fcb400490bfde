import { lockKeys } from '@/lib/db/key-lock';
import { faultPoint } from '@/lib/db/fault-points';
import { isUniqueViolation, type Db, type Tx } from '@/lib/db/transaction';
import type { Locale } from '@/i18n/routing';
import { toDelimited } from './subscription-topics';

export { EVENT_KINDS, type EventKind } from './event-kind-key';
import type { EventKind } from './event-kind-key';

export interface EventText {
  title: string;
  /** Markdown: a notice's body or an update's note. */
  body: string;
}

/** What a mail about the event says, frozen when the event happens (later edits are new events). */
export interface EventPayload {
  /** Portal path without the language prefix (/notices/slug, /status). */
  path: string;
  text: Partial<Record<Locale, EventText>>;
  /** Maintenance window, ISO timestamps. */
  window?: { startsAt: string; endsAt: string | null };
  /** The window before a maintenance was moved. */
  previousWindow?: { startsAt: string; endsAt: string | null };
}

export interface NewEvent {
  key: string;
  kind: EventKind;
  /** A notice category, or "status". */
  topic: string;
  services?: string[];
  payload: EventPayload;
  createdBy: string;
}

/**
 * Records an event once: its key names what happened (the notice, the update, the maintenance and
 * the start time it had), so a retried request, a second instance or a later job round that sees the
 * same thing finds the event there already and adds nothing. True when this call created it.
 *
 * `db` is the caller's transaction, so the event commits with the change it tells of, or not at all.
 * Only a duplicate key means "already recorded"; any other error propagates (and rolls the caller's
 * transaction back), so a real failure never silently drops a notification. On PostgreSQL the key is
 * locked for the rest of the transaction first: a failed INSERT would abort the caller's transaction,
 * so two writers of one key must not both reach it.
 */
export async function recordEvent(db: Db, event: NewEvent, now = new Date()): Promise<boolean> {
  // Outside a transaction the lock ends with its statement: harmless.
  await lockKeys(db as Tx, [`notification-event:${event.key}`]);
  const existing = await db.notificationEvent.findUnique({
    where: { key: event.key },
    select: { id: true },
  });
  if (existing) return false;
  await faultPoint('event.checked');
  try {
    await db.notificationEvent.create({
      data: {
        key: event.key,
        kind: event.kind,
        topic: event.topic,
        services: toDelimited(event.services ?? []),
        payload: JSON.stringify(event.payload),
        createdBy: event.createdBy,
        createdAt: now,
      },
    });
    return true;
  } catch (error) {
    // The same key, created by another instance a moment ago: that one tells the subscribers.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export function parsePayload(stored: string): EventPayload {
  return JSON.parse(stored) as EventPayload;
}
