import type { ControlDef, ProgramDef, ProgramLocale, ScreenDef, TabDef } from './program-model';
import type { ProgramStep } from './program-steps';

/**
 * A generated drawing of one settings screen (and tab) of a mail program, as an SVG string: the
 * window with the screen's title, the tab strip where the screen has several tabs (a single labelled
 * tab is a section heading, as on iOS), then every control of the tab shown for the protocol, in
 * on-screen order. The controls the steps change are outlined in amber with the step's number and
 * show the value to set; the others are muted and show their current value when it is known.
 *
 * Pure and deterministic (no DOM, no clock, no randomness): the same input gives the same string.
 * Everything comes from the program model and the steps; every text is escaped for XML, so the
 * string can be inlined in a page. Only presentation attributes are used (no <style>, no scripts, no
 * external resources, no foreignObject). Text widths are estimated (full-width CJK ≈ 1em, ASCII ≈
 * 0.55em) because there is no font to measure with; long labels and values wrap.
 */

/** What a drawing needs of a step (a WordedGroup's steps fit). */
export type DrawStep = Pick<ProgramStep, 'screenId' | 'tabId' | 'controlId' | 'to' | 'toValue'> & {
  text: string;
};

export interface DrawScreenInput {
  program: ProgramDef;
  screenId: string;
  tabId: string;
  protocol: 'pop3' | 'imap';
  locale: ProgramLocale;
  /** The steps of this screen and tab in order (steps of other screens or tabs are left out). */
  steps: readonly DrawStep[];
  /** What the other controls show now, as raw control values (`on`/`off`, an option's value, text). */
  values?: Readonly<Record<string, string>>;
  /** Start of the ids of <title> and <desc>; by default derived from the drawing, so it is stable. */
  idPrefix?: string;
  /** The number of the first step drawn (the answer numbers its steps through all screens). */
  firstNumber?: number;
}

export interface ScreenDrawing {
  svg: string;
  /** The text alternative: the screen (and tab), then the steps' sentences in order. */
  alt: string;
  width: number;
  height: number;
}

export const DRAWING_WIDTH = 640;
export const HIGHLIGHT = '#b45309';
const FONT = "'Noto Sans CJK JP','Hiragino Sans',sans-serif";

const FRAME = 8; // margin around the window
const X0 = FRAME + 44; // content starts after the badge gutter
const XR = DRAWING_WIDTH - FRAME - 24; // content ends
const CW = XR - X0;
const PAD = 10; // inside a control's row, above and below
const ROW_GAP = 8;
const LABEL = 14; // font size of labels and values
const LINE = 20; // line height of labels

const ink = {
  text: '#0f172a',
  muted: '#64748b',
  frame: '#94a3b8',
  bar: '#f1f5f9',
  line: '#cbd5e1',
  control: '#475569',
  highlightFill: '#fffbeb',
};

// ---------------------------------------------------------------------------------------------
// Text: escaping, width estimates, wrapping

// Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe for XML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Estimated advance of one character, in em. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (isWide(code)) return 1;
  if (ch === ' ') return 0.3;
  if ("iljtfI.,:;|!'`()[]".includes(ch)) return 0.35;
  if ('mwMW@%'.includes(ch)) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.65;
  return 0.55;
}

/** Estimated width of a text in px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.06 : 1);
}

// A line should not start with a closing mark or small kana, nor end with an opening mark (kinsoku).
const NO_START = new Set(
  Array.from('、。，．・：；！？」』）〕】〉》ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ'),
);
const NO_END = new Set(Array.from('「『（〔【〈《'));

/** Wraps a text into lines no wider than `width` px (breaks at spaces, between CJK characters, or anywhere in a word too long for a line). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const tokens: string[] = []; // words, single wide characters, and ' ' for a break at a space
  let word = '';
  let glue = false; // the next token joins the last one (after an opening mark)
  const push = (token: string) => {
    if (glue && tokens.length > 0) tokens[tokens.length - 1] += token;
    else tokens.push(token);
    glue = false;
  };
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    const wide = isWide(ch.codePointAt(0)!);
    if (ch === ' ' || wide) {
      if (word) push(word);
      word = '';
    }
    if (ch === ' ') {
      if (tokens.length > 0 && tokens[tokens.length - 1] !== ' ') tokens.push(' ');
      glue = false;
    } else if (wide) {
      if (NO_START.has(ch) && tokens.length > 0 && tokens[tokens.length - 1] !== ' ') {
        tokens[tokens.length - 1] += ch;
      } else push(ch);
      if (NO_END.has(ch)) glue = true;
    } else {
      word += ch;
    }
  }
  if (word) push(word);

  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, size, bold) <= width;
  for (const token of tokens) {
    if (token === ' ') {
      if (line) line += ' ';
      continue;
    }
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    // A token wider than a line is cut: after a dot, hyphen, slash, @ or _ where one fits (host
    // names, addresses), otherwise where it must be.
    let rest = token;
    while (!fits(rest)) {
      const chars = Array.from(rest);
      let cut = 1;
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut++;
      const soft = chars
        .slice(0, cut)
        .join('')
        .search(/[./\-@_][^./\-@_]*$/);
      if (soft > 0) cut = Array.from(rest.slice(0, soft + 1)).length;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

// ---------------------------------------------------------------------------------------------
// SVG pieces

const n = (value: number) => String(Math.round(value * 10) / 10);

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? n(value) : escapeXml(value!)}"`)
    .join('');
}

function text(
  x: number,
  y: number,
  content: string,
  options: { size?: number; fill?: string; bold?: boolean; anchor?: 'middle' | 'end' } = {},
): string {
  return `<text${attrs({
    x,
    y,
    'font-size': options.size ?? LABEL,
    'font-weight': options.bold ? 'bold' : undefined,
    'text-anchor': options.anchor,
    fill: options.fill ?? ink.text,
  })}>${escapeXml(content)}</text>`;
}

/** Lines of text from `top`, one per `lineHeight`. */
function lines(
  x: number,
  top: number,
  content: string[],
  options: { size?: number; fill?: string; bold?: boolean; lineHeight?: number; anchor?: 'middle' } = {},
): string {
  const size = options.size ?? LABEL;
  const lineHeight = options.lineHeight ?? LINE;
  const baseline = (lineHeight - size) / 2 + size * 0.86;
  return content.map((line, i) => text(x, top + i * lineHeight + baseline, line, options)).join('');
}

const rect = (values: Record<string, string | number | undefined>) => `<rect${attrs(values)}/>`;

// ---------------------------------------------------------------------------------------------
// Controls

interface ControlState {
  /** The step's position within the group (1..n) when the control is to change. */
  step?: number;
  /** Raw control value to show (the new one for a step), or undefined when not known. */
  value?: string;
  /** The value in the program's words when the step gives them (an option's label, a text). */
  words?: string;
}

function optionLabel(control: ControlDef, value: string | undefined, locale: ProgramLocale, words?: string) {
  if (value === undefined) return '';
  return control.options?.find((o) => o.value === value)?.label[locale] ?? words ?? value;
}

/** One control's row from `top`: the drawing and its height (without the outline and badge). */
function drawControl(
  control: ControlDef,
  state: ControlState,
  locale: ProgramLocale,
  top: number,
): { body: string; height: number } {
  const hi = state.step !== undefined;
  const labelInk = hi ? ink.text : ink.muted;
  const stroke = hi ? ink.control : ink.line;
  const valueOptions = { fill: hi ? ink.text : ink.muted, bold: hi };
  const label = control.label[locale];
  const y0 = top + PAD;
  const parts: string[] = [];
  let height: number;

  switch (control.kind) {
    case 'text':
    case 'number':
    case 'dropdown': {
      const labelLines = wrapText(label, CW, LABEL);
      parts.push(lines(X0, y0, labelLines, { fill: labelInk }));
      const boxTop = y0 + labelLines.length * LINE + 6;
      let boxWidth: number;
      let shown: string;
      if (control.kind === 'dropdown') {
        const longest = Math.max(
          0,
          ...(control.options ?? []).map((o) => textWidth(o.label[locale], LABEL, true)),
        );
        boxWidth = Math.min(CW, Math.max(220, Math.ceil(longest) + 64));
        shown = optionLabel(control, state.value, locale, state.words);
      } else {
        boxWidth = control.kind === 'number' ? 140 : 400;
        shown = state.value ?? '';
      }
      const inner = boxWidth - 20 - (control.kind === 'dropdown' ? 34 : 0);
      const valueLines = shown ? wrapText(shown, inner, LABEL, hi) : [];
      const boxHeight = Math.max(32, valueLines.length * 18 + 14);
      parts.push(
        rect({ x: X0, y: boxTop, width: boxWidth, height: boxHeight, rx: 4, fill: '#ffffff', stroke }),
      );
      parts.push(lines(X0 + 10, boxTop + 7, valueLines, { ...valueOptions, lineHeight: 18 }));
      if (control.kind === 'dropdown') {
        const sep = X0 + boxWidth - 32;
        const mid = boxTop + 16;
        parts.push(
          `<line${attrs({ x1: sep, y1: boxTop + 6, x2: sep, y2: boxTop + boxHeight - 6, stroke })}/>`,
        );
        parts.push(
          `<polyline${attrs({
            points: `${n(sep + 11)},${n(mid - 3)} ${n(sep + 16)},${n(mid + 2)} ${n(sep + 21)},${n(mid - 3)}`,
            fill: 'none',
            stroke: hi ? ink.text : ink.muted,
            'stroke-width': 2,
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
          })}/>`,
        );
      }
      height = boxTop + boxHeight - y0;
      break;
    }
    case 'checkbox': {
      const labelLines = wrapText(label, CW - 28, LABEL);
      parts.push(lines(X0 + 28, y0, labelLines, { fill: labelInk }));
      const on = state.value === 'on';
      const fill = on ? (hi ? ink.control : ink.frame) : '#ffffff';
      parts.push(rect({ x: X0, y: y0 + 1, width: 18, height: 18, rx: 3, fill, stroke: on ? fill : stroke }));
      if (on) {
        parts.push(
          `<polyline${attrs({
            points: `${n(X0 + 4)},${n(y0 + 10)} ${n(X0 + 8)},${n(y0 + 14)} ${n(X0 + 14)},${n(y0 + 6)}`,
            fill: 'none',
            stroke: '#ffffff',
            'stroke-width': 2.5,
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
          })}/>`,
        );
      }
      height = Math.max(LINE, labelLines.length * LINE);
      break;
    }
    case 'switch': {
      const labelLines = wrapText(label, CW - 51 - 16, LABEL);
      height = Math.max(31, labelLines.length * LINE);
      parts.push(lines(X0, y0 + (height - labelLines.length * LINE) / 2, labelLines, { fill: labelInk }));
      const on = state.value === 'on';
      const trackX = XR - 51;
      const trackY = y0 + (height - 31) / 2;
      parts.push(
        rect({
          x: trackX,
          y: trackY,
          width: 51,
          height: 31,
          rx: 15.5,
          fill: on ? (hi ? '#34c759' : '#a7e3b7') : hi ? '#e2e8f0' : '#f1f5f9',
          stroke: on ? undefined : stroke,
        }),
      );
      parts.push(
        `<circle${attrs({
          cx: on ? trackX + 35.5 : trackX + 15.5,
          cy: trackY + 15.5,
          r: 13.5,
          fill: '#ffffff',
          stroke: on ? undefined : stroke,
        })}/>`,
      );
      break;
    }
    case 'radio': {
      const labelLines = wrapText(label, CW, LABEL);
      parts.push(lines(X0, y0, labelLines, { fill: labelInk }));
      let y = y0 + labelLines.length * LINE + 6;
      for (const option of control.options ?? []) {
        const selected = option.value === state.value;
        const optionLines = wrapText(option.label[locale], CW - 26, LABEL, selected && hi);
        parts.push(`<circle${attrs({ cx: X0 + 9, cy: y + 10, r: 8, fill: '#ffffff', stroke })}/>`);
        if (selected) {
          parts.push(
            `<circle${attrs({ cx: X0 + 9, cy: y + 10, r: 4.5, fill: hi ? ink.text : ink.frame })}/>`,
          );
        }
        parts.push(
          lines(X0 + 26, y, optionLines, {
            fill: selected && hi ? ink.text : ink.muted,
            bold: selected && hi,
          }),
        );
        y += optionLines.length * LINE + 6;
      }
      height = y - 6 - y0;
      break;
    }
  }
  return { body: parts.join(''), height: height + 2 * PAD };
}

// ---------------------------------------------------------------------------------------------
// The screen

const shown = (item: { protocol?: 'pop3' | 'imap' }, protocol: 'pop3' | 'imap') =>
  !item.protocol || item.protocol === protocol;

/** The screen and tab as the steps' headings say them (messages ProgramSteps.screenAndTab). */
export function screenHeading(screen: ScreenDef, tab: TabDef, locale: ProgramLocale): string {
  const title = screen.title[locale];
  const tabLabel = tab.label?.[locale];
  if (!tabLabel) return title;
  return locale === 'ja' ? `${title}：${tabLabel}` : `${title} – ${tabLabel}`;
}

/** The text alternative: the heading, then every step's sentence in order. */
export function drawingAlt(heading: string, steps: readonly Pick<DrawStep, 'text'>[], locale: ProgramLocale) {
  if (steps.length === 0) return heading;
  return locale === 'ja'
    ? `${heading}。${steps.map((s) => s.text).join('')}`
    : `${heading}: ${steps.map((s) => s.text).join(' ')}`;
}

/** FNV-1a, for ids that are stable for a drawing and differ between drawings. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function drawScreen({
  program,
  screenId,
  tabId,
  protocol,
  locale,
  steps,
  values = {},
  idPrefix,
  firstNumber = 1,
}: DrawScreenInput): ScreenDrawing {
  const screen = program.screens.find((s) => s.id === screenId);
  if (!screen) throw new Error(`${program.id} has no screen ${screenId}`);
  if (!shown(screen, protocol))
    throw new Error(`${program.id}: screen ${screenId} is not shown for ${protocol}`);
  const tab = screen.tabs.find((t) => t.id === tabId);
  if (!tab) throw new Error(`${program.id}: screen ${screenId} has no tab ${tabId}`);

  const ours = steps.filter((step) => step.screenId === screenId && step.tabId === tabId);
  const stepOf = new Map(ours.map((step, i) => [step.controlId, { step, number: i + firstNumber }]));
  const heading = screenHeading(screen, tab, locale);
  const alt = drawingAlt(heading, ours, locale);

  const parts: string[] = [];
  const left = FRAME;
  const right = DRAWING_WIDTH - FRAME;

  // Title bar.
  const titleLines = wrapText(screen.title[locale], right - left - 40, 15, true);
  const barHeight = Math.max(40, titleLines.length * LINE + 20);
  const barBottom = FRAME + barHeight;
  parts.push(
    `<path${attrs({
      d: `M${left} ${barBottom}V${FRAME + 10}a10 10 0 0 1 10-10H${right - 10}a10 10 0 0 1 10 10V${barBottom}Z`,
      fill: ink.bar,
    })}/>`,
    `<line${attrs({ x1: left, y1: barBottom, x2: right, y2: barBottom, stroke: ink.line })}/>`,
    lines(DRAWING_WIDTH / 2, FRAME + (barHeight - titleLines.length * LINE) / 2, titleLines, {
      size: 15,
      bold: true,
      anchor: 'middle',
    }),
  );
  let y = barBottom + 16;

  // Tabs: a strip where the screen has several, a section heading where it has one with a name.
  if (screen.tabs.length > 1) {
    const strip: string[] = [];
    let x = X0 - PAD;
    let rowTop = y;
    const tabHeight = 30;
    for (const t of screen.tabs) {
      const label = t.label?.[locale] ?? '';
      const selected = t.id === tab.id;
      const width = Math.ceil(textWidth(label, 13, selected)) + 28;
      if (x > X0 - PAD && x + width > XR + PAD) {
        x = X0 - PAD;
        rowTop += tabHeight + 4;
      }
      strip.push(
        `<g${attrs({ 'data-tab': t.id, 'data-selected': selected ? 'true' : undefined })}>` +
          rect({
            x,
            y: rowTop,
            width,
            height: tabHeight,
            rx: 4,
            fill: selected ? '#ffffff' : ink.bar,
            stroke: selected ? ink.frame : ink.line,
            'stroke-width': selected ? 1.5 : 1,
          }) +
          (selected
            ? rect({ x: x + 1, y: rowTop + tabHeight - 4, width: width - 2, height: 6, fill: '#ffffff' })
            : '') +
          text(x + width / 2, rowTop + 20, label, {
            size: 13,
            bold: selected,
            anchor: 'middle',
            fill: selected ? ink.text : ink.muted,
          }) +
          '</g>',
      );
      x += width + 4;
    }
    const stripBottom = rowTop + tabHeight;
    parts.push(
      `<line${attrs({ x1: left, y1: stripBottom, x2: right, y2: stripBottom, stroke: ink.frame })}/>`,
    );
    parts.push(...strip);
    y = stripBottom + 16;
  } else if (tab.label) {
    const sectionLines = wrapText(tab.label[locale], CW, 13, true);
    parts.push(lines(X0 - PAD, y, sectionLines, { size: 13, bold: true, fill: ink.muted, lineHeight: 18 }));
    y += sectionLines.length * 18 + 8;
  }

  // Controls, in on-screen order.
  for (const control of tab.controls.filter((c) => shown(c, protocol))) {
    const planned = stepOf.get(control.id);
    const state: ControlState = planned
      ? { step: planned.number, value: planned.step.toValue, words: planned.step.to }
      : { value: values[control.id] };
    const { body, height } = drawControl(control, state, locale, y);
    const group = attrs({
      'data-control': control.id,
      'data-kind': control.kind,
      'data-step': planned?.number,
      'data-state': state.value,
    });
    if (planned) {
      const outline = rect({
        x: X0 - PAD,
        y,
        width: CW + 2 * PAD,
        height,
        rx: 8,
        fill: ink.highlightFill,
        stroke: HIGHLIGHT,
        'stroke-width': 3,
      });
      const badge =
        `<circle${attrs({ cx: X0 - PAD - 17, cy: y + 16, r: 12, fill: HIGHLIGHT })}/>` +
        text(X0 - PAD - 17, y + 20.5, String(planned.number), {
          size: 13,
          bold: true,
          anchor: 'middle',
          fill: '#ffffff',
        });
      parts.push(`<g${group}>${outline}${badge}${body}</g>`);
    } else {
      parts.push(`<g${group}>${body}</g>`);
    }
    y += height + ROW_GAP;
  }

  const height = Math.ceil(y - ROW_GAP + 16 + FRAME);
  const window = {
    x: left + 0.5,
    y: FRAME + 0.5,
    width: right - left - 1,
    height: height - 2 * FRAME - 1,
    rx: 10,
  };
  const body = [
    rect({ ...window, fill: '#ffffff' }),
    ...parts,
    rect({ ...window, fill: 'none', stroke: ink.frame }),
  ].join('\n');
  const id = `${idPrefix ?? `drawing-${program.id}-${screen.id}-${tab.id}`}-${hash(body + alt)}`.replace(
    /[^A-Za-z0-9_-]/g,
    '-',
  );
  const described = ours.length > 0;
  const svg = [
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width: DRAWING_WIDTH,
      height,
      viewBox: `0 0 ${DRAWING_WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': described ? `${id}-desc` : undefined,
      'font-family': FONT,
      'data-program': program.id,
      'data-screen': screen.id,
      'data-tab': tab.id,
    })}>`,
    `<title id="${id}-title">${escapeXml(heading)}</title>`,
    ...(described ? [`<desc id="${id}-desc">${escapeXml(alt)}</desc>`] : []),
    body,
    '</svg>',
  ].join('\n');
  return { svg, alt, width: DRAWING_WIDTH, height };
}
