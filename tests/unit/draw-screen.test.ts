import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { iphone } from '@/lib/programs/definitions/iphone';
import { outlook } from '@/lib/programs/definitions/outlook';
import { drawScreen, HIGHLIGHT, wrapText, type DrawScreenInput } from '@/lib/programs/draw-screen';
import type { ProgramDef, ProgramLocale } from '@/lib/programs/program-model';
import type { FieldChange } from '@/lib/programs/program-steps';
import { wordedSteps, type WordedGroup } from '@/lib/programs/step-text';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['g', 'text', 'rect', 'circle', 'line', 'polyline', 'path'].includes(name),
});

/** Parses the SVG after proving it is well-formed XML. */
function parse(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = parser.parse(svg) as { svg: Node };
  expect(doc.svg).toBeDefined();
  return doc.svg;
}

const groupsOf = (root: Node) => (root.g as Node[] | undefined) ?? [];
const controls = (root: Node) => groupsOf(root).filter((g) => g['@_data-control'] !== undefined);
const control = (root: Node, id: string) => controls(root).find((g) => g['@_data-control'] === id)!;

/** Every text drawn inside a node, in document order. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([key, value]) => {
    if (key === 'text') return (value as Node[]).map((t) => String(t['#text'] ?? ''));
    return key.startsWith('@_') || key === '#text' ? [] : texts(value);
  });
}

function drawGroup(
  program: ProgramDef,
  group: WordedGroup | undefined,
  protocol: 'pop3' | 'imap',
  locale: ProgramLocale,
  values?: Record<string, string>,
) {
  if (!group) throw new Error('expected a group of steps');
  return drawScreen({
    program,
    screenId: group.screen.id,
    tabId: group.tab.id,
    protocol,
    locale,
    steps: group.steps,
    values,
  });
}

const imapChanges: FieldChange[] = [
  { field: 'incoming.server', from: 'old-imap.example.jp', to: 'imap.example-isp.ne.jp' },
  { field: 'incoming.port', from: '143', to: '993' },
  { field: 'incoming.security', from: 'none', to: 'tls' },
  { field: 'outgoing.port', from: '25', to: '587' },
  { field: 'outgoing.security', from: 'none', to: 'starttls' },
];

describe('drawScreen', () => {
  for (const locale of ['ja', 'en'] as const) {
    describe(locale, () => {
      const groups = wordedSteps(outlook, 'imap', imapChanges, locale);
      const advanced = groups.find(
        (g) => g.screen.id === 'internet-email-settings' && g.tab.id === 'advanced',
      )!;

      it('highlights exactly the steps’ controls, numbered 1..n in step order', () => {
        expect(advanced.steps.length).toBeGreaterThan(2);
        const root = parse(drawGroup(outlook, advanced, 'imap', locale).svg);
        const highlighted = controls(root).filter((g) => g['@_data-step'] !== undefined);
        expect(highlighted.map((g) => g['@_data-control']).sort()).toEqual(
          advanced.steps.map((s) => s.controlId).sort(),
        );
        for (const [i, step] of advanced.steps.entries()) {
          const g = control(root, step.controlId);
          expect(g['@_data-step']).toBe(String(i + 1));
          // The badge carries the number; the outline is the amber one.
          expect(texts(g)[0]).toBe(String(i + 1));
          expect((g.rect as Node[])[0]).toMatchObject({ '@_stroke': HIGHLIGHT, '@_stroke-width': '3' });
        }
        // Set order is not screen order here: the encryption type is chosen before the port is typed.
        expect(advanced.steps[0]!.controlId).toBe('incoming-encryption-imap');
        // Only controls of this protocol are drawn, in on-screen order; the others have no outline.
        expect(controls(root).map((g) => g['@_data-control'])).toEqual([
          'incoming-port-imap',
          'incoming-encryption-imap',
          'outgoing-port',
          'outgoing-encryption',
        ]);
        for (const g of controls(root).filter((g) => g['@_data-step'] === undefined)) {
          expect(JSON.stringify(g)).not.toContain(HIGHLIGHT);
        }
      });

      it('shows the new value and not the old one', () => {
        const main = groups.find((g) => g.screen.id === 'change-account')!;
        const { svg } = drawGroup(outlook, main, 'imap', locale, {
          'incoming-server': 'old-imap.example.jp',
        });
        const drawn = texts(control(parse(svg), 'incoming-server'));
        expect(drawn).toContain('imap.example-isp.ne.jp');
        expect(svg).not.toContain('old-imap.example.jp');

        const ports = texts(
          control(parse(drawGroup(outlook, advanced, 'imap', locale).svg), 'incoming-port-imap'),
        );
        expect(ports).toContain('993');
        expect(ports).not.toContain('143');
        const dropdown = texts(
          control(parse(drawGroup(outlook, advanced, 'imap', locale).svg), 'outgoing-encryption'),
        );
        expect(dropdown).toContain('STARTTLS');
        expect(dropdown).not.toContain(locale === 'ja' ? 'なし' : 'None');
      });

      it('draws the labels of the language, and the other controls muted with their current value', () => {
        const main = groups.find((g) => g.screen.id === 'change-account')!;
        const root = parse(
          drawGroup(outlook, main, 'imap', locale, { 'outgoing-server': 'smtp.example.jp' }).svg,
        );
        const label = (id: string) =>
          outlook.screens[0]!.tabs[0]!.controls.find((c) => c.id === id)!.label[locale];
        expect(texts(control(root, 'incoming-server'))).toContain(label('incoming-server'));
        const outgoing = control(root, 'outgoing-server');
        expect(outgoing['@_data-step']).toBeUndefined();
        expect(texts(outgoing)).toEqual([label('outgoing-server'), 'smtp.example.jp']);
        // Unknown current value: an empty box.
        expect(control(root, 'spa')['@_data-state']).toBeUndefined();
        expect(texts(root)).toContain(outlook.screens[0]!.title[locale]);
      });

      it('has a title, an accessible name and the steps’ sentences as its alternative', () => {
        for (const group of groups) {
          const drawing = drawGroup(outlook, group, 'imap', locale);
          const root = parse(drawing.svg);
          expect(root['@_role']).toBe('img');
          const title = root.title as Node;
          expect(title['#text']).toBe(group.heading);
          expect(root['@_aria-labelledby']).toBe(title['@_id']);
          expect((root.desc as Node)['#text']).toBe(drawing.alt);
          const sentences = group.steps.map((s) => s.text);
          expect(drawing.alt).toBe(
            locale === 'ja'
              ? `${group.heading}。${sentences.join('')}`
              : `${group.heading}: ${sentences.join(' ')}`,
          );
          expect(drawing.alt.startsWith(group.screen.title)).toBe(true);
          expect(root['@_font-family']).toBe("'Noto Sans CJK JP','Hiragino Sans',sans-serif");
          expect(root['@_width']).toBe(String(drawing.width));
          expect(root['@_height']).toBe(String(drawing.height));
          expect(root['@_viewBox']).toBe(`0 0 ${drawing.width} ${drawing.height}`);
        }
      });

      it('draws the tab strip with the current tab selected', () => {
        const root = parse(drawGroup(outlook, advanced, 'imap', locale).svg);
        const tabs = groupsOf(root).filter((g) => g['@_data-tab'] !== undefined);
        expect(tabs.map((g) => [g['@_data-tab'], g['@_data-selected']])).toEqual([
          ['outgoing-server', undefined],
          ['advanced', 'true'],
        ]);
        expect(tabs.map((g) => texts(g)[0])).toEqual(outlook.screens[1]!.tabs.map((t) => t.label![locale]));
      });
    });
  }

  it('escapes <, & and quotes in values', () => {
    const nasty = `a<b&c"d'e>\u0007`;
    const [group] = wordedSteps(outlook, 'pop3', [{ field: 'incoming.server', to: nasty }], 'en');
    const { svg, alt } = drawGroup(outlook, group, 'pop3', 'en', { 'outgoing-server': `x<y&z"` });
    expect(svg).not.toContain('a<b');
    expect(svg).not.toContain('x<y');
    expect(svg).toContain('a&lt;b&amp;c&quot;d&apos;e&gt;');
    const root = parse(svg);
    expect(texts(control(root, 'incoming-server'))).toContain(`a<b&c"d'e>`);
    expect(texts(control(root, 'outgoing-server'))).toContain(`x<y&z"`);
    expect(alt).toContain(nasty);
    expect((root.desc as Node)['#text']).toBe(alt.replace('\u0007', ''));
  });

  it('draws a switch on and off differently', () => {
    const draw = (state: 'on' | 'off', locale: ProgramLocale) => {
      const root = parse(
        drawScreen({
          program: iphone,
          screenId: 'advanced',
          tabId: 'incoming-settings',
          protocol: 'imap',
          locale,
          steps: [],
          values: { 'incoming-ssl': state },
        }).svg,
      );
      const g = control(root, 'incoming-ssl');
      return { state: g['@_data-state'], track: (g.rect as Node[])[0]!, knob: (g.circle as Node[])[0]! };
    };
    for (const locale of ['ja', 'en'] as const) {
      const on = draw('on', locale);
      const off = draw('off', locale);
      expect([on.state, off.state]).toEqual(['on', 'off']);
      expect(on.track['@_fill']).not.toBe(off.track['@_fill']);
      expect(Number(on.knob['@_cx'])).toBeGreaterThan(Number(off.knob['@_cx']));
    }

    // Highlighted by a step: the same switch, turned on, with badge 2 after the host name.
    const [group] = wordedSteps(
      iphone,
      'imap',
      [
        { field: 'outgoing.server', to: 'smtp.example-isp.ne.jp' },
        { field: 'outgoing.security', from: 'none', to: 'tls' },
      ],
      'ja',
    );
    const root = parse(drawGroup(iphone, group, 'imap', 'ja', { 'outgoing-ssl': 'off' }).svg);
    expect(control(root, 'outgoing-ssl')).toMatchObject({ '@_data-step': '2', '@_data-state': 'on' });
    expect(texts(root)).toContain('送信メールサーバ');
  });

  it('draws radio groups with every option and one selected', () => {
    const [group] = wordedSteps(outlook, 'pop3', [{ field: 'outgoing.auth', from: 'off', to: 'on' }], 'ja');
    const root = parse(drawGroup(outlook, group, 'pop3', 'ja').svg);
    const radio = control(root, 'smtp-auth-method');
    const options = outlook.screens[1]!.tabs[0]!.controls[1]!.options!;
    expect(texts(radio).slice(2)).toEqual(options.map((o) => o.label.ja));
    // One outer ring per option plus one dot for the selected one.
    expect((radio.circle as Node[]).length).toBe(options.length + 2);
    expect(radio['@_data-state']).toBe('same');
  });

  it('is deterministic, and different drawings get different ids', () => {
    const input: DrawScreenInput = {
      program: outlook,
      screenId: 'internet-email-settings',
      tabId: 'advanced',
      protocol: 'pop3',
      locale: 'ja',
      steps: wordedSteps(outlook, 'pop3', [{ field: 'incoming.port', from: '110', to: '995' }], 'ja')[0]!
        .steps,
    };
    const a = drawScreen(input);
    expect(drawScreen(structuredClone(input))).toEqual(a);
    const other = drawScreen({ ...input, values: { 'outgoing-port': '587' } });
    expect(other.svg).not.toBe(a.svg);
    const id = (svg: string) => (parse(svg).title as Node)['@_id'];
    expect(id(other.svg)).not.toBe(id(a.svg));
    expect(a.svg).not.toMatch(/<script|<style|foreignObject|href=/i);
  });

  it('refuses a screen or tab the program does not show', () => {
    const base = { program: outlook, protocol: 'imap' as const, locale: 'en' as const, steps: [] };
    expect(() => drawScreen({ ...base, screenId: 'nope', tabId: 'main' })).toThrow(/no screen/);
    expect(() => drawScreen({ ...base, screenId: 'change-account', tabId: 'nope' })).toThrow(/no tab/);
  });
});

describe('wrapText', () => {
  it('wraps long labels within the width, keeping closing marks on their line', () => {
    const label = 'セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要です。「禁則」の確認。';
    const lines = wrapText(label, 200, 14);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/ /g, '')).toBe(label.replace(/ /g, ''));
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[。、」）]/);
    for (const line of lines) expect(line).not.toMatch(/[「（]$/);
  });

  it('breaks English at spaces and long host names after a dot', () => {
    expect(wrapText('Use the following type of encrypted connection', 200, 14)).toEqual([
      'Use the following type of',
      'encrypted connection',
    ]);
    const host = wrapText('mail.very-long-host-name-for-testing.subdomain.example-isp.ne.jp', 300, 14);
    expect(host.length).toBe(2);
    expect(host[0]!.endsWith('.')).toBe(true);
  });
});
