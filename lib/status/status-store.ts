import { prisma } from '@/lib/db/client';
import { isoDay } from '@/lib/dates/format-date';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { IncidentWindow } from './component-state';
import { worstState, type ComponentState } from './status-states';

/** The components a fresh installation starts with, probed through the registry's recommended endpoints. */
export async function ensureStatusComponents(registry: MailRegistry): Promise<void> {
  if ((await prisma.statusComponent.count()) > 0) return;
  const recommended = (protocol: string) =>
    registry.endpoints
      .filter((e) => e.protocol === protocol && e.recommended)
      .map((e) => e.id)
      .join(',');
  const defaults = [
    {
      slug: 'smtp',
      nameEn: 'Sending mail (SMTP)',
      nameJa: 'メール送信（SMTP）',
      endpointIds: recommended('smtp'),
    },
    {
      slug: 'pop3',
      nameEn: 'Receiving mail (POP3)',
      nameJa: 'メール受信（POP3）',
      endpointIds: recommended('pop3'),
    },
    {
      slug: 'imap',
      nameEn: 'Receiving mail (IMAP)',
      nameJa: 'メール受信（IMAP）',
      endpointIds: recommended('imap'),
    },
    { slug: 'webmail', nameEn: 'Webmail', nameJa: 'Webメール', endpointIds: '' },
  ];
  for (const [position, component] of defaults.entries()) {
    await prisma.statusComponent.upsert({
      where: { slug: component.slug },
      create: { ...component, position },
      update: {},
    });
  }
}

export const splitList = (value: string) => value.split(',').filter(Boolean);

/** Incidents and maintenance that may matter at `now`: open ones and those of the last `days` days. */
export async function incidentWindows(now: Date, days = 90) {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await prisma.incident.findMany({
    where: { OR: [{ resolvedAt: null }, { startsAt: { gte: since } }, { endsAt: { gte: since } }] },
    orderBy: { startsAt: 'desc' },
    include: { updates: { orderBy: { at: 'desc' } } },
  });
  return rows.map((row) => ({ ...row, components: splitList(row.components) }) satisfies IncidentWindow);
}

/** Records one probe round for a component: its current verdict and its day's tally for the bars. */
export async function recordComponentProbe(input: {
  componentId: string;
  probeState: ComponentState;
  effective: ComponentState;
  detail: string;
  now: Date;
}): Promise<void> {
  const day = isoDay(input.now);
  await prisma.$transaction(async (tx) => {
    await tx.statusComponent.update({
      where: { id: input.componentId },
      data: { probeState: input.probeState, probeDetail: input.detail.slice(0, 300), probedAt: input.now },
    });
    const existing = await tx.statusDay.findUnique({
      where: { componentId_day: { componentId: input.componentId, day } },
    });
    const counts = {
      probes: 1,
      degraded: input.probeState === 'degraded' ? 1 : 0,
      outages: input.probeState === 'outage' ? 1 : 0,
    };
    if (!existing) {
      await tx.statusDay.create({
        data: { componentId: input.componentId, day, ...counts, worst: input.effective },
      });
    } else {
      await tx.statusDay.update({
        where: { id: existing.id },
        data: {
          probes: { increment: counts.probes },
          degraded: { increment: counts.degraded },
          outages: { increment: counts.outages },
          worst: worstState(existing.worst as ComponentState, input.effective),
        },
      });
    }
  });
}

/** Days older than the 90 shown are not kept. */
export async function pruneStatusDays(now: Date): Promise<number> {
  const oldest = isoDay(new Date(now.getTime() - 91 * 86_400_000));
  const { count } = await prisma.statusDay.deleteMany({ where: { day: { lt: oldest } } });
  return count;
}
