import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import type { ControlDef, ProgramDef, ProgramLocale, ScreenDef, TabDef } from './program-model';

/**
 * The steps that bring a program from what it shows now to what it should show, in the order the
 * program presents its screens, tabs and controls: one step per control that changes, naming the
 * control exactly as the program labels it and the value or option to pick. The checker's answer uses
 * the changes it found; a guide uses every setting at its recommended value (lib/guides/guide-steps.ts),
 * so both say the same words.
 */

/** One of our fields, as it is now (when known) and as it should be. */
export interface FieldChange {
  field: FieldName;
  from?: string;
  to: string;
}

export interface ProgramStep {
  screenId: string;
  tabId: string;
  controlId: string;
  control: ControlDef['kind'];
  /** The control's label in the requested language. */
  label: string;
  /** The control's value now and after, in the program's words (an option's label, オン/On…). */
  from: string | null;
  to: string;
  /** Raw control values, for drawings and forms. */
  fromValue: string | null;
  toValue: string;
  /** What the program does by itself at this step, when it does something. */
  note?: string;
}

export interface StepGroup {
  screen: Pick<ScreenDef, 'id' | 'savedBy'> & { title: string; path: string; save?: string };
  tab: Pick<TabDef, 'id'> & { label: string | null };
  steps: ProgramStep[];
}

type OnOff = { on: string; off: string };

/** The control's value for one of our values: the map's entry, or the value itself (text, number). */
function controlValue(control: ControlDef, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!control.values) return value;
  return control.values[value];
}

function words(control: ControlDef, value: string, locale: ProgramLocale, onOff: OnOff): string {
  if (control.kind === 'switch' || control.kind === 'checkbox') return value === 'on' ? onOff.on : onOff.off;
  const option = control.options?.find((o) => o.value === value);
  return option ? option.label[locale] : value;
}

/** Whether a control is on this program's screens for the incoming protocol. */
const shown = (item: { protocol?: 'pop3' | 'imap' }, protocol: 'pop3' | 'imap') =>
  !item.protocol || item.protocol === protocol;

/** Controls in the order they are set: on-screen order, except that `setBefore` moves one up. */
function setOrder(controls: ControlDef[]): ControlDef[] {
  const ordered = [...controls];
  for (const control of controls) {
    if (!control.setBefore) continue;
    const from = ordered.indexOf(control);
    const target = ordered.findIndex((c) => c.id === control.setBefore);
    if (target >= 0 && target < from) {
      ordered.splice(from, 1);
      ordered.splice(target, 0, control);
    }
  }
  return ordered;
}

export function programSteps(
  program: ProgramDef,
  protocol: 'pop3' | 'imap',
  changes: FieldChange[],
  locale: ProgramLocale,
  onOff: OnOff,
): StepGroup[] {
  const byField = new Map(changes.map((change) => [change.field, change]));
  const groups: StepGroup[] = [];
  for (const screen of program.screens.filter((s) => shown(s, protocol))) {
    for (const tab of screen.tabs) {
      const controls = tab.controls.filter((c) => shown(c, protocol));
      const steps: ProgramStep[] = [];
      for (const control of setOrder(controls)) {
        const change = control.field && byField.get(control.field);
        if (!change) continue;
        const toValue = controlValue(control, change.to);
        if (toValue === undefined) continue;
        const fromValue = controlValue(control, change.from) ?? null;
        if (fromValue === toValue) continue;
        steps.push({
          screenId: screen.id,
          tabId: tab.id,
          controlId: control.id,
          control: control.kind,
          label: control.label[locale],
          from: fromValue === null ? null : words(control, fromValue, locale, onOff),
          to: words(control, toValue, locale, onOff),
          fromValue,
          toValue,
          ...(control.note ? { note: control.note[locale] } : {}),
        });
      }
      if (steps.length === 0) continue;
      // A control that must be in a given state before the others can be changed comes first.
      for (const prerequisite of controls.filter((c) => !c.field && c.requiredState).reverse()) {
        steps.unshift({
          screenId: screen.id,
          tabId: tab.id,
          controlId: prerequisite.id,
          control: prerequisite.kind,
          label: prerequisite.label[locale],
          from: null,
          to: words(prerequisite, prerequisite.requiredState!, locale, onOff),
          fromValue: null,
          toValue: prerequisite.requiredState!,
          ...(prerequisite.note ? { note: prerequisite.note[locale] } : {}),
        });
      }
      groups.push({
        screen: {
          id: screen.id,
          title: screen.title[locale],
          path: screen.path[locale],
          ...(screen.save ? { save: screen.save[locale] } : {}),
          ...(screen.savedBy ? { savedBy: screen.savedBy } : {}),
        },
        tab: { id: tab.id, label: tab.label?.[locale] ?? null },
        steps,
      });
    }
  }
  return groups;
}

/** Fields this program cannot express on its screens for the protocol (said instead of a step). */
export function unexpressedFields(program: ProgramDef, protocol: 'pop3' | 'imap', fields: FieldName[]) {
  const expressed = new Set(
    program.screens
      .filter((s) => shown(s, protocol))
      .flatMap((s) =>
        s.tabs.flatMap((t) => t.controls.filter((c) => shown(c, protocol)).map((c) => c.field)),
      ),
  );
  return fields.filter((field) => !expressed.has(field));
}
