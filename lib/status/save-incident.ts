import { prisma } from '@/lib/db/client';
import type { ComponentInput, IncidentInput, IncidentUpdateInput } from './incident-input';

/** Statuses that close an incident or a maintenance. */
const CLOSING = new Set(['resolved', 'completed', 'cancelled']);

export async function createIncident(input: IncidentInput, authorEmail: string, now = new Date()) {
  return prisma.incident.create({
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
}

/** Adds a timeline entry; "resolved" / "completed" closes the incident or maintenance at that moment. */
export async function addIncidentUpdate(input: IncidentUpdateInput, authorEmail: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const incident = await tx.incident.findUnique({ where: { id: input.incidentId } });
    if (!incident) return null;
    await tx.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        status: input.status,
        bodyEn: input.bodyEn,
        bodyJa: input.bodyJa,
        authorEmail,
        at: now,
      },
    });
    const moved = incident.kind === 'maintenance' && input.startsAt && input.endsAt;
    return tx.incident.update({
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
  });
}

export async function saveStatusComponent(input: ComponentInput) {
  const position = await prisma.statusComponent.count();
  return prisma.statusComponent.upsert({
    where: { slug: input.slug },
    create: { ...input, endpointIds: input.endpointIds.join(','), position },
    update: { nameEn: input.nameEn, nameJa: input.nameJa, endpointIds: input.endpointIds.join(',') },
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
