import { beforeEach, describe, expect, it } from 'vitest';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import { evaluateSettings } from '@/lib/mail-check/evaluate-settings';
import { policyImpact } from '@/lib/mail-check/policy-impact';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { checkFindings, impactFindings } from '@/lib/insights/check-findings';
import { outcomesCsv, policiesCsv, type CsvLabels } from '@/lib/insights/insight-csv';
import { flushCheckEvents, queueCheckEvent } from '@/lib/insights/insight-writer';
import { outcomesByDay, policyInsights } from '@/lib/insights/policy-dashboard';
import {
  pruneCheckInsights,
  recordCheckEvents,
  type CheckEventInput,
} from '@/lib/insights/record-check-event';
import { weekOf } from '@/lib/insights/insight-days';
import { db } from '../support/notice-fixtures';

const demo = loadRegistryFile('config/mail-service.demo.json');
// The demo's encrypted-login policy moved into the future, so "will break" can be seen.
const announced: MailRegistry = {
  ...demo,
  policies: demo.policies.map((p) =>
    p.id === 'encrypted-login-required' || p.id === 'minimum-tls-version'
      ? { ...p, effective: '2027-02-01' }
      : p,
  ),
};
const today = '2026-12-02';
const now = new Date('2026-12-02T03:00:00Z'); // 12:00 in Japan
const settings = (input: unknown) => customerSettingsSchema.parse(input);
const oldPop = settings({
  client: 'outlook',
  email: 'Taro@Example.test',
  incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
  outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'off' },
});
const modern = settings({
  client: 'outlook',
  email: 'taro@example.test',
  incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls' },
  outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
});

/** What a full check that probed nothing extra would record for these settings. */
function checkEvent(registry: MailRegistry, s: typeof oldPop, at = now): CheckEventInput {
  const evaluation = evaluateSettings(registry, s, today);
  const found = checkFindings(
    {
      verdict: evaluation.verdict,
      fields: evaluation.fields,
      knownIssues: [],
      policies: registry.policies.map((p) => ({
        id: p.id,
        effective: p.effective,
        inForce: p.effective <= today,
      })),
    },
    s.client,
  );
  return { at, source: 'check', client: s.client, email: s.email, ...found };
}

beforeEach(async () => {
  await db.checkEvent.deleteMany();
  await db.insightCount.deleteMany();
  await db.policyMailbox.deleteMany();
});

describe('what a check tells the dashboard', () => {
  it('names each policy and setting that fails today, or will on an announced day', () => {
    const inForce = checkEvent(demo, oldPop);
    expect(inForce.outcome).toBe('action-required');
    expect(inForce.findings).toEqual(
      expect.arrayContaining([
        { policy: 'outbound-port-25-blocked', setting: 'port-25', state: 'breaks' },
        { policy: 'encrypted-login-required', setting: 'no-ssl', state: 'breaks' },
      ]),
    );
    // Incoming and outgoing both lack SSL: one finding per policy and setting.
    expect(inForce.findings.filter((f) => f.setting === 'no-ssl')).toHaveLength(1);
    const ahead = checkEvent(announced, oldPop);
    expect(ahead.findings).toContainEqual({
      policy: 'encrypted-login-required',
      setting: 'no-ssl',
      state: 'will-break',
    });
    expect(checkEvent(demo, modern)).toMatchObject({ outcome: 'ok', findings: [] });
    // An old program is flagged under the TLS policy by the program alone.
    expect(checkEvent(announced, { ...modern, client: 'legacy-windows' }).findings).toEqual([
      { policy: 'minimum-tls-version', setting: 'tls-version', state: 'will-break' },
    ]);
  });

  it('keeps an "am I affected?" answer to the policy asked about, and names an incident', () => {
    const impact = policyImpact(
      demo,
      'pop-before-smtp-ended',
      settings({
        client: 'outlook',
        incoming: { protocol: 'pop3', server: 'mail.example.test', port: 995, security: 'tls' },
        outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'pop-before-smtp' },
      }),
      today,
    );
    expect(impactFindings('pop-before-smtp-ended', impact).map((f) => f.policy)).toEqual([
      'pop-before-smtp-ended',
    ]);
    expect(impactFindings('pop-before-smtp-ended', impact)[0]?.setting).toBe('pop-before-smtp');
    const issue = { kind: 'incident', title: 'x' } as never;
    expect(
      checkFindings({ verdict: 'error', fields: [], knownIssues: [issue], policies: [] }, 'other').outcome,
    ).toBe('incident');
    expect(
      checkFindings({ verdict: 'error', fields: [], knownIssues: [], policies: [] }, 'other').outcome,
    ).toBe('error');
    expect(
      checkFindings({ verdict: 'login-failed', fields: [], knownIssues: [], policies: [] }, 'other').outcome,
    ).toBe('wrong-password');
  });
});

describe('the policy-migration dashboard', () => {
  it('counts answers per week and setting, and mailboxes told to change that later passed', async () => {
    const lastWeek = new Date(now.getTime() - 7 * 86_400_000);
    await recordCheckEvents([
      checkEvent(announced, oldPop, lastWeek),
      checkEvent(announced, { ...oldPop, client: 'becky', email: 'hanako@example.test' }, lastWeek),
      checkEvent(announced, oldPop), // the same mailbox, told again: still one mailbox
    ]);
    // Taro fixes the settings; Hanako does not come back.
    await recordCheckEvents([checkEvent(announced, modern)]);
    const policy = (await policyInsights(announced, now)).find((p) => p.id === 'encrypted-login-required')!;
    expect(policy).toMatchObject({ inForce: false, daysLeft: 61, told: 2, passed: 1 });
    const weekly = Object.fromEntries(policy.weeks.map((w) => [w.week, w.willBreak]));
    expect(weekly[weekOf('2026-11-25')]).toBe(2);
    expect(weekly[weekOf(today)]).toBe(1);
    // The chart runs on to the week the policy takes effect.
    expect(policy.weeks.at(-1)?.week).toBe(weekOf('2027-02-01'));
    expect(policy.bySetting).toEqual([{ setting: 'no-ssl', count: 3 }]);
    expect(policy.byClient).toEqual([
      { client: 'outlook', count: 2 },
      { client: 'becky', count: 1 },
    ]);
    // Nothing but hashes: the address is nowhere in the tables.
    const stored = JSON.stringify([await db.checkEvent.findMany(), await db.policyMailbox.findMany()]);
    expect(stored).not.toMatch(/taro|hanako|example\.test/i);
  });

  it('charts checks per day by outcome, quiet days as zeros, and prunes raw events after 30 days', async () => {
    const old = new Date(now.getTime() - 40 * 86_400_000);
    await recordCheckEvents([
      checkEvent(demo, modern),
      checkEvent(demo, oldPop),
      { at: now, source: 'check', client: 'iphone', outcome: 'busy', findings: [] },
      { at: old, source: 'check', client: 'iphone', outcome: 'incident', findings: [] },
    ]);
    const days = await outcomesByDay(now, 56);
    expect(days).toHaveLength(56);
    expect(days.at(-1)).toMatchObject({ day: today, total: 3 });
    expect(days.at(-1)?.counts).toMatchObject({ ok: 1, 'action-required': 1, busy: 1, incident: 0 });
    expect(days.find((d) => d.counts.incident === 1)?.day).toBe('2026-10-23');
    expect(await pruneCheckInsights(now)).toBeGreaterThanOrEqual(1);
    expect(await db.checkEvent.count()).toBe(3);
    // The daily counts outlive the raw events.
    expect((await outcomesByDay(now, 56)).find((d) => d.day === '2026-10-23')?.total).toBe(1);
  });

  it('records queued events after the answer, in one batch', async () => {
    queueCheckEvent(checkEvent(demo, modern));
    queueCheckEvent(checkEvent(demo, oldPop));
    expect(await db.checkEvent.count()).toBe(0);
    await flushCheckEvents();
    expect(await db.checkEvent.count()).toBe(2);
  });

  it('exports CSV that Excel opens in Japanese, quoting what needs it', async () => {
    await recordCheckEvents([checkEvent(demo, oldPop)]);
    const labels: CsvLabels = {
      policy: (id) => `"${id}", 規則`,
      outcome: (id) => id,
      columns: {
        week: '週',
        day: '日付',
        policy: 'ポリシー',
        breaks: '現在',
        willBreak: '今後',
        total: '合計',
      },
    };
    const policies = policiesCsv(await policyInsights(demo, now), labels);
    expect(policies.startsWith('\uFEFFポリシー,週,現在,今後\r\n')).toBe(true);
    expect(policies).toContain(`"""encrypted-login-required"", 規則",${weekOf(today)},1,0\r\n`);
    const outcomes = outcomesCsv(await outcomesByDay(now, 2), labels);
    expect(outcomes.split('\r\n')[2]).toBe(`${today},0,1,0,0,0,0,1`);
  });
});
