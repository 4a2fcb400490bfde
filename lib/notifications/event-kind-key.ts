/**
 * `maintenance-moved` → `maintenanceMoved`: the message key of an event kind (Mail.subject.*,
 * Mail.kind.*). A module of its own, with no imports, so client components can use it too.
 */
export function eventKindKey(kind: string): string {
  return kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
