import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkRequestSchema, runCheck, type CheckResult } from '@/lib/mail-check/run-check';
import { headlineOf, sendRefusalNamesAddress } from '@/lib/mail-check/assess-check';
import { getCheckReport, maskEmail, deleteExpiredCheckReports } from '@/lib/mail-check/check-reports';
import { acquireCheckSlot, CHECK_LIMITS } from '@/lib/mail-check/check-limits';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { makeCertificate, smtpScript, startFakeServer, type FakeServer } from '../support/fake-mail-server';
import { db } from '../support/notice-fixtures';
import { closedPort } from '../support/closed-port';

let server: FakeServer;
let registry: MailRegistry;

let port25: number;

beforeAll(async () => {
  port25 = await closedPort();
  const certificate = await makeCertificate();
  server = await startFakeServer(smtpScript({ certificate }));
  const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ca-')), 'ca.pem');
  fs.writeFileSync(caFile, certificate.cert);
  process.env.MAIL_CA_FILE = caFile;
  registry = {
    domains: ['example.test'],
    username: 'address',
    endpoints: [
      {
        id: 'submission',
        protocol: 'smtp',
        host: 'mail.example.test',
        port: server.port,
        security: 'starttls',
        auth: true,
        recommended: true,
        blockedFromCustomerNetworks: false,
      },
      {
        id: 'smtp',
        protocol: 'smtp',
        host: 'mail.example.test',
        port: port25,
        security: 'starttls',
        auth: false,
        recommended: false,
        blockedFromCustomerNetworks: true,
      },
    ],
    resolve: { 'mail.example.test': '127.0.0.1' },
    ipv6: {},
    policies: [
      { id: 'outbound-port-25-blocked', effective: '2005-01-01', notice: 'outbound-port-25-blocking' },
    ],
  };
});
afterAll(() => server.close());
beforeEach(async () => {
  await db.rateEvent.deleteMany();
  await db.checkReport.deleteMany();
});

const request = (extra: Record<string, unknown> = {}) =>
  checkRequestSchema.parse({
    email: 'taro@example.test',
    client: 'outlook',
    outgoing: { server: 'mail.example.test', port: server.port, security: 'starttls', auth: 'on' },
    ...extra,
  });

describe('runCheck', () => {
  it('probes the settings’ endpoint, stores a report with a masked address and no password', async () => {
    const result = (await runCheck(registry, request({ password: 'correct password' }), {
      ip: '192.0.2.1',
    })) as CheckResult;
    expect(result.verdict).toBe('ok');
    expect(result.endpoints.map((e) => [e.id, e.status, e.login])).toEqual([['submission', 'ok', 'ok']]);
    expect(result.reportId).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const report = await getCheckReport(result.reportId);
    expect(report?.maskedEmail).toBe('t***@example.test');
    const stored = JSON.stringify(report);
    expect(stored).not.toContain('correct password');
    expect(stored).not.toContain('taro@example.test');
  });

  it('reports port 25 as blocked since the policy day, never probes it, and proves the recommended endpoint', async () => {
    const result = (await runCheck(
      registry,
      request({ outgoing: { server: 'mail.example.test', port: port25, security: 'none', auth: 'off' } }),
      { ip: '192.0.2.2' },
    )) as CheckResult;
    // Only the recommended endpoint is contacted: a customer line cannot reach port 25 at all.
    expect(result.endpoints.map((e) => [e.id, e.code, e.asConfigured])).toEqual([
      ['submission', 'OK', false],
    ]);
    expect(result.yourSettings).toMatchObject([
      {
        role: 'outgoing',
        port: port25,
        outcome: 'blocked',
        code: 'PORT_BLOCKED',
        policy: { effective: '2005-01-01', notice: 'outbound-port-25-blocking' },
      },
    ]);
    expect(result.recommended).toMatchObject([{ role: 'outgoing', port: server.port, outcome: 'works' }]);
    expect(result.verdict).toBe('action-required');
    expect(result.fields.find((f) => f.field === 'outgoing.port')).toMatchObject({
      status: 'change',
      suggested: String(server.port),
      reason: 'port-25-blocked',
    });
    expect(result.endpoints.map((e) => e.id)).toContain('submission');
  });

  it('names an open incident on our side that explains a failed probe', async () => {
    const component = await db.statusComponent.create({
      data: { slug: 'relay', nameEn: 'Relay', nameJa: 'リレー', endpointIds: 'smtp' },
    });
    const incident = await db.incident.create({
      data: {
        kind: 'incident',
        titleEn: 'Relay down',
        titleJa: 'リレー停止',
        impact: 'outage',
        components: component.slug,
        startsAt: new Date(Date.now() - 60_000),
      },
    });
    const settings = {
      outgoing: { server: 'mail.example.test', port: port25, security: 'none', auth: 'off' },
    };
    // The relay is reachable in this registry (not blocked), so the customer's own probe fails on it.
    const open = {
      ...registry,
      endpoints: registry.endpoints.map((e) => ({ ...e, blockedFromCustomerNetworks: false })),
    };
    const during = (await runCheck(open, request(settings), { ip: '192.0.2.9' })) as CheckResult;
    expect(during.verdict).toBe('error');
    expect(during.knownIssues).toEqual([
      {
        id: incident.id,
        kind: 'incident',
        title: { en: 'Relay down', ja: 'リレー停止' },
        endpoints: ['smtp'],
      },
    ]);
    await db.incident.update({ where: { id: incident.id }, data: { resolvedAt: new Date() } });
    const after = (await runCheck(open, request(settings), { ip: '192.0.2.9' })) as CheckResult;
    expect(after.knownIssues).toEqual([]);
  });

  it('contacts nothing for endpoints outside the registry, and needs an address for a login test', async () => {
    const before = server.received.length;
    expect(
      await runCheck(registry, request({ endpoints: ['submission', 'evil.example:25'] }), {
        ip: '192.0.2.3',
      }),
    ).toEqual({
      refused: 'unknown-endpoint',
      endpoints: ['evil.example:25'],
    });
    expect(
      await runCheck(registry, request({ email: undefined, password: 'x' }), { ip: '192.0.2.3' }),
    ).toEqual({ refused: 'login-needs-email' });
    expect(server.received.length).toBe(before);
  });

  it('limits probes per address and login tests per mailbox, in the database', async () => {
    const now = new Date();
    await db.rateEvent.createMany({
      data: Array.from({ length: CHECK_LIMITS.probesPerIpPerHour }, () => ({
        key: 'probe-ip:192.0.2.9',
        createdAt: now,
      })),
    });
    expect(await runCheck(registry, request(), { ip: '192.0.2.9', now })).toMatchObject({
      refused: 'rate-limited',
    });

    for (let i = 0; i < CHECK_LIMITS.loginTestsPerMailboxPer15Minutes; i++) {
      const ok = await runCheck(registry, request({ password: 'wrong' }), { ip: `198.51.100.${i}` });
      expect('refused' in ok).toBe(false);
    }
    expect(await runCheck(registry, request({ password: 'wrong' }), { ip: '198.51.100.99' })).toMatchObject({
      refused: 'rate-limited',
    });
  });

  it('refuses unknown keys and malformed values in the request', () => {
    expect(
      checkRequestSchema.safeParse({
        outgoing: { server: 'x', port: 587, security: 'none', auth: 'on' },
        host: 'evil',
      }).success,
    ).toBe(false);
    expect(checkRequestSchema.safeParse({ endpoints: 'submission' }).success).toBe(false);
    // Nested too: a misspelt field is an error, not silently the default.
    for (const extra of [
      { outgoing: { server: 'x', port: 587, security: 'none', auth: 'on', sslPort: 465 } },
      { incoming: { protocol: 'imap', server: 'x', port: 993, security: 'tls', authMethod: 'x' } },
    ]) {
      const parsed = checkRequestSchema.safeParse(extra);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.code)).toContain('unrecognized_keys');
    }
  });

  it('answers busy without using up the customer’s hourly allowance', async () => {
    const held = Array.from({ length: CHECK_LIMITS.concurrentChecks }, () => acquireCheckSlot());
    try {
      expect(held.every(Boolean)).toBe(true);
      for (let i = 0; i < 3; i++)
        expect(await runCheck(registry, request(), { ip: '192.0.2.77' })).toEqual({ refused: 'busy' });
      expect(await db.rateEvent.count({ where: { key: { contains: '192.0.2.77' } } })).toBe(0);
    } finally {
      for (const release of held) release?.();
    }
    expect('refused' in (await runCheck(registry, request(), { ip: '192.0.2.77' }))).toBe(false);
    expect(await db.rateEvent.count({ where: { key: { contains: '192.0.2.77' } } })).toBe(1);
  });
});

describe('check reports', () => {
  it('masks addresses and are deleted after 30 days', async () => {
    expect(maskEmail('hanako@example.test')).toBe('h***@example.test');
    const old = new Date(Date.now() - 31 * 86_400_000);
    const result = (await runCheck(registry, request(), { ip: '192.0.2.4', now: old })) as CheckResult;
    expect(await getCheckReport(result.reportId)).toBeNull();
    expect(await deleteExpiredCheckReports()).toBe(1);
  });
});

describe('the send test, assessed by the server’s actual reply', () => {
  // A submission server that signs the customer in and answers MAIL FROM and RCPT TO as told.
  const answers = { mail: '250 2.1.0 Ok', rcpt: '250 2.1.5 Ok' };
  let sending: FakeServer;
  let sendRegistry: MailRegistry;
  let callerCa: string | undefined;
  beforeAll(async () => {
    const certificate = await makeCertificate();
    const base = smtpScript({ certificate });
    sending = await startFakeServer({
      ...base,
      onLine: (line, io) => {
        const verb = line.split(/[ :]/)[0]!.toUpperCase();
        if (verb === 'MAIL') io.write(`${answers.mail}\r\n`);
        else if (verb === 'RCPT') io.write(`${answers.rcpt}\r\n`);
        else if (verb === 'RSET') io.write('250 2.0.0 Ok\r\n');
        else base.onLine(line, io);
      },
    });
    const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ca-')), 'ca.pem');
    fs.writeFileSync(caFile, certificate.cert);
    callerCa = process.env.MAIL_CA_FILE;
    process.env.MAIL_CA_FILE = caFile;
    sendRegistry = {
      ...registry,
      endpoints: registry.endpoints.map((e) => (e.id === 'submission' ? { ...e, port: sending.port } : e)),
    };
  });
  afterAll(async () => {
    if (callerCa === undefined) delete process.env.MAIL_CA_FILE;
    else process.env.MAIL_CA_FILE = callerCa;
    await sending.close();
  });

  const sendTest = (ip: string, outgoing?: Record<string, unknown>) =>
    runCheck(
      sendRegistry,
      request({
        password: 'correct password',
        sendTest: true,
        outgoing: outgoing ?? {
          server: 'mail.example.test',
          port: sending.port,
          security: 'starttls',
          auth: 'on',
        },
      }),
      { ip },
    ) as Promise<CheckResult>;

  it('passes: the setting works, with the send test named, and the success headline', async () => {
    Object.assign(answers, { mail: '250 2.1.0 Ok', rcpt: '250 2.1.5 Ok' });
    const result = await sendTest('192.0.2.30');
    expect(result.yourSettings).toMatchObject([{ outcome: 'works', login: 'ok', sendTest: 'passed' }]);
    expect(result.verdict).toBe('ok');
    expect(headlineOf(result)).toEqual({ key: 'ok' });
    expect(sending.received.some((l) => /^DATA/i.test(l))).toBe(false);
  });

  it('refused by our server (not naming the address): our problem, support with the report ID', async () => {
    Object.assign(answers, { mail: '250 2.1.0 Ok', rcpt: '554 5.7.1 Relay access denied' });
    const result = await sendTest('192.0.2.31');
    expect(result.yourSettings).toMatchObject([
      { outcome: 'our-problem', code: 'SEND_REFUSED', login: 'ok', reply: '554 5.7.1 Relay access denied' },
    ]);
    expect(result.changes).toEqual([]);
    expect(result.verdict).toBe('error');
    expect(headlineOf(result)).toEqual({ key: 'send-refused' });
    expect(await getCheckReport(result.reportId)).not.toBeNull();
  });

  it('refused with a reply naming the address: the customer’s address, and no "change the list" headline', async () => {
    Object.assign(answers, {
      mail: '553 5.7.1 <taro@example.test>: Sender address rejected: not owned by user',
      rcpt: '250 2.1.5 Ok',
    });
    const result = await sendTest('192.0.2.32');
    expect(result.yourSettings).toMatchObject([{ outcome: 'refused', code: 'SEND_REFUSED', login: 'ok' }]);
    expect(result.changes).toEqual([]);
    expect(result.verdict).toBe('action-required');
    expect(headlineOf(result)).toEqual({ key: 'address-refused' });
  });

  it('refused on the recommended endpoint: never a ✗ next to "change to 587" without saying it is ours', async () => {
    Object.assign(answers, { mail: '250 2.1.0 Ok', rcpt: '550 5.7.0 This server accepts no mail' });
    const result = await sendTest('192.0.2.33', {
      server: 'mail.example.test',
      port: port25,
      security: 'none',
      auth: 'off',
    });
    expect(result.yourSettings).toMatchObject([{ outcome: 'blocked' }]);
    expect(result.recommended).toMatchObject([{ outcome: 'our-problem', code: 'SEND_REFUSED', login: 'ok' }]);
    expect(result.changes.map((c) => c.field)).toContain('outgoing.port');
    expect(result.verdict).toBe('error');
    expect(headlineOf(result)).toEqual({ key: 'send-refused-changes' });
  });

  it('reads the reply: only X.1.Y, a bare 553 or "… address rejected" name the address', () => {
    for (const reply of [
      '550 5.1.1 <taro@example.test>: Recipient address rejected: User unknown in virtual mailbox table',
      '553 5.1.8 <taro@example.test>: Sender address rejected: Domain not found',
      '450 4.1.8 <taro@example.test>: Sender address rejected: Domain not found',
      '553 5.7.1 <taro@example.test>: Sender address rejected: not owned by user taro',
      '553 sorry, that domain isn’t in my list of allowed rcpthosts',
    ])
      expect(sendRefusalNamesAddress(reply), reply).toBe(true);
    for (const reply of [
      undefined,
      '554 5.7.1 <taro@example.test>: Relay access denied',
      '554 5.6.0 This demo server accepts no mail',
      '451 4.3.0 Temporary lookup failure',
      '550 5.7.0 This server accepts no mail',
      '503 5.5.1 Error: need AUTH command',
    ])
      expect(sendRefusalNamesAddress(reply), reply).toBe(false);
  });
});
