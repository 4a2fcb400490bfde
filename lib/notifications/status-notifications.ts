import { prisma } from '@/lib/db/client';
import type { Db } from '@/lib/db/transaction';
import type { Incident, IncidentUpdate } from '@/lib/db/generated/client';
import { recordEvent, type EventKind, type EventPayload } from './notification-events';

/** How long before a maintenance starts its reminder goes out (MAINTENANCE_REMINDER_HOURS, default 24). */
export function reminderLeadMs(): number {
  const hours = Number(process.env.MAINTENANCE_REMINDER_HOURS);
  return (Number.isFinite(hours) && hours > 0 && hours <= 24 * 14 ? hours : 24) * 60 * 60 * 1000;
}

function payloadOf(incident: Incident, body: { en: string; ja: string }): EventPayload {
  return {
    path: '/status',
    text: {
      en: { title: incident.titleEn, body: body.en },
      ja: { title: incident.titleJa, body: body.ja },
    },
    ...(incident.kind === 'maintenance'
      ? {
          window: {
            startsAt: incident.startsAt.toISOString(),
            endsAt: incident.endsAt?.toISOString() ?? null,
          },
        }
      : {}),
  };
}

const components = (incident: Incident) => incident.components.split(',').filter(Boolean);

/** The key under which a maintenance's start is told, by the update or by the clock, whichever first. */
const startedKey = (incident: Incident) =>
  `maintenance-started:${incident.id}:${incident.startsAt.getTime()}`;

/**
 * Tells subscribers of the affected services about a new incident or a newly planned maintenance.
 * `db`: the transaction that created it, so the event commits with the incident.
 */
export async function announceIncident(
  db: Db,
  incidentId: string,
  by: string,
  now = new Date(),
): Promise<boolean> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    include: { updates: { orderBy: { at: 'asc' }, take: 1 } },
  });
  if (!incident) return false;
  const first = incident.updates[0];
  const kind: EventKind = incident.kind === 'maintenance' ? 'maintenance-announced' : 'incident-opened';
  return recordEvent(
    db,
    {
      key: `${kind}:${incident.id}`,
      kind,
      topic: 'status',
      services: components(incident),
      payload: payloadOf(incident, { en: first?.bodyEn ?? '', ja: first?.bodyJa ?? '' }),
      createdBy: by,
    },
    now,
  );
}

/** Tells them about one public update: resolved and completed close it, in progress starts it. */
export async function announceIncidentUpdate(
  db: Db,
  incident: Incident,
  update: IncidentUpdate,
  by: string,
  now = new Date(),
  options: { previousWindow?: EventPayload['previousWindow'] } = {},
): Promise<boolean> {
  const maintenance = incident.kind === 'maintenance';
  const [kind, key]: [EventKind, string] =
    update.status === 'resolved'
      ? ['incident-resolved', `incident-resolved:${incident.id}`]
      : update.status === 'completed'
        ? ['maintenance-ended', `maintenance-ended:${incident.id}`]
        : update.status === 'cancelled'
          ? ['maintenance-cancelled', `maintenance-cancelled:${incident.id}`]
          : maintenance && options.previousWindow
            ? ['maintenance-moved', `maintenance-moved:${incident.id}:${incident.startsAt.getTime()}`]
            : maintenance && update.status === 'in-progress'
              ? ['maintenance-started', startedKey(incident)]
              : ['incident-updated', `incident-updated:${update.id}`];
  return recordEvent(
    db,
    {
      key,
      kind,
      topic: 'status',
      services: components(incident),
      payload: {
        ...payloadOf(incident, { en: update.bodyEn, ja: update.bodyJa }),
        ...(options.previousWindow ? { previousWindow: options.previousWindow } : {}),
      },
      createdBy: by,
    },
    now,
  );
}

/**
 * The clock's part, run by the notification job: for every maintenance whose announcement was mailed,
 * a reminder before it starts, "started" at its start and "ended" at its end, each once (the keys
 * carry the start time, so a maintenance moved to a new time is reminded again for the new one).
 * Maintenance that was never announced to subscribers stays quiet.
 */
export async function recordDueMaintenanceEvents(now = new Date()): Promise<number> {
  const lead = reminderLeadMs();
  const candidates = await prisma.incident.findMany({
    where: {
      kind: 'maintenance',
      startsAt: { lte: new Date(now.getTime() + lead) },
      OR: [{ endsAt: null }, { endsAt: { gte: new Date(now.getTime() - 24 * 60 * 60 * 1000) } }],
    },
    include: { updates: { orderBy: { at: 'desc' }, take: 1 } },
  });
  if (candidates.length === 0) return 0;
  const announced = new Map(
    (
      await prisma.notificationEvent.findMany({
        where: { key: { in: candidates.map((c) => `maintenance-announced:${c.id}`) } },
        select: { key: true, createdAt: true },
      })
    ).map((e) => [e.key, e.createdAt.getTime()]),
  );
  let recorded = 0;
  for (const incident of candidates) {
    const announcedAt = announced.get(`maintenance-announced:${incident.id}`);
    if (announcedAt === undefined) continue;
    // The announcement already said what a reminder or a "started" would: no second mail for it.
    const start = incident.startsAt.getTime();
    const latest = incident.updates[0];
    // A cancelled maintenance was said to be cancelled; it neither starts nor ends.
    if (latest?.status === 'cancelled') continue;
    const body = { en: latest?.bodyEn ?? '', ja: latest?.bodyJa ?? '' };
    const event = (kind: EventKind, key: string) =>
      recordEvent(
        prisma,
        {
          key,
          kind,
          topic: 'status',
          services: components(incident),
          payload: payloadOf(incident, body),
          createdBy: 'scheduler',
        },
        now,
      );
    const closed = incident.resolvedAt !== null;
    if (now < incident.startsAt) {
      if (
        !closed &&
        announcedAt < start - lead &&
        (await event(
          'maintenance-reminder',
          `maintenance-reminder:${incident.id}:${incident.startsAt.getTime()}`,
        ))
      )
        recorded++;
    } else if (!incident.endsAt || now < incident.endsAt) {
      if (!closed && announcedAt < start && (await event('maintenance-started', startedKey(incident))))
        recorded++;
    } else if (await event('maintenance-ended', `maintenance-ended:${incident.id}`)) {
      recorded++;
    }
  }
  return recorded;
}

/** Announces an incident's newest timeline entry (the one just posted). */
export async function announceLatestIncidentUpdate(
  db: Db,
  incidentId: string,
  by: string,
  options: { previousWindow?: EventPayload['previousWindow'] } = {},
  now = new Date(),
): Promise<boolean> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    include: { updates: { orderBy: { at: 'desc' }, take: 1 } },
  });
  const update = incident?.updates[0];
  if (!incident || !update) return false;
  return announceIncidentUpdate(db, incident, update, by, now, options);
}
