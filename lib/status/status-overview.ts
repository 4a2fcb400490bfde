import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';
import { isoDay } from '@/lib/dates/format-date';
import { effectiveState, isActive } from './component-state';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { ensureStatusComponents, incidentWindows } from './status-store';
import { worstState, type ComponentState } from './status-states';

export const STATUS_HISTORY_DAYS = 90;

export interface StatusDayView {
  day: string;
  /** null: no probe that day. */
  state: ComponentState | null;
}

export interface StatusOverview {
  overall: ComponentState;
  components: {
    slug: string;
    name: string;
    state: ComponentState;
    probedAt: Date | null;
    days: StatusDayView[];
    /** Share of probes that found it working over the days that had probes, or null without probes. */
    uptime: number | null;
    /** Days of the shown 90 with at least one probe: what `uptime` is measured over. */
    measuredDays: number;
    /**
     * How the state is known: probes of its endpoints (`probed`), probes configured but none has run
     * yet (`pending`), or no probe at all (`unmonitored`: only staff-posted incidents change it).
     */
    monitoring: 'probed' | 'pending' | 'unmonitored';
  }[];
  active: IncidentView[];
  upcoming: IncidentView[];
  recent: IncidentView[];
}

export interface IncidentView {
  id: string;
  kind: 'incident' | 'maintenance';
  title: string;
  impact: string;
  components: string[];
  startsAt: Date;
  endsAt: Date | null;
  resolvedAt: Date | null;
  noticeSlug: string;
  updates: { at: Date; status: string; body: string }[];
}

/** The last `count` days in Japan time, oldest first. */
export function lastDays(now: Date, count = STATUS_HISTORY_DAYS): string[] {
  return Array.from({ length: count }, (_, i) =>
    isoDay(new Date(now.getTime() - (count - 1 - i) * 86_400_000)),
  );
}

/** Everything the status page, the banner and GET /api/status show, at `now`. */
export async function statusOverview(locale: Locale, now = new Date()): Promise<StatusOverview> {
  const days = lastDays(now);
  const readComponents = () =>
    prisma.statusComponent.findMany({
      orderBy: { position: 'asc' },
      include: { days: { where: { day: { gte: days[0] } } } },
    });
  // GET /api/status runs this for every page view (the banner): the registry is only read when a
  // fresh installation has no components yet, to show the defaults before the first probe round.
  const [firstRead, incidents] = await Promise.all([readComponents(), incidentWindows(now)]);
  let components = firstRead;
  if (components.length === 0) {
    await ensureStatusComponents(await getActiveRegistry());
    components = await readComponents();
  }
  const view = (incident: (typeof incidents)[number]): IncidentView => ({
    id: incident.id,
    kind: incident.kind === 'maintenance' ? 'maintenance' : 'incident',
    title: locale === 'ja' ? incident.titleJa || incident.titleEn : incident.titleEn || incident.titleJa,
    impact: incident.impact,
    components: incident.components,
    startsAt: incident.startsAt,
    endsAt: incident.endsAt,
    resolvedAt: incident.resolvedAt,
    noticeSlug: incident.noticeSlug,
    updates: incident.updates.map((u) => ({
      at: u.at,
      status: u.status,
      body: locale === 'ja' ? u.bodyJa || u.bodyEn : u.bodyEn || u.bodyJa,
    })),
  });
  const componentViews = components.map((component) => {
    const byDay = new Map(component.days.map((d) => [d.day, d]));
    const probes = component.days.reduce((sum, d) => sum + d.probes, 0);
    const bad = component.days.reduce((sum, d) => sum + d.outages + d.degraded / 2, 0);
    return {
      slug: component.slug,
      name: locale === 'ja' ? component.nameJa : component.nameEn,
      state: effectiveState(component.slug, component.probeState, incidents, now),
      probedAt: component.probedAt,
      days: days.map((day) => ({
        day,
        state: (byDay.get(day)?.worst as ComponentState | undefined) ?? null,
      })),
      uptime: probes > 0 ? 1 - bad / probes : null,
      measuredDays: component.days.filter((d) => d.probes > 0).length,
      monitoring: !component.endpointIds
        ? ('unmonitored' as const)
        : component.probedAt
          ? ('probed' as const)
          : ('pending' as const),
    };
  });
  return {
    overall: worstState(...componentViews.map((c) => c.state)),
    components: componentViews,
    active: incidents.filter((i) => isActive(i, now)).map(view),
    upcoming: incidents
      .filter((i) => i.kind === 'maintenance' && i.startsAt > now && !i.resolvedAt)
      .map(view)
      .reverse(),
    recent: incidents
      .filter((i) => !isActive(i, now) && !(i.kind === 'maintenance' && i.startsAt > now && !i.resolvedAt))
      .map(view),
  };
}
