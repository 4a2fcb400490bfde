import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import type { ControlDef, ProgramDef, ScreenDef, TabDef } from './program-model';

/**
 * The checker's form in the customer's program's own terms: the program's screens, tabs and controls
 * in their order, each showing our value as that control shows it, and a change to a control turned
 * back into our value. The form keeps our values (customer-settings.ts) as its state, so switching
 * program keeps everything whose meaning is the same.
 */

export type FormValues = Partial<Record<FieldName, string>>;

const shown = (item: { protocol?: 'pop3' | 'imap' }, protocol: 'pop3' | 'imap') =>
  !item.protocol || item.protocol === protocol;

/** The screens and tabs with the controls the form asks about (those expressing one of our fields). */
export function formScreens(program: ProgramDef, protocol: 'pop3' | 'imap') {
  return program.screens
    .filter((screen) => shown(screen, protocol))
    .map((screen) => ({
      screen,
      tabs: screen.tabs
        .map((tab) => ({ tab, controls: tab.controls.filter((c) => c.field && shown(c, protocol)) }))
        .filter((t) => t.controls.length > 0),
    }))
    .filter((s) => s.tabs.length > 0) as {
    screen: ScreenDef;
    tabs: { tab: TabDef; controls: (ControlDef & { field: FieldName })[] }[];
  }[];
}

/** What the control shows for our value ('' when our value has no form on this control). */
export function shownValue(control: ControlDef, value: string | undefined): string {
  if (value === undefined) return '';
  if (!control.values) return value;
  return control.values[value] ?? '';
}

/** Ports on which encryption starts at once (implicit TLS); any other port with encryption is STARTTLS. */
const IMPLICIT_TLS_PORTS = new Set(['465', '993', '995']);

/**
 * Our value after the customer set `control` to `controlValue`. Several of our values can look the
 * same on a control (iPhone's one “Use SSL” switch for SSL/TLS and STARTTLS): the current value wins
 * when it fits, and for encryption the port decides.
 */
export function valueFromControl(
  control: ControlDef,
  controlValue: string,
  current: string | undefined,
  port: string | undefined,
): string | undefined {
  if (!control.values) return controlValue;
  const candidates = Object.entries(control.values)
    .filter(([, shownAs]) => shownAs === controlValue)
    .map(([ours]) => ours);
  if (candidates.length === 0) return current;
  if (candidates.length === 1) return candidates[0];
  if (control.field?.endsWith('.security') && candidates.includes('tls') && candidates.includes('starttls'))
    return IMPLICIT_TLS_PORTS.has(port ?? '') ? 'tls' : 'starttls';
  return current !== undefined && candidates.includes(current) ? current : candidates[0];
}

/**
 * After a port changes: where the program shows encryption on one switch or checkbox for both SSL/TLS
 * and STARTTLS, the port decides which one the customer's program uses.
 */
export function securityForPort(
  program: ProgramDef,
  protocol: 'pop3' | 'imap',
  field: 'incoming.security' | 'outgoing.security',
  security: string | undefined,
  port: string,
): string | undefined {
  if (security !== 'tls' && security !== 'starttls') return security;
  const controls = program.screens
    .filter((s) => shown(s, protocol))
    .flatMap((s) => s.tabs.flatMap((t) => t.controls))
    .filter((c) => c.field === field && shown(c, protocol));
  const ambiguous =
    controls.length > 0 && controls.every((c) => c.values && c.values.tls === c.values.starttls);
  if (!ambiguous) return security;
  return IMPLICIT_TLS_PORTS.has(port) ? 'tls' : 'starttls';
}

/** The control that shows one of our fields first on the program's screens (its label names the field). */
export function fieldControl(
  program: ProgramDef,
  protocol: 'pop3' | 'imap',
  field: FieldName,
): ControlDef | undefined {
  for (const { tabs } of formScreens(program, protocol))
    for (const { controls } of tabs) {
      const control = controls.find((c) => c.field === field);
      if (control) return control;
    }
  return undefined;
}
