/** A component's state, from best to worst; maintenance is planned, so it ranks below an outage. */
export const COMPONENT_STATES = ['operational', 'maintenance', 'degraded', 'outage'] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export const MAINTENANCE_STATUSES = ['scheduled', 'in-progress', 'completed', 'cancelled'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number] | (typeof MAINTENANCE_STATUSES)[number];

export function worstState(...states: (ComponentState | '' | undefined)[]): ComponentState {
  let worst: ComponentState = 'operational';
  for (const state of states) {
    if (state && COMPONENT_STATES.indexOf(state) > COMPONENT_STATES.indexOf(worst)) worst = state;
  }
  return worst;
}

export function isComponentState(value: string): value is ComponentState {
  return (COMPONENT_STATES as readonly string[]).includes(value);
}

/** Whether a stored update status is one this version knows (its message key is `…Status.<status>`). */
export function isIncidentStatus(value: string): value is IncidentStatus {
  return ([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES] as readonly string[]).includes(value);
}
