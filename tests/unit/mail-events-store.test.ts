import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { DovecotLogParser } from '@/lib/mail-events/dovecot-log';
import { MailEventQueue } from '@/lib/mail-events/ingest-queue';
import { ingestResponse, mailEventsAuthorized, type IngestDeps } from '@/lib/mail-events/ingest-route';
import type { MailEvent } from '@/lib/mail-events/mail-event';
import { hashMailbox, mailEventsHashKey, maskMailbox } from '@/lib/mail-events/mailbox-identity';
import { concludeMailbox, popBeforeSmtpRefusals, type PatternRow } from '@/lib/mail-events/mailbox-patterns';
import { PostfixLogParser } from '@/lib/mail-events/postfix-log';
import { rollUpAndPrune } from '@/lib/mail-events/retention';
import { writeMailEvents, type StoreContext } from '@/lib/mail-events/store-events';
import { registrySchema } from '@/lib/mail-registry/registry-schema';

const demo = registrySchema.parse(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
const KEY = 'unit-test-key';
const NOW = new Date('2026-12-07T03:00:00Z');
const context: StoreContext = { registry: demo, hashKey: KEY, now: NOW };
const MAILBOX = 'old.tablet@example.test';
const HASH = hashMailbox(MAILBOX, KEY);

let serial = 0;
function event(overrides: Partial<MailEvent> = {}): MailEvent {
  serial++;
  return {
    source: 'dovecot',
    kind: 'login',
    at: new Date(NOW.getTime() - 3_600_000 + serial * 1000),
    user: MAILBOX,
    evidence: 'login',
    protocol: 'pop3',
    port: 110,
    tls: false,
    tlsVersion: null,
    mechanism: 'PLAIN',
    client: '198.51.100.23',
    result: 'plaintext-refused',
    key: `dovecot:session-${serial}:fail`,
    ...overrides,
  };
}

const patterns = () =>
  prisma.mailUsagePattern.findMany({
    where: { mailboxHash: HASH },
    orderBy: [{ day: 'asc' }, { port: 'asc' }],
  });

beforeEach(async () => {
  await prisma.mailEvent.deleteMany();
  await prisma.mailUsagePattern.deleteMany();
  await prisma.mailEventMailbox.deleteMany();
  await prisma.mailUsageDaily.deleteMany();
});

describe('storing mail events', () => {
  it('keeps the mailbox as a keyed hash with a masked form and the client as network and /24', async () => {
    const report = await writeMailEvents(
      [event(), event({ client: '192.0.2.200', at: new Date(NOW.getTime() - 60_000) })],
      context,
    );
    expect(report.accepted).toBe(2);
    const rows = await prisma.mailEvent.findMany({ orderBy: { occurredAt: 'asc' } });
    expect(rows.map((r) => [r.mailboxHash, r.network, r.clientPrefix])).toEqual([
      [HASH, 'customer', '198.51.100.0/24'],
      [HASH, 'outside', '192.0.2.0/24'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/198\.51\.100\.23|old\.tablet/);
    expect(await prisma.mailEventMailbox.findUnique({ where: { mailboxHash: HASH } })).toMatchObject({
      masked: 'ol***@example.test',
    });
    const [pattern] = await patterns();
    expect(pattern).toMatchObject({
      protocol: 'pop3',
      port: 110,
      tls: 'no',
      result: 'plaintext-refused',
      network: 'customer',
      count: 1,
    });
    // A sender outside our domains is not one of our mailboxes.
    await writeMailEvents(
      [event({ user: 'x@elsewhere.test', evidence: 'sender', kind: 'relay-refused' })],
      context,
    );
    expect((await prisma.mailEvent.findFirst({ where: { kind: 'relay-refused' } }))?.mailboxHash).toBe('');
  });

  it('dates each event by Japan’s day to the minute and reads each address of a batch alike', async () => {
    // 14:59:59.999 UTC is 23:59 on the 6th in Japan, 15:00 UTC midnight of the 7th; one address
    // comes back after another in the same batch.
    const lastOf6th = new Date('2026-12-06T14:59:59.999Z');
    const firstOf7th = new Date('2026-12-06T15:00:00.000Z');
    await writeMailEvents(
      [
        event({ at: lastOf6th }),
        event({ at: firstOf7th, client: '192.0.2.9' }),
        event({ at: new Date(lastOf6th.getTime() - 1), client: '192.0.2.9' }),
        event({ at: new Date(firstOf7th.getTime() + 1) }),
      ],
      context,
    );
    const rows = await prisma.mailEvent.findMany({ orderBy: { occurredAt: 'asc' } });
    expect(rows.map((r) => [r.day, r.network, r.clientPrefix])).toEqual([
      ['2026-12-06', 'outside', '192.0.2.0/24'],
      ['2026-12-06', 'customer', '198.51.100.0/24'],
      ['2026-12-07', 'outside', '192.0.2.0/24'],
      ['2026-12-07', 'customer', '198.51.100.0/24'],
    ]);
    expect(rows[0]!.clientKey).toBe(rows[2]!.clientKey);
    expect(rows[1]!.clientKey).toBe(rows[3]!.clientKey);
    expect(rows[0]!.clientKey).not.toBe(rows[1]!.clientKey);
    expect((await patterns()).map((p) => [p.day, p.network, p.count])).toEqual([
      ['2026-12-06', 'customer', 1],
      ['2026-12-06', 'outside', 1],
      ['2026-12-07', 'customer', 1],
      ['2026-12-07', 'outside', 1],
    ]);
  });

  it('counts a repeated event once, within a batch, across batches and when reposted', async () => {
    const once = event();
    const first = await writeMailEvents([once, { ...once }], context);
    expect(first).toMatchObject({ accepted: 1, duplicate: 1 });
    const again = await writeMailEvents([{ ...once }], context);
    expect(again).toMatchObject({ accepted: 0, duplicate: 1 });
    expect((await patterns())[0]!.count).toBe(1);
  });

  it('gives the same rows whatever the order, with first and last seen', async () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      event({ at: new Date(NOW.getTime() - (i + 1) * 60_000) }),
    );
    await writeMailEvents(events.slice(0, 10).reverse(), context);
    await writeMailEvents(events.slice(20), context);
    await writeMailEvents(events.slice(10, 20), context);
    const [pattern] = await patterns();
    expect(pattern!.count).toBe(30);
    expect(pattern!.firstSeen.getTime()).toBe(NOW.getTime() - 30 * 60_000);
    expect(pattern!.lastSeen.getTime()).toBe(NOW.getTime() - 60_000);
  });

  it('fills in the TLS version a second report brings, moving the count, in either order', async () => {
    const exporter = event({ protocol: 'imap', port: 143, tls: true, result: 'ok', key: 'dovecot:S1:ok' });
    const logLine = { ...exporter, tlsVersion: 'TLSv1.1' };
    await writeMailEvents([exporter], context);
    const afterFirst = await writeMailEvents([logLine], context);
    expect(afterFirst.enriched).toBe(1);
    expect((await patterns()).map((p) => [p.tlsVersion, p.count])).toEqual([['TLSv1.1', 1]]);
    // The other order: the version arrives first and stays.
    const other = event({
      protocol: 'imap',
      port: 143,
      tls: true,
      result: 'ok',
      key: 'dovecot:S2:ok',
      tlsVersion: 'TLSv1.1',
    });
    await writeMailEvents([other], context);
    await writeMailEvents([{ ...other, tlsVersion: null }], context);
    expect((await patterns()).map((p) => [p.tlsVersion, p.count])).toEqual([['TLSv1.1', 2]]);
  });

  it('refuses events older than the retention or from the future, and keeps the rest of the batch', async () => {
    const report = await writeMailEvents(
      [
        event({ at: new Date(NOW.getTime() - 20 * 86_400_000) }),
        event({ at: new Date(NOW.getTime() + 3 * 86_400_000) }),
        event({ at: new Date(NaN) }),
        event(),
      ],
      context,
    );
    expect(report).toMatchObject({ accepted: 1, late: 3 });
  });

  it('takes a burst of a thousand events in batches, each counted once', async () => {
    const burst = Array.from({ length: 1000 }, (_, i) => event({ user: `user${i % 50}@example.test` }));
    const queue = new MailEventQueue({
      capacity: 5_000,
      batchSize: 200,
      write: (events) => writeMailEvents(events, context),
    });
    for (let i = 0; i < burst.length; i += 100) expect(queue.offer(burst.slice(i, i + 100))).toBe(true);
    expect(queue.offer(burst.slice(0, 100))).toBe(true); // the same again: duplicates
    await queue.drain();
    expect(await prisma.mailEvent.count()).toBe(1000);
    const total = await prisma.mailUsagePattern.aggregate({ _sum: { count: true } });
    expect(total._sum.count).toBe(1000);
    expect(await prisma.mailEventMailbox.count()).toBe(50);
  }, 60_000);

  it('keeps what it accepted when the database fails, and writes it once it answers', async () => {
    let failures = 2;
    const queue = new MailEventQueue({
      capacity: 100,
      batchSize: 10,
      retryMs: 10,
      write: async (events) => {
        if (failures-- > 0) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
        return writeMailEvents(events, context);
      },
    });
    expect(queue.offer([event(), event(), event()])).toBe(true);
    await queue.drain();
    expect(await prisma.mailEvent.count()).toBe(3);
  });

  it('rolls finished days up without the mailboxes and deletes what is past the retention', async () => {
    const old = new Date(NOW.getTime() - 13 * 86_400_000);
    await writeMailEvents([event({ at: old }), event({ at: old, user: 'b@example.test' }), event()], context);
    const report = await rollUpAndPrune(new Date(NOW.getTime() + 2 * 86_400_000), 14);
    expect(report.daysRolledUp).toBeGreaterThanOrEqual(1);
    expect(report.eventsDeleted).toBe(2);
    expect(await prisma.mailEvent.count()).toBe(1);
    const daily = await prisma.mailUsageDaily.findMany({ orderBy: { day: 'asc' } });
    expect(daily[0]).toMatchObject({
      protocol: 'pop3',
      port: 110,
      result: 'plaintext-refused',
      events: 2,
      mailboxes: 2,
    });
    // Running again changes nothing.
    await rollUpAndPrune(new Date(NOW.getTime() + 2 * 86_400_000), 14);
    expect(await prisma.mailUsageDaily.findMany({ orderBy: { day: 'asc' } })).toEqual(daily);
  });
});

describe('the hash key', () => {
  it('comes from MAIL_EVENTS_HASH_KEY, with a development default refused in production', () => {
    expect(mailEventsHashKey({ MAIL_EVENTS_HASH_KEY: ' k ' } as unknown as NodeJS.ProcessEnv)).toBe('k');
    expect(mailEventsHashKey({ NODE_ENV: 'development' } as unknown as NodeJS.ProcessEnv)).toBe(
      'dev-only-mail-events-key',
    );
    expect(() => mailEventsHashKey({ NODE_ENV: 'production' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /MAIL_EVENTS_HASH_KEY/,
    );
    expect(hashMailbox('a@example.test', 'k1')).not.toBe(hashMailbox('a@example.test', 'k2'));
    expect(maskMailbox('ab@example.test')).toBe('a***@example.test');
  });
});

describe('POST /api/mail-events/…', () => {
  const TOKEN = 'route-token';
  const deps = (overrides: Partial<IngestDeps> = {}): IngestDeps => ({
    token: TOKEN,
    queue: new MailEventQueue({
      capacity: 50,
      batchSize: 10,
      write: (events) => writeMailEvents(events, { ...context, now: new Date() }),
    }),
    dovecotLog: new DovecotLogParser(),
    postfixLog: new PostfixLogParser(),
    now: () => new Date(),
    timeZone: 'UTC',
    hashKey: () => KEY,
    ...overrides,
  });
  const post = (
    source: 'dovecot' | 'postfix',
    body: string,
    headers: Record<string, string>,
    d: IngestDeps,
  ) =>
    ingestResponse(
      new Request(`http://portal/api/mail-events/${source}`, { method: 'POST', headers, body }),
      source,
      d,
    );
  const exported = (session: string) =>
    JSON.stringify({
      event: 'auth_request_finished',
      end_time: new Date().toISOString(),
      fields: {
        success: 'yes',
        service: 'pop3',
        transport: 'insecure',
        session,
        local_port: 110,
        remote_ip: '198.51.100.2',
        user: MAILBOX,
      },
    });

  it('does not exist without MAIL_EVENTS_TOKEN, refuses a wrong or missing token', async () => {
    expect((await post('dovecot', '{}', {}, deps({ token: undefined }))).status).toBe(404);
    const d = deps();
    expect((await post('dovecot', '{}', {}, d)).status).toBe(401);
    expect((await post('dovecot', '{}', { authorization: 'Bearer nope' }, d)).status).toBe(401);
    expect((await post('dovecot', '{}', { authorization: `Bearer ${TOKEN}x` }, d)).status).toBe(401);
    expect(mailEventsAuthorized(`Basic ${Buffer.from(`dovecot:${TOKEN}`).toString('base64')}`, TOKEN)).toBe(
      true,
    );
    expect(mailEventsAuthorized(`Basic ${Buffer.from(TOKEN).toString('base64')}`, TOKEN)).toBe(false);
    expect(mailEventsAuthorized(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(mailEventsAuthorized(null, TOKEN)).toBe(false);
  });

  it('answers 202 with what it took, Basic authentication as Dovecot sends it', async () => {
    const d = deps();
    const basic = `Basic ${Buffer.from(`dovecot:${TOKEN}`).toString('base64')}`;
    const response = await post(
      'dovecot',
      exported('R1'),
      { authorization: basic, 'content-type': 'application/json' },
      d,
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 1, ignored: 0, unknown: 0 });
    const lines = await post(
      'postfix',
      'garbage\n',
      { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
      d,
    );
    expect(await lines.json()).toEqual({ accepted: 0, ignored: 0, unknown: 1 });
    const bad = await post(
      'postfix',
      '{"lines": 3}',
      { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      d,
    );
    expect(bad.status).toBe(400);
    await d.queue.drain();
    expect(await prisma.mailEvent.count()).toBe(1);
  });

  it('counts identical log lines in one request as separate events, and the same request again as nothing new', async () => {
    // Two failed logins in one session within the log's one-second resolution: the same line twice.
    const failure =
      'Dec  7 09:14:02 mx1 postfix/submission/smtpd[901]: warning: unknown[198.51.100.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6, sasl_username=' +
      MAILBOX;
    const body = `${failure}\n${failure}\n`;
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' };
    const d = deps();
    expect(await (await post('postfix', body, headers, d)).json()).toMatchObject({ accepted: 2 });
    await post('postfix', body, headers, d);
    await d.queue.drain();
    expect(await prisma.mailEvent.count({ where: { source: 'postfix' } })).toBe(2);
  });

  it('answers 503 busy at once when the queue is full, keeping everything it accepted', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const d = deps({
      queue: new MailEventQueue({
        capacity: 3,
        batchSize: 10,
        write: async (events) => {
          await gate;
          return writeMailEvents(events, { ...context, now: new Date() });
        },
      }),
    });
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post('dovecot', exported(`B${i}`), auth, d)).status);
    expect(statuses).toEqual([202, 202, 202, 503, 503]);
    const busy = await post('dovecot', exported('B9'), auth, d);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await busy.json()).toEqual({ error: 'busy' });
    release();
    await d.queue.drain();
    expect(await prisma.mailEvent.count()).toBe(3);
    // Room again.
    expect((await post('dovecot', exported('B3'), auth, d)).status).toBe(202);
  });

  it('refuses a body over 1 MB, and answers 503 not-configured without a hash key in production', async () => {
    const d = deps();
    const huge = await post('postfix', 'x'.repeat(1_000_001), { authorization: `Bearer ${TOKEN}` }, d);
    expect(huge.status).toBe(413);
    const unconfigured = deps({
      hashKey: () => mailEventsHashKey({ NODE_ENV: 'production' } as unknown as NodeJS.ProcessEnv),
    });
    const response = await post('postfix', '', { authorization: `Bearer ${TOKEN}` }, unconfigured);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'not-configured' });
  });
});

describe('what the record means', () => {
  const row = (overrides: Partial<PatternRow>): PatternRow => ({
    day: '2026-12-06',
    kind: 'login',
    protocol: 'pop3',
    port: 995,
    tls: 'yes',
    tlsVersion: 'TLSv1.3',
    mechanism: 'PLAIN',
    network: 'customer',
    result: 'ok',
    count: 10,
    firstSeen: new Date('2026-12-06T00:00:00Z'),
    lastSeen: new Date('2026-12-06T09:14:00Z'),
    ...overrides,
  });

  it('names each concern with its policy, its date and whether it is in force', () => {
    const registry = {
      policies: [
        ...demo.policies.filter((p) => p.id !== 'minimum-tls-version'),
        { id: 'minimum-tls-version' as const, effective: '2027-04-01', version: 'TLSv1.2' as const },
      ],
    };
    const conclusion = concludeMailbox({
      patterns: [
        row({}),
        row({ port: 110, tls: 'no', tlsVersion: '', count: 40, day: '2026-12-05' }),
        row({ port: 110, tls: 'no', tlsVersion: '', count: 38 }),
        row({ protocol: 'imap', port: 993, tlsVersion: 'TLSv1', count: 3 }),
        row({
          protocol: 'smtp',
          port: 25,
          tls: 'no',
          tlsVersion: '',
          kind: 'relay-refused',
          result: 'refused',
          mechanism: '',
        }),
        row({ protocol: 'smtp', port: 587, result: 'failed', count: 2, day: '2026-12-05' }),
        row({ protocol: 'smtp', port: 587, result: 'failed', count: 1 }),
        row({
          kind: 'over-quota',
          protocol: 'smtp',
          port: 0,
          tls: 'unknown',
          tlsVersion: '',
          result: 'refused',
          count: 1,
        }),
      ],
      registry,
      now: NOW,
    });
    const byConcern = Object.fromEntries(conclusion.findings.map((f) => [f.concern, f]));
    expect(byConcern['plaintext-login']).toMatchObject({
      policy: 'encrypted-login-required',
      inForce: true,
      effective: '2022-08-01',
      count: 78,
      alsoWorks: true,
    });
    const way = conclusion.ways[byConcern['plaintext-login']!.ways[0]!]!;
    expect(way).toMatchObject({ port: 110, days: 2, perDay: 39 });
    expect(byConcern['old-tls']).toMatchObject({
      policy: 'minimum-tls-version',
      inForce: false,
      effective: '2027-04-01',
      count: 3,
    });
    expect(byConcern['port-25-from-customer-network']).toMatchObject({
      policy: 'outbound-port-25-blocked',
      inForce: true,
    });
    expect(byConcern['password-failures']).toMatchObject({ policy: null, count: 3 });
    expect(byConcern['over-quota']).toBeDefined();
    // No pairing given: POP before SMTP is not concluded from the relay refusal alone.
    expect(byConcern['pop-before-smtp']).toBeUndefined();
    // A policy the registry does not have is not named.
    const none = concludeMailbox({
      patterns: [row({ port: 110, tls: 'no' })],
      registry: { policies: [] },
      now: NOW,
    });
    expect(none.findings).toEqual([]);
  });

  it('pairs a relay refusal with a POP3 login from the same address just before, unless SMTP AUTH came between', () => {
    const t = (minutes: number, seconds = 0) => new Date(NOW.getTime() + minutes * 60_000 + seconds * 1000);
    expect(
      popBeforeSmtpRefusals([
        { at: t(0, 0.4), clientKey: 'A', what: 'pop3-login' },
        { at: t(0), clientKey: 'A', what: 'relay-refused' }, // same second (logs have whole seconds)
        { at: t(5), clientKey: 'A', what: 'relay-refused' },
        { at: t(30), clientKey: 'A', what: 'relay-refused' }, // too long after
        { at: t(1), clientKey: 'B', what: 'relay-refused' }, // another address
        { at: t(40), clientKey: 'C', what: 'pop3-login' },
        { at: t(41), clientKey: 'C', what: 'smtp-login' },
        { at: t(42), clientKey: 'C', what: 'relay-refused' },
      ]),
    ).toEqual([t(0), t(5)]);
  });
});
