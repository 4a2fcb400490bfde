import type { FieldName } from '@/lib/mail-check/evaluate-settings';

/**
 * The model of a customer's mail program: its settings screens in the order a person reaches them,
 * each control with its exact label in Japanese and English as that program shows it, and how each
 * of our settings (server, port, encryption, sign-in) is expressed with that control. The checker's
 * form, its answer, the guides' steps and the drawings of the screens are all generated from these
 * definitions (lib/programs/definitions/), so a label is written once (docs/programs.md).
 */

export type ProgramLocale = 'ja' | 'en';
/** A label or sentence in both languages, exactly as the program writes it. */
export type Words = Record<ProgramLocale, string>;

/** Where a label was checked (an id of the program's `sources`), or why it could not be. */
export interface Provenance {
  /** True when seen in the program's own strings, a vendor page or an ISP guide in that language. */
  verified: boolean;
  /** `sources[].id` of the program definition; several when the two languages differ. */
  source?: string[];
}

/** The semantic value of one of our fields as the checker understands it (customer-settings.ts). */
export type SemanticValue = string;

export type ControlKind = 'text' | 'number' | 'switch' | 'checkbox' | 'dropdown' | 'radio';

export interface ControlOption {
  /** The control value (what `values` maps onto). */
  value: string;
  label: Words;
}

export interface ControlDef extends Provenance {
  /** Unique within the program. */
  id: string;
  label: Words;
  kind: ControlKind;
  /** dropdown and radio: the options in the order the program lists them. */
  options?: ControlOption[];
  /**
   * The field of ours this control expresses. Absent for a control that only has to be in a given
   * state before the others can be changed (Apple Mail's "Automatically manage connection settings").
   */
  field?: FieldName;
  /**
   * Our value → this control's value: `on`/`off` for switches and checkboxes, an option's `value` for
   * dropdowns and radios. Absent for text and number (the value itself). A value missing from the map
   * means the control is not involved (Outlook's radio when authentication is off).
   */
  values?: Record<SemanticValue, string>;
  /** Only for this incoming protocol (Outlook's POP3 checkbox, IMAP dropdown). */
  protocol?: 'pop3' | 'imap';
  /** For a control without `field`: the state it must be in before any other control of its tab changes. */
  requiredState?: string;
  /**
   * When this control and `before` both change, this one is set first (Outlook rewrites the port when
   * the encryption type changes, so the type is chosen before the port is typed).
   */
  setBefore?: string;
  /** What the program does by itself when this control changes (shown with the step). */
  note?: Words;
}

export interface TabDef {
  id: string;
  /** Null for a screen without tabs. */
  label: Words | null;
  controls: ControlDef[];
}

export interface ScreenDef extends Provenance {
  id: string;
  title: Words;
  /** How to get there from the program's start, as the customer reads it. */
  path: Words;
  /** Only for this incoming protocol. */
  protocol?: 'pop3' | 'imap';
  tabs: TabDef[];
  /** The sentence that keeps the changes (click OK, tap Done…), said after the last step on this screen. */
  save?: Words;
  /**
   * A screen opened from this one whose save sentence saves this one too (Outlook's More Settings
   * dialog, then Next and Done on Change Account): when it has steps, this screen's own is not said.
   */
  savedBy?: string;
}

export interface ProgramSource {
  id: string;
  /** Where it can be read (a vendor help page, the program's translation files, an ISP guide). */
  url: string;
  language: ProgramLocale | 'both';
  kind: 'program-strings' | 'vendor' | 'isp-guide' | 'third-party';
}

export interface ProgramDef {
  /** The checker's and the guides' id for this program (and version, where its screens differ). */
  id: string;
  name: Words;
  /** The guide that describes this program (lib/guides/guide-programs.ts). */
  guide: string;
  /** Which versions this definition describes. */
  versions: Words;
  screens: ScreenDef[];
  sources: ProgramSource[];
  /** What this program cannot do from the screens above (new Outlook cannot change an incoming port). */
  limitations?: { field: FieldName; words: Words }[];
}
