/**
 * Everything subscribers can be told. A module of its own, with no imports, so client components can
 * name an event's kind too.
 */
export const EVENT_KINDS = [
  'notice-published',
  'notice-updated',
  'incident-opened',
  'incident-updated',
  'incident-resolved',
  'maintenance-announced',
  'maintenance-reminder',
  'maintenance-started',
  'maintenance-ended',
  'maintenance-moved',
  'maintenance-cancelled',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** `maintenance-moved` → `maintenanceMoved`, as a type. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The message key of an event kind (Mail.subject.*, Mail.kind.*): `maintenance-moved` → `maintenanceMoved`. */
export function eventKindKey<K extends EventKind>(kind: K): CamelCase<K> {
  return kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as CamelCase<K>;
}

/** Whether a stored kind is one this version knows (an older or newer one is shown as stored). */
export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}
