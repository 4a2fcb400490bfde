import { worstState, type ComponentState } from './status-states';

export interface IncidentWindow {
  kind: string;
  impact: string;
  components: string[];
  startsAt: Date;
  endsAt: Date | null;
  resolvedAt: Date | null;
}

/** Whether an incident or maintenance affects its components at `now`. */
export function isActive(incident: IncidentWindow, now: Date): boolean {
  if (incident.resolvedAt && incident.resolvedAt <= now) return false;
  if (incident.startsAt > now) return false;
  // Maintenance ends at its scheduled end; an incident lasts until it is resolved.
  if (incident.kind === 'maintenance') return !incident.endsAt || incident.endsAt > now;
  return true;
}

/**
 * What the status page shows for a component: maintenance in its window switches the component to
 * "maintenance" (failures during planned work are expected); otherwise the worst of the last probe
 * and any open incident's impact.
 */
export function effectiveState(
  slug: string,
  probeState: string,
  incidents: IncidentWindow[],
  now: Date,
): ComponentState {
  const active = incidents.filter((i) => i.components.includes(slug) && isActive(i, now));
  if (active.some((i) => i.kind === 'maintenance')) return 'maintenance';
  const probed = probeState === 'degraded' || probeState === 'outage' ? probeState : 'operational';
  return worstState(probed, ...active.map((i) => (i.impact === 'outage' ? 'outage' : 'degraded')));
}

/** A component's probe verdict from its endpoints' results: all down = outage, some = degraded. */
export function probeVerdict(statuses: ('ok' | 'warn' | 'fail')[]): ComponentState {
  if (statuses.length === 0) return 'operational';
  const down = statuses.filter((s) => s === 'fail').length;
  if (down === 0) return 'operational';
  return down === statuses.length ? 'outage' : 'degraded';
}
