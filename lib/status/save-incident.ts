import { prisma } from '@/lib/db/client';
import { faultPoint } from '@/lib/db/fault-points';
import { recordAudit } from '@/lib/audit/record-audit';
import { announceIncident, announceIncidentUpdate } from '@/lib/notifications/status-notifications';
import type { ComponentInput, IncidentInput, IncidentUpdateInput } from './incident-input';

/** Statuses that close an incident or a maintenance. */
const CLOSING = new Set(['resolved', 'completed', 'cancelled']);

/** Who wrote it, from where, and whether subscribers are told (the editor's "Email the subscribers…"). */
export interface IncidentWriteOptions {
  notify?: boolean;
  ip?: string;
}

/**
 * A new incident or maintenance with its first timeline entry, its audit entry and, if asked, the
 * subscribers' event, in one transaction: all of it commits or none of it.
 */
export async function createIncident(
  input: IncidentInput,
  authorEmail: string,
  now = new Date(),
  options: IncidentWriteOptions = {},
) {
  return prisma.$transaction(async (tx) => {
    const incident = await tx.incident.create({
      data: {
        kind: input.kind,
        titleEn: input.titleEn,
        titleJa: input.titleJa,
        impact: input.impact,
        components: input.components.join(','),
        startsAt: input.startsAt ?? now,
        endsAt: input.endsAt,
        noticeSlug: input.noticeSlug,
        authorEmail,
        resolvedAt: CLOSING.has(input.status) ? now : null,
        updates: {
          create: { status: input.status, bodyEn: input.bodyEn, bodyJa: input.bodyJa, authorEmail, at: now },
        },
      },
    });
    await faultPoint('incident.saved');
    await recordAudit(
      {
        actorEmail: authorEmail,
        action: 'status.incident',
        targetType: incident.kind,
        targetId: incident.id,
        summary: incident.titleEn,
        ip: options.ip,
      },
      tx,
    );
    await faultPoint('incident.audit');
    if (options.notify) {
      await announceIncident(tx, incident.id, authorEmail, now);
      await faultPoint('incident.event');
    }
    return incident;
  });
}

/**
 * Adds a timeline entry; "resolved" / "completed" closes the incident or maintenance at that moment.
 * The entry, the incident's new state, the audit entry and, if asked, the subscribers' event (a moved
 * maintenance says where it was before) commit together or not at all.
 */
export async function addIncidentUpdate(
  input: IncidentUpdateInput,
  authorEmail: string,
  now = new Date(),
  options: IncidentWriteOptions = {},
) {
  return prisma.$transaction(async (tx) => {
    const incident = await tx.incident.findUnique({ where: { id: input.incidentId } });
    if (!incident) return null;
    const update = await tx.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        status: input.status,
        bodyEn: input.bodyEn,
        bodyJa: input.bodyJa,
        authorEmail,
        at: now,
      },
    });
    await faultPoint('incident-update.saved');
    const moved = incident.kind === 'maintenance' && input.startsAt && input.endsAt;
    const saved = await tx.incident.update({
      where: { id: incident.id },
      data: {
        resolvedAt: CLOSING.has(input.status) ? now : null,
        // Maintenance finished early ends its window now, so the components switch back at once; a
        // cancelled one keeps the window it had, for the record.
        ...(incident.kind === 'maintenance' &&
        input.status === 'completed' &&
        (!incident.endsAt || incident.endsAt > now)
          ? { endsAt: now }
          : {}),
        ...(moved ? { startsAt: input.startsAt!, endsAt: input.endsAt! } : {}),
      },
    });
    await recordAudit(
      {
        actorEmail: authorEmail,
        action: 'status.update',
        targetType: saved.kind,
        targetId: saved.id,
        summary: `${input.status}: ${saved.titleEn}`,
        ip: options.ip,
      },
      tx,
    );
    await faultPoint('incident-update.audit');
    if (options.notify) {
      const previousWindow =
        incident.startsAt.getTime() !== saved.startsAt.getTime()
          ? { startsAt: incident.startsAt.toISOString(), endsAt: incident.endsAt?.toISOString() ?? null }
          : undefined;
      await announceIncidentUpdate(tx, saved, update, authorEmail, now, { previousWindow });
      await faultPoint('incident-update.event');
    }
    return saved;
  });
}

/** Adds or renames / re-points a component, with its audit entry, in one transaction. */
export async function saveStatusComponent(input: ComponentInput, actorEmail: string, ip?: string) {
  return prisma.$transaction(async (tx) => {
    const position = await tx.statusComponent.count();
    const component = await tx.statusComponent.upsert({
      where: { slug: input.slug },
      create: { ...input, endpointIds: input.endpointIds.join(','), position },
      update: { nameEn: input.nameEn, nameJa: input.nameJa, endpointIds: input.endpointIds.join(',') },
    });
    await recordAudit(
      {
        actorEmail,
        action: 'status.component',
        targetType: 'status-component',
        targetId: component.slug,
        summary: component.nameEn,
        ip,
      },
      tx,
    );
    return component;
  });
}

export async function listIncidentsForStaff(take = 50) {
  return prisma.incident.findMany({
    orderBy: [{ resolvedAt: { sort: 'asc', nulls: 'first' } }, { startsAt: 'desc' }],
    take,
    include: { updates: { orderBy: { at: 'desc' } } },
  });
}

export async function getIncident(id: string) {
  return prisma.incident.findUnique({ where: { id }, include: { updates: { orderBy: { at: 'desc' } } } });
}

export async function listStatusComponents() {
  return prisma.statusComponent.findMany({ orderBy: { position: 'asc' } });
}
