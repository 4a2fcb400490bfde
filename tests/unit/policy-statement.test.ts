import fs from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { assessCheck } from '@/lib/mail-check/assess-check';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import { evaluateSettings } from '@/lib/mail-check/evaluate-settings';
import { planCheck } from '@/lib/mail-check/plan-check';
import { policyImpact } from '@/lib/mail-check/policy-impact';
import type { EndpointResult } from '@/lib/mail-probe/probe-result';
import { loadRegistryFile, parseRegistry, RegistryFileError } from '@/lib/mail-registry/load-registry';
import { formToRegistry, registryToForm } from '@/lib/mail-registry/registry-form';
import { POLICY_KINDS, type MailRegistry, type PolicyKind } from '@/lib/mail-registry/registry-schema';
import { notices } from '@/prisma/seed-content/notices';
import { flatEn, flatJa } from '../support/message-catalogs';

// "State one fact, from one place": each policy's one-line statement lives in the registry, and the
// checker's data, the "Am I affected?" answer and the policy's notice carry that same sentence.

const DEMO_FILE = 'config/mail-service.demo.json';
const demo = loadRegistryFile(DEMO_FILE);
const statementOf = (kind: PolicyKind) => {
  const statement = demo.policies.find((p) => p.id === kind)?.statement;
  if (!statement) throw new Error(`the demo registry does not state ${kind}`);
  return statement;
};
const settings = (input: unknown) => customerSettingsSchema.parse(input);
const TODAY = '2026-11-22';

/** The customer of the walkthrough: POP3 on 110 and port 25, as set up years ago. */
const oldSetup = settings({
  client: 'outlook',
  incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
  outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'pop-before-smtp' },
});

const format = (catalog: Record<string, string>, key: string, locale: string, values = {}) =>
  new IntlMessageFormat(catalog[key]!, locale).format(values) as string;
const list = (locale: string, items: string[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

describe('the registry states each policy', () => {
  it('the demo file writes a statement for every policy in both languages (no default)', () => {
    const raw = JSON.parse(fs.readFileSync(DEMO_FILE, 'utf8')) as {
      policies: { id: string; statement?: { ja?: string; en?: string } }[];
    };
    expect(raw.policies.map((p) => p.id).sort()).toEqual([...POLICY_KINDS].sort());
    for (const policy of raw.policies) {
      expect([policy.id, Boolean(policy.statement?.ja), Boolean(policy.statement?.en)]).toEqual([
        policy.id,
        true,
        true,
      ]);
    }
  });

  it('says what Outbound Port 25 Blocking is: servers outside our network, and 587 with SMTP AUTH', () => {
    const { ja, en } = statementOf('outbound-port-25-blocked');
    expect(ja).toBe(
      '2005年1月1日から、当社の接続サービスから当社以外のメールサーバーのポート25への接続を制限しています。メールの送信には、当社のメールサーバーのポート587（SMTP認証）をご利用ください。',
    );
    expect(en).toContain('port 25 of mail servers outside our network');
    expect(en).toContain('port 587 of our mail server with SMTP authentication');
    // Never again "our lines cannot use port 25": our own port 25 is not what the block is about.
    expect(ja).not.toContain('当社の回線ではポート25を利用できなくなっています');
    // Our port 25 stopped taking customers' mail when POP before SMTP ended.
    expect(statementOf('pop-before-smtp-ended').ja).toContain(
      '当社のメールサーバーのポート25ではお客さまのメールを中継していません',
    );
  });

  it('validates statements: both languages, one line each, bounded', () => {
    const withStatement = (statement: unknown): unknown => ({
      ...demo,
      policies: [{ id: 'outbound-port-25-blocked', effective: '2005-01-01', statement }],
    });
    expect(() => parseRegistry(withStatement({ ja: '一行です。', en: 'One line.' }))).not.toThrow();
    for (const bad of [
      { ja: '一行です。' },
      { ja: '', en: 'One line.' },
      { ja: '一行目。\n二行目。', en: 'One line.' },
      { ja: 'あ'.repeat(301), en: 'One line.' },
      { ja: '一行です。', en: 'One line.', fr: 'Une ligne.' },
      'One line.',
    ]) {
      expect(() => parseRegistry(withStatement(bad)), JSON.stringify(bad)).toThrow(RegistryFileError);
    }
  });

  it('still loads a registry stored before statements existed', () => {
    const old = {
      ...demo,
      policies: demo.policies.map((p) => ({ ...p, statement: undefined })),
    };
    const parsed = parseRegistry(JSON.parse(JSON.stringify(old)));
    expect(parsed.policies.every((p) => p.statement === undefined)).toBe(true);
    // …and pages word it from the messages, with the registry's day.
    expect(
      format(flatJa, 'Checker.policyStatement.outbound-port-25-blocked', 'ja', { date: '2005年1月1日' }),
    ).toContain('当社以外のメールサーバーのポート25への接続を制限しています');
  });
});

describe('staff edit the statement with the registry', () => {
  const noticeSlugs = new Set(demo.policies.flatMap((p) => (p.notice ? [p.notice] : [])));

  it('round-trips statements through the editor form', () => {
    const form = registryToForm(demo);
    expect(form.policies[0]).toMatchObject({
      statementJa: statementOf('outbound-port-25-blocked').ja,
      statementEn: statementOf('outbound-port-25-blocked').en,
    });
    form.policies[0]!.statementEn = '  Edited by staff.  ';
    const converted = formToRegistry(form, noticeSlugs);
    expect(converted.ok).toBe(true);
    if (converted.ok) expect(converted.registry.policies[0]!.statement?.en).toBe('Edited by staff.');
  });

  it('requires both languages, on one line, naming the field', () => {
    const form = registryToForm(demo);
    form.policies[0]!.statementJa = '  ';
    form.policies[1]!.statementEn = 'Line one.\nLine two.';
    form.policies[2]!.statementEn = 'x'.repeat(301);
    const converted = formToRegistry(form, noticeSlugs);
    expect(converted.ok).toBe(false);
    if (!converted.ok)
      expect(converted.errors).toEqual({
        'policies.0.statementJa': 'required',
        'policies.1.statementEn': 'statement',
        'policies.2.statementEn': 'statement',
      });
  });

  it('fills a statement an older registry lacks, so it is shown and saved', () => {
    const old: MailRegistry = {
      ...demo,
      policies: demo.policies.map((p) => ({ ...p, statement: undefined })),
    };
    const form = registryToForm(old, ({ id, effective }) => ({ ja: `${id} ${effective}`, en: id }));
    expect(form.policies[0]).toMatchObject({
      statementJa: 'outbound-port-25-blocked 2005-01-01',
      statementEn: 'outbound-port-25-blocked',
    });
    expect(registryToForm(old).policies[0]).toMatchObject({ statementJa: '', statementEn: '' });
  });
});

describe('one sentence everywhere', () => {
  it('the checker’s data carries the registry’s statement with each policy', () => {
    const fields = evaluateSettings(demo, oldSetup, TODAY).fields;
    const port = fields.find((f) => f.field === 'outgoing.port')!;
    expect(port.reason).toBe('port-25-blocked');
    expect(port.policy?.statement).toEqual(statementOf('outbound-port-25-blocked'));
    expect(fields.find((f) => f.field === 'outgoing.auth')!.policy?.statement).toEqual(
      statementOf('pop-before-smtp-ended'),
    );
    expect(fields.find((f) => f.field === 'incoming.security')!.policy?.statement).toEqual(
      statementOf('encrypted-login-required'),
    );

    // The blocked setting in "what your program meets" carries it too.
    const plan = planCheck(demo, oldSetup, TODAY);
    const blocked = plan.asConfigured.find((s) => s.kind === 'blocked');
    expect(blocked?.kind === 'blocked' && blocked.policy?.statement).toEqual(
      statementOf('outbound-port-25-blocked'),
    );
    const works = {
      findings: [],
      steps: [],
      login: 'skipped',
      asConfigured: false,
    } as unknown as EndpointResult;
    const probes = plan.asConfigured.filter((s) => s.kind === 'probe').length + plan.recommended.length;
    const assessment = assessCheck(
      plan,
      oldSetup,
      Array.from({ length: probes }, () => works),
    );
    const outgoing = assessment.yourSettings.find((s) => s.role === 'outgoing')!;
    expect(outgoing.outcome).toBe('blocked');
    expect((outgoing.policy as { statement?: unknown } | undefined)?.statement).toEqual(
      statementOf('outbound-port-25-blocked'),
    );
  });

  it('the "Am I affected?" answer carries the same statement', () => {
    for (const kind of POLICY_KINDS)
      expect([kind, policyImpact(demo, kind, oldSetup, TODAY).statement]).toEqual([kind, statementOf(kind)]);
  });

  it('the policy’s notice summarises it with the same sentence', () => {
    for (const kind of ['outbound-port-25-blocked', 'pop-before-smtp-ended'] as const) {
      const policy = demo.policies.find((p) => p.id === kind)!;
      const notice = notices.find((n) => n.slug === policy.notice);
      expect([kind, notice?.summary]).toEqual([kind, statementOf(kind)]);
    }
  });
});

describe('"Am I affected?" wording', () => {
  it('POP before SMTP stops sending only, and says so in both languages', () => {
    const impact = policyImpact(demo, 'pop-before-smtp-ended', oldSetup, TODAY);
    expect(impact.verdict).toBe('affected');
    expect(impact.affects).toBe('sending');
    const values = { date: '2015年7月14日', affects: impact.affects };
    const ja = format(flatJa, 'PolicyImpact.verdict.affected', 'ja', values);
    expect(ja).toContain('メールを送信できなくなっています');
    expect(ja).not.toContain('メールが使えなくなっています');
    const en = format(flatEn, 'PolicyImpact.verdict.affected', 'en', { ...values, date: 'July 14, 2015' });
    expect(en).toContain('you have not been able to send mail since July 14, 2015');
    const ahead = policyImpact(demo, 'pop-before-smtp-ended', oldSetup, '2015-07-13');
    expect([ahead.verdict, ahead.affects]).toEqual(['will-be-affected', 'sending']);
    expect(
      format(flatJa, 'PolicyImpact.verdict.will-be-affected', 'ja', {
        date: '2015年7月14日',
        affects: ahead.affects,
      }),
    ).toContain('メールを送信できなくなります');
  });

  it('encryption on both sides stops sending and receiving', () => {
    expect(policyImpact(demo, 'encrypted-login-required', oldSetup, TODAY).affects).toBe('both');
  });

  it('names the other settings that need changing, in both languages', () => {
    const impact = policyImpact(demo, 'pop-before-smtp-ended', oldSetup, TODAY);
    expect(impact.otherFields).toEqual([
      'incoming.port',
      'incoming.security',
      'outgoing.port',
      'outgoing.security',
    ]);
    expect(impact.otherChanges).toBe(4);
    const sendingOnly = settings({ ...oldSetup, incoming: undefined });
    const others = policyImpact(demo, 'pop-before-smtp-ended', sendingOnly, TODAY).otherFields;
    expect(others).toEqual(['outgoing.port', 'outgoing.security']);
    const names = (catalog: Record<string, string>, locale: string) =>
      format(catalog, 'PolicyImpact.otherChanges', locale, {
        count: others.length,
        fields: list(
          locale,
          others.map((f) => catalog[`Checker.fieldName.${f}`]!),
        ),
      });
    expect(names(flatJa, 'ja')).toContain(
      'ほかの理由で、さらに次の2項目の変更が必要です：送信ポート、送信の暗号化。',
    );
    expect(names(flatEn, 'en')).toContain(
      '2 more settings need changing for other reasons: Outgoing port and Outgoing encryption.',
    );
  });
});
