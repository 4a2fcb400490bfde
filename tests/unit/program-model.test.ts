import { describe, expect, it } from 'vitest';
import { CUSTOMER_SECURITY, INCOMING_AUTH, OUTGOING_AUTH } from '@/lib/mail-check/customer-choices';
import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import type { ControlDef, ProgramDef, Words } from '@/lib/programs/program-model';
import { programSteps, unexpressedFields, type FieldChange } from '@/lib/programs/program-steps';
import { PROGRAMS, programById } from '@/lib/programs/programs';
import { stepTexts, wordedSteps } from '@/lib/programs/step-text';

// The program model is the one place where a mail program's screens and labels are written
// (docs/programs.md). These checks keep every definition usable by the checker, the answers and the
// guides: each of our fields can be said in the program's words, or the program says why not.

const FIELDS: FieldName[] = [
  'incoming.server',
  'incoming.port',
  'incoming.security',
  'incoming.auth',
  'outgoing.server',
  'outgoing.port',
  'outgoing.security',
  'outgoing.auth',
];
/** Every program modelled takes both POP3 and IMAP accounts. */
const PROTOCOLS = ['pop3', 'imap'] as const;
type Protocol = (typeof PROTOCOLS)[number];

const SEMANTIC: Record<FieldName, readonly string[] | null> = {
  'incoming.server': null,
  'incoming.port': null,
  'incoming.security': CUSTOMER_SECURITY,
  'incoming.auth': INCOMING_AUTH,
  'outgoing.server': null,
  'outgoing.port': null,
  'outgoing.security': CUSTOMER_SECURITY,
  'outgoing.auth': OUTGOING_AUTH,
};

const ACCESS_KEY = /[(（][A-Za-z0-9][)）]/;

const shown = (item: { protocol?: Protocol }, protocol: Protocol) =>
  !item.protocol || item.protocol === protocol;

function controlsOf(program: ProgramDef, protocol?: Protocol): ControlDef[] {
  return program.screens
    .filter((screen) => !protocol || shown(screen, protocol))
    .flatMap((screen) => screen.tabs.flatMap((tab) => tab.controls))
    .filter((control) => !protocol || shown(control, protocol));
}

/** Every piece of text a definition shows, with where it is, for the label checks. */
function allWords(program: ProgramDef): [string, Words][] {
  const words: [string, Words][] = [
    ['name', program.name],
    ['versions', program.versions],
  ];
  for (const limitation of program.limitations ?? [])
    words.push([`limitation ${limitation.field}`, limitation.words]);
  for (const screen of program.screens) {
    words.push([`${screen.id} title`, screen.title], [`${screen.id} path`, screen.path]);
    if (screen.save) words.push([`${screen.id} save`, screen.save]);
    for (const tab of screen.tabs) {
      if (tab.label) words.push([`${screen.id}/${tab.id}`, tab.label]);
      for (const control of tab.controls) {
        words.push([control.id, control.label]);
        if (control.note) words.push([`${control.id} note`, control.note]);
        for (const option of control.options ?? [])
          words.push([`${control.id}=${option.value}`, option.label]);
      }
    }
  }
  return words;
}

/** Can `to` of `field` be set with this control? */
function expresses(control: ControlDef, to: string): boolean {
  if (control.kind === 'text' || control.kind === 'number') return !control.values;
  const value = control.values?.[to];
  if (value === undefined) return false;
  if (control.kind === 'switch' || control.kind === 'checkbox') return value === 'on' || value === 'off';
  return (control.options ?? []).some((option) => option.value === value);
}

const limited = (program: ProgramDef, field: FieldName) =>
  (program.limitations ?? []).some((limitation) => limitation.field === field);

/** The recommended settings the checker suggests, for each incoming protocol. */
function recommendedTargets(protocol: Protocol): FieldChange[][] {
  const incoming: FieldChange[] = [
    { field: 'incoming.server', to: 'mail.example.jp' },
    { field: 'incoming.security', to: 'tls' },
    { field: 'incoming.port', to: protocol === 'pop3' ? '995' : '993' },
    { field: 'incoming.auth', to: 'password' },
  ];
  const outgoing = (security: string, port: string): FieldChange[] => [
    { field: 'outgoing.server', to: 'smtp.example.jp' },
    { field: 'outgoing.security', to: security },
    { field: 'outgoing.port', to: port },
    { field: 'outgoing.auth', to: 'on' },
  ];
  return [
    [...incoming, ...outgoing('starttls', '587')],
    [...incoming, ...outgoing('tls', '465')],
  ];
}

describe('the program list', () => {
  it('offers the programs in the checker’s order, each once', () => {
    expect(PROGRAMS.map((program) => program.id)).toEqual([
      'outlook',
      'outlook-2013',
      'new-outlook',
      'thunderbird',
      'apple-mail',
      'iphone',
      'android-gmail',
      'becky',
      'legacy-windows',
    ]);
    for (const program of PROGRAMS) expect(programById(program.id)).toBe(program);
    expect(programById('unknown')).toBeUndefined();
  });
});

describe.each(PROGRAMS.map((program) => [program.id, program] as const))(
  'the %s definition',
  (_, program) => {
    it('uses each id once', () => {
      const unique = (ids: string[]) => expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);
      unique(program.screens.map((screen) => screen.id));
      unique(controlsOf(program).map((control) => control.id));
      unique(program.sources.map((source) => source.id));
      for (const screen of program.screens) unique(screen.tabs.map((tab) => tab.id));
      for (const control of controlsOf(program))
        unique((control.options ?? []).map((option) => option.value));
    });

    it('maps our values onto values its controls have', () => {
      for (const screen of program.screens) {
        for (const tab of screen.tabs) {
          for (const control of tab.controls) {
            const where = `${program.id} ${control.id}`;
            const choices =
              control.kind === 'switch' || control.kind === 'checkbox'
                ? ['on', 'off']
                : (control.options ?? []).map((option) => option.value);
            if (control.kind === 'dropdown' || control.kind === 'radio') {
              expect(control.options?.length, where).toBeGreaterThan(0);
            } else {
              expect(control.options, where).toBeUndefined();
            }
            if (control.kind === 'text' || control.kind === 'number')
              expect(control.values, where).toBeUndefined();
            for (const [ours, theirs] of Object.entries(control.values ?? {})) {
              expect(choices, `${where}: ${ours} → ${theirs}`).toContain(theirs);
              const semantic = control.field && SEMANTIC[control.field];
              if (semantic) expect(semantic, `${where}: ${ours}`).toContain(ours);
            }
            if (control.field) {
              if (control.kind !== 'text' && control.kind !== 'number')
                expect(control.values, where).toBeDefined();
              expect(control.requiredState, where).toBeUndefined();
            } else {
              // A control without a field is a prerequisite: it has a state to be in.
              expect(control.requiredState, where).toBeDefined();
              expect(choices, where).toContain(control.requiredState);
            }
            if (control.setBefore) {
              expect(
                tab.controls.map((other) => other.id),
                `${where} is set before a control of its tab`,
              ).toContain(control.setBefore);
            }
          }
        }
      }
    });

    it.each(PROTOCOLS)('expresses every field for %s, or says why not', (protocol) => {
      const missing = unexpressedFields(program, protocol, FIELDS);
      expect(missing.filter((field) => !limited(program, field))).toEqual([]);
      for (const limitation of program.limitations ?? []) expect(FIELDS).toContain(limitation.field);
    });

    it.each(PROTOCOLS)('can set every recommended value for %s', (protocol) => {
      const controls = controlsOf(program, protocol);
      for (const changes of recommendedTargets(protocol)) {
        for (const { field, to } of changes) {
          if (limited(program, field)) continue;
          const candidates = controls.filter((control) => control.field === field);
          expect(
            candidates.some((control) => expresses(control, to)),
            `${program.id} ${protocol}: ${field} = ${to}`,
          ).toBe(true);
        }
        // And the steps a guide shows name a control for each of those fields.
        const steps = programSteps(program, protocol, changes, 'ja', { on: 'on', off: 'off' }).flatMap(
          (g) => g.steps,
        );
        const stepFields = new Set(steps.map((step) => controls.find((c) => c.id === step.controlId)?.field));
        for (const { field } of changes) {
          if (!limited(program, field))
            expect(stepFields.has(field), `${program.id} ${protocol}: ${field}`).toBe(true);
        }
      }
    });

    it('names a known source for every label, and writes each label without access keys', () => {
      const ids = new Set(program.sources.map((source) => source.id));
      for (const source of program.sources) expect(source.url).toMatch(/^https?:\/\/\S+$/);
      const provenances = [...program.screens, ...controlsOf(program)];
      for (const item of provenances) {
        expect(typeof item.verified, item.id).toBe('boolean');
        for (const id of item.source ?? [])
          expect(ids.has(id), `${program.id} ${item.id}: source ${id}`).toBe(true);
        // A verified label says where it was seen.
        if (item.verified) expect(item.source?.length, `${program.id} ${item.id}`).toBeGreaterThan(0);
      }
      for (const [where, words] of allWords(program)) {
        for (const locale of ['ja', 'en'] as const) {
          expect(words[locale].trim(), `${program.id} ${where} (${locale})`).not.toBe('');
          expect(words[locale], `${program.id} ${where} (${locale})`).not.toMatch(ACCESS_KEY);
        }
      }
    });
  },
);

describe('the steps for the seed customer (POP3 110 and SMTP 25 without encryption, POP before SMTP)', () => {
  // What the checker suggests for that customer: encrypted POP3 on 995, STARTTLS on 587, SMTP AUTH.
  const changes: FieldChange[] = [
    { field: 'incoming.port', from: '110', to: '995' },
    { field: 'incoming.security', from: 'none', to: 'tls' },
    { field: 'outgoing.port', from: '25', to: '587' },
    { field: 'outgoing.security', from: 'none', to: 'starttls' },
    { field: 'outgoing.auth', from: 'pop-before-smtp', to: 'on' },
  ];

  it('tells an Outlook user each control in the order Outlook shows them', () => {
    const steps = stepTexts(wordedSteps(programById('outlook')!, 'pop3', changes, 'ja'));
    expect(steps.map((step) => [step.screen, step.text])).toEqual([
      [
        'インターネット電子メール設定：送信サーバー',
        '「受信メール サーバーと同じ設定を使用する」を選びます。',
      ],
      [
        'インターネット電子メール設定：詳細設定',
        '「このサーバーでは暗号化された接続 (SSL/TLS) が必要」にチェックを入れます。',
      ],
      ['インターネット電子メール設定：詳細設定', '「受信サーバー (POP3)」に「995」と入力します。'],
      ['インターネット電子メール設定：詳細設定', '「使用する暗号化接続の種類」で「STARTTLS」を選びます。'],
      ['インターネット電子メール設定：詳細設定', '「送信サーバー (SMTP)」に「587」と入力します。'],
    ]);
  });

  it('tells an iPhone user the SMTP server screen first, then Advanced', () => {
    const groups = wordedSteps(programById('iphone')!, 'pop3', changes, 'ja');
    const steps = groups.flatMap((group) => group.steps.map((step) => [group.screen.id, step.text]));
    expect(steps).toEqual([
      ['smtp', '「SSLを使用」をオンにします。'],
      ['smtp', '「認証」で「パスワード」を選びます。'],
      ['smtp', '「サーバポート」に「587」と入力します。'],
      ['advanced', '「SSLを使用」をオンにします。'],
      ['advanced', '「サーバポート」に「995」と入力します。'],
    ]);
  });

  it('sets Thunderbird’s connection security before its port', () => {
    const changes: FieldChange[] = [
      { field: 'incoming.port', to: '995' },
      { field: 'incoming.security', to: 'tls' },
    ];
    const steps = stepTexts(wordedSteps(programById('thunderbird')!, 'pop3', changes, 'en'));
    expect(steps.map((step) => [step.label, step.to])).toEqual([
      ['Connection security', 'SSL/TLS'],
      ['Port', '995'],
    ]);
  });
});
