import { beforeEach, describe, expect, it } from 'vitest';
import { policyImpact } from '@/lib/mail-check/policy-impact';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { impactFindings } from '@/lib/insights/check-findings';
import { looksLikeContact } from '@/lib/insights/contact-like-term';
import { csvField, outcomesCsv, type CsvLabels } from '@/lib/insights/insight-csv';
import { flushCheckEvents, queueCheckEvent } from '@/lib/insights/insight-writer';
import { droppedInsightEvents, INSIGHT_LIMITS } from '@/lib/insights/limit-insight-events';
import { recordSearch, searchGaps } from '@/lib/insights/search-gaps';
import { db } from '../support/notice-fixtures';

const registry = loadRegistryFile('config/mail-service.demo.json');
const policy = registry.policies[0]!.id;
const settings = customerSettingsSchema.parse({
  client: 'outlook',
  incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
  outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'off' },
});
const now = new Date('2026-12-02T03:00:00Z');

/** One "Am I affected?" answer as the route queues it, from a client address. */
function answer(clientAddress: string, at = now) {
  const impact = policyImpact(registry, policy, settings, '2026-12-02');
  queueCheckEvent({
    at,
    source: 'impact',
    client: settings.client,
    outcome: impact.verdict,
    findings: impactFindings(policy, impact),
    clientAddress,
  });
}

beforeEach(async () => {
  await db.checkEvent.deleteMany();
  await db.insightCount.deleteMany();
  await db.insightDrop.deleteMany();
  await db.searchEvent.deleteMany();
  await db.rateEvent.deleteMany();
});

describe('insight events are limited per client, apart from the answer', () => {
  it("records an hour's allowance of 300 answers from one client in 4 s and counts the rest as dropped", async () => {
    for (let i = 0; i < 300; i++) answer('203.0.113.50', new Date(now.getTime() + (i * 4000) / 300));
    answer('198.51.100.7');
    await flushCheckEvents();
    const { perHour } = INSIGHT_LIMITS.impact;
    expect(await db.checkEvent.count({ where: { source: 'impact' } })).toBe(perHour + 1);
    expect(await droppedInsightEvents(30, now)).toEqual({
      total: 300 - perHour,
      byKind: { check: 0, impact: 300 - perHour, search: 0, feedback: 0, diagnose: 0 },
    });
    // The counters behind the charts only count what was recorded.
    const counted = await db.insightCount.aggregate({
      where: { metric: 'policy', source: 'impact' },
      _sum: { count: true },
    });
    expect(counted._sum.count).toBe(
      (perHour + 1) * impactFindings(policy, policyImpact(registry, policy, settings, '2026-12-02')).length,
    );
  });

  it('counts an IPv6 client by its /64, whichever addresses in it it uses', async () => {
    for (let i = 0; i < 100; i++) answer(`2001:db8:7:7::${(i + 1).toString(16)}`);
    answer('2001:db8:7:8::1');
    await flushCheckEvents();
    expect(await db.checkEvent.count()).toBe(INSIGHT_LIMITS.impact.perHour + 1);
  });

  it('counts one search term once a day per client, and never lists contact details or links', async () => {
    const phrase = 'Call 0120-999-999 http://evil.example';
    for (let i = 0; i < 100; i++) await recordSearch('en', phrase, 0, undefined, now, '203.0.113.60');
    expect(await db.searchEvent.count()).toBe(1);
    // From many clients it is recorded, but it is not offered as a gap or an FAQ draft.
    for (let i = 1; i <= 20; i++) await recordSearch('en', phrase, 0, undefined, now, `192.0.2.${i}`);
    await recordSearch('en', 'outgoing port blocked', 0, undefined, now, '192.0.2.1');
    expect((await searchGaps('en', 'zero', 30, now)).map((g) => g.query)).toEqual(['outgoing port blocked']);
    expect((await droppedInsightEvents(30, now)).byKind.search).toBe(99);
    // Without a client address (a script), searches are not limited.
    for (let i = 0; i < 3; i++) await recordSearch('en', 'pop before smtp', 0, undefined, now);
    expect((await searchGaps('en', 'zero', 30, now))[0]).toMatchObject({
      query: 'pop before smtp',
      count: 3,
    });
  });

  it('tells contact details and links from questions', () => {
    for (const term of [
      'Call 0120-999-999',
      '０１２０－９９９－９９９',
      '+81 3 1234 5678',
      '(03) 1234-5678',
      'http://evil.example',
      'see www.evil.example now',
      'write to help@evil.example',
      'evil.example',
      'サポート.jp',
    ])
      expect([term, looksLikeContact(term)]).toEqual([term, true]);
    for (const term of [
      'port 587',
      'DKIM',
      'パスワード 変更',
      'outlook 2019 imap',
      'TLS 1.2',
      'error 550 5.1.1',
      'iPhone',
    ])
      expect([term, looksLikeContact(term)]).toEqual([term, false]);
  });
});

describe('CSV', () => {
  it('neutralises formula characters at the start of a cell', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvField('+81 3 1234')).toBe("'+81 3 1234");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-3)).toBe('-3');
    const labels: CsvLabels = {
      policy: (id) => id,
      outcome: (id) => (id === 'ok' ? '=1+1' : id),
      columns: { week: 'w', day: 'd', policy: 'p', breaks: 'b', willBreak: 'wb', total: '@t' },
    };
    const text = outcomesCsv([], labels);
    expect(text.split('\r\n')[0]).toBe(
      "\uFEFFd,'=1+1,action-required,wrong-password,busy,incident,error,'@t",
    );
  });
});
