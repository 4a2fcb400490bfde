import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { DovecotLogParser } from '@/lib/mail-events/dovecot-log';
import { MailEventQueue } from '@/lib/mail-events/ingest-queue';
import { ingestResponse, type IngestDeps } from '@/lib/mail-events/ingest-route';
import { hashMailbox } from '@/lib/mail-events/mailbox-identity';
import { readMailboxRecord } from '@/lib/mail-events/mailbox-record';
import { readCustomerRecord } from '@/lib/mail-events/read-customer-record';
import { listAffectedMailboxes, readPolicyReadiness } from '@/lib/mail-events/read-policy-readiness';
import { parsePostfixServices, PostfixLogParser } from '@/lib/mail-events/postfix-log';
import { writeMailEvents } from '@/lib/mail-events/store-events';
import { registrySchema } from '@/lib/mail-registry/registry-schema';
import {
  realServersAvailable,
  startRealMailServers,
  type RealMailServers,
} from '../support/mail-servers/real-mail-servers';
import { anySmtpReply, MailSession, plain, smtpReply } from '../support/mail-events/mail-session';

/**
 * Issue 33 against the real Debian Postfix 3.7 and Dovecot 2.3: Dovecot's event exporter posts to
 * the ingestion route, the servers' logs are posted as lines (what `npm run mail-events:follow`
 * does), and the sessions old and new programs make end up as the mailbox's usage patterns and
 * findings. MAIL_EVENTS_CAPTURE=<dir> keeps the servers' logs and events (the unit tests' fixtures
 * in tests/fixtures/mail-events/ were captured this way).
 */

const availability = realServersAvailable();
const skip = !availability.ok && process.env.CI !== 'true';
const TOKEN = 'integration-mail-events-token';
const HASH_KEY = 'integration-hash-key';
const demo = JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8'));
// The test's client is 127.0.0.1: one of "our customer networks" here.
const registry = registrySchema.parse({ ...demo, customerNetworks: ['127.0.0.0/8'] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(skip)('mail events from the real Postfix and Dovecot', () => {
  let servers: RealMailServers;
  let receiver: http.Server;
  const exported: string[] = [];
  let deps: IngestDeps;

  beforeAll(async () => {
    if (!availability.ok)
      throw new Error(`CI needs real Postfix and Dovecot: missing ${availability.missing.join(', ')}`);
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks);
        exported.push(body.toString('utf8'));
        const request = new Request(`http://portal${req.url}`, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          body,
        });
        const response = await ingestResponse(request, 'dovecot', deps);
        res.writeHead(response.status, { 'content-type': 'application/json' });
        res.end(await response.text());
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as net.AddressInfo).port;
    servers = await startRealMailServers({
      mailEvents: { exporterUrl: `http://dovecot:${TOKEN}@127.0.0.1:${port}/api/mail-events/dovecot` },
    });
    deps = {
      token: TOKEN,
      queue: new MailEventQueue({
        capacity: 10_000,
        batchSize: 200,
        write: (events) => writeMailEvents(events, { registry, hashKey: HASH_KEY, now: new Date() }),
      }),
      dovecotLog: new DovecotLogParser(),
      postfixLog: new PostfixLogParser({
        services: parsePostfixServices(`tls10=${servers.ports.tls10},submission=587,smtps=465`),
      }),
      now: () => new Date(),
      hashKey: () => HASH_KEY,
    };
  });

  afterAll(async () => {
    const capture = process.env.MAIL_EVENTS_CAPTURE;
    if (capture && servers) {
      fs.mkdirSync(capture, { recursive: true });
      fs.copyFileSync(servers.logs.dovecot, path.join(capture, 'dovecot.log'));
      fs.writeFileSync(
        path.join(capture, 'postfix.log'),
        fs.readFileSync(servers.logs.postfix, 'utf8') + fs.readFileSync(servers.logs.postfixExtra, 'utf8'),
      );
      fs.writeFileSync(path.join(capture, 'dovecot-events.ndjson'), exported.map((e) => `${e}\n`).join(''));
    }
    await servers?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const { username, password } = { username: 'probe-user@example.test', password: '' };
  const user = () => servers.user;
  const open = (port: number, tls = false, extra: Parameters<typeof MailSession.open>[0] | object = {}) =>
    MailSession.open({ host: servers.address, port, tls, servername: servers.host, ...extra });

  it('drives the sessions old and new programs make', async () => {
    expect(username).toBe(user().username);
    void password;
    // 1. An old program: POP3 on 110 without encryption (Dovecot refuses before authentication).
    const pop = await open(servers.ports.pop3);
    await pop.expect(/^\+OK.*\r\n/);
    await pop.command(`USER ${user().username}`, /\r\n/);
    await pop.command(`PASS ${user().password}`, /^-ERR.*\r\n/m);
    await pop.command('QUIT', /\r\n/);
    pop.close();

    // 2. A current program: IMAP on 143 with STARTTLS.
    const imap = await open(servers.ports.imap);
    await imap.expect(/^\* OK.*\r\n/);
    await imap.command('a0 STARTTLS', /^a0 OK.*\r\n/m);
    await imap.startTls(servers.host);
    await imap.command(`a1 LOGIN "${user().username}" "${user().password}"`, /^a1 OK.*\r\n/m);
    await imap.command('a2 LOGOUT', /^a2 OK.*\r\n/m);
    imap.close();

    // 3. POP before SMTP: a POP3 login (995), then mail on 25 without SMTP AUTH, refused.
    const pops = await open(servers.ports.pop3s, true);
    await pops.expect(/^\+OK.*\r\n/);
    await pops.command(`USER ${user().username}`, /^\+OK.*\r\n/m);
    await pops.command(`PASS ${user().password}`, /^\+OK.*\r\n/m);
    await pops.command('QUIT', /^\+OK.*\r\n/m);
    pops.close();
    const mx = await open(servers.ports.smtp);
    await mx.expect(smtpReply('220'));
    await mx.command('EHLO old-program.test', smtpReply('250'));
    await mx.command(`MAIL FROM:<${user().username}>`, smtpReply('250'));
    const relay = await mx.command('RCPT TO:<friend@elsewhere.test>', anySmtpReply);
    expect(relay).toMatch(/^554 5\.7\.1 .*Relay access denied/m);
    await mx.command('QUIT', smtpReply('221'));
    mx.close();

    // 4. A device with an old saved password: submission on 587 (STARTTLS), wrong password twice;
    // then the right one, and a sender that is not the mailbox.
    for (let i = 0; i < 2; i++) {
      const sub = await open(servers.ports.submission);
      await sub.expect(smtpReply('220'));
      await sub.command('EHLO device.test', smtpReply('250'));
      await sub.command('STARTTLS', smtpReply('220'));
      await sub.startTls(servers.host);
      await sub.command('EHLO device.test', smtpReply('250'));
      await sub.command(`AUTH PLAIN ${plain(user().username, 'an old password')}`, smtpReply('535'));
      await sub.command('QUIT', smtpReply('221'));
      sub.close();
    }
    const sub = await open(servers.ports.submission);
    await sub.expect(smtpReply('220'));
    await sub.command('EHLO device.test', smtpReply('250'));
    await sub.command('STARTTLS', smtpReply('220'));
    await sub.startTls(servers.host);
    await sub.command('EHLO device.test', smtpReply('250'));
    await sub.command(`AUTH PLAIN ${plain(user().username, user().password)}`, smtpReply('235'));
    await sub.command('MAIL FROM:<someone-else@example.test>', anySmtpReply);
    const sender = await sub.command('RCPT TO:<friend@elsewhere.test>', anySmtpReply);
    expect(sender).toMatch(/^553 5\.7\.1 .*Sender address rejected: not owned by user/m);
    await sub.command('RSET', smtpReply('250'));
    // A message started by the signed-in mailbox: Postfix logs its sasl_username.
    await sub.command(`MAIL FROM:<${user().username}>`, smtpReply('250'));
    await sub.command('RCPT TO:<friend@elsewhere.test>', smtpReply('250'));
    await sub.command('QUIT', smtpReply('221'));
    sub.close();

    // 5. TLS 1.0 (the harness's listener that speaks nothing newer), signing in and starting a message.
    const old = await open(servers.ports.tls10, true, {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    await old.expect(smtpReply('220'));
    await old.command('EHLO old-phone.test', smtpReply('250'));
    await old.command(`AUTH PLAIN ${plain(user().username, user().password)}`, smtpReply('235'));
    await old.command(`MAIL FROM:<${user().username}>`, smtpReply('250'));
    await old.command('RCPT TO:<friend@elsewhere.test>', smtpReply('250'));
    await old.command('QUIT', smtpReply('221'));
    old.close();
  });

  it('records each session once, from the exporter and the logs together', async () => {
    // The exporter posts as the auth process finishes; postlogd writes a little later.
    const expectedLines = (text: string) =>
      /Relay access denied/.test(text) &&
      /sasl_username=/.test(text) &&
      /SASL PLAIN authentication failed/.test(text);
    let postfix = '';
    for (let i = 0; i < 100; i++) {
      postfix =
        fs.readFileSync(servers.logs.postfix, 'utf8') + fs.readFileSync(servers.logs.postfixExtra, 'utf8');
      if (expectedLines(postfix) && exported.length >= 3 && /tls10\/smtpd.*client=/.test(postfix)) break;
      await sleep(100);
    }
    // The exporter sent POP3 and IMAP logins (and Postfix's SMTP AUTH, service smtp, which is ignored).
    expect(exported.map((e) => JSON.parse(e).fields.service)).toEqual(
      expect.arrayContaining(['pop3', 'imap', 'smtp']),
    );

    const post = async (source: 'dovecot' | 'postfix', text: string) => {
      const response = await ingestResponse(
        new Request(`http://portal/api/mail-events/${source}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
          body: text,
        }),
        source,
        deps,
      );
      expect(response.status).toBe(202);
      return (await response.json()) as { accepted: number; ignored: number; unknown: number };
    };
    const dovecotLog = fs.readFileSync(servers.logs.dovecot, 'utf8');
    const fromDovecot = await post('dovecot', dovecotLog);
    const fromPostfix = await post('postfix', postfix);
    expect(fromDovecot.unknown).toBe(0);
    expect(fromPostfix.unknown).toBe(0);
    await deps.queue.drain();

    const mailbox = hashMailbox(user().username, HASH_KEY);
    const events = await prisma.mailEvent.findMany({
      where: { mailboxHash: mailbox },
      orderBy: { occurredAt: 'asc' },
    });
    const seen = events.map(
      (e) => `${e.kind} ${e.protocol} ${e.port} tls=${e.tls} ${e.tlsVersion} ${e.result} ${e.network}`,
    );
    const port = (name: keyof RealMailServers['ports']) => servers.ports[name];
    expect(seen).toEqual(
      expect.arrayContaining([
        `login pop3 ${port('pop3')} tls=no  plaintext-refused customer`,
        `login imap ${port('imap')} tls=yes TLSv1.3 ok customer`,
        `login pop3 ${port('pop3s')} tls=yes TLSv1.3 ok customer`,
        'relay-refused smtp 25 tls=no  refused customer',
        'login smtp 587 tls=yes TLSv1.3 failed customer',
        'sender-refused smtp 587 tls=yes TLSv1.3 refused customer',
        'login smtp 587 tls=yes TLSv1.3 ok customer',
        `login smtp ${port('tls10')} tls=yes TLSv1 ok customer`,
      ]),
    );
    // The exporter's IMAP login and the log's line for the same session are one event (version filled in).
    expect(events.filter((e) => e.protocol === 'imap' && e.result === 'ok')).toHaveLength(1);
    expect(events.every((e) => e.clientPrefix === '127.0.0.0/24' && e.clientKey.length > 0)).toBe(true);
    // Nothing of the address or the user name as logged.
    const raw = JSON.stringify(await prisma.mailEvent.findMany());
    expect(raw).not.toContain('127.0.0.1');
    expect(raw).not.toContain(user().username);
    expect((await prisma.mailEventMailbox.findUnique({ where: { mailboxHash: mailbox } }))?.masked).toBe(
      'pr***@example.test',
    );

    // Posting everything again changes nothing.
    const before = await prisma.mailUsagePattern.findMany({ orderBy: { id: 'asc' } });
    await post('dovecot', dovecotLog);
    await post('postfix', postfix);
    for (const body of exported) {
      const response = await ingestResponse(
        new Request('http://portal/api/mail-events/dovecot', {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body,
        }),
        'dovecot',
        deps,
      );
      expect(response.status).toBe(202);
    }
    await deps.queue.drain();
    expect(await prisma.mailUsagePattern.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('concludes what each policy means for the mailbox', async () => {
    const record = await readMailboxRecord(hashMailbox(user().username, HASH_KEY), registry);
    const concerns = Object.fromEntries(record.findings.map((f) => [f.concern, f]));
    expect(Object.keys(concerns).sort()).toEqual(
      ['old-tls', 'plaintext-login', 'pop-before-smtp', 'port-25-from-customer-network'].sort(),
    );
    expect(concerns['plaintext-login']!.inForce).toBe(true);
    expect(concerns['plaintext-login']!.effective).toBe('2022-08-01');
    expect(concerns['pop-before-smtp']!.count).toBe(1);
    expect(concerns['old-tls']!.policy).toBe('minimum-tls-version');
    // Two wrong passwords are not yet "repeated failures" (5, or on two days).
    expect(concerns['password-failures']).toBeUndefined();
    expect(
      record.ways.find((w) => w.protocol === 'smtp' && w.port === 587 && w.result === 'failed')?.count,
    ).toBe(2);
    expect(record.masked).toBe('pr***@example.test');
  });
  it('reads the customer’s record back in words, in English and in Japanese', async () => {
    const saved = process.env.MAIL_EVENTS_HASH_KEY;
    process.env.MAIL_EVENTS_HASH_KEY = HASH_KEY;
    try {
      const [en, ja] = await Promise.all([
        readCustomerRecord(registry, user().username, { locale: 'en' }),
        readCustomerRecord(registry, user().username, { locale: 'ja' }),
      ]);
      for (const record of [en!, ja!]) {
        expect(record.masked).toBe('pr***@example.test');
        expect(record.findings.map((f) => f.concern).sort()).toEqual(
          ['old-tls', 'plaintext-login', 'pop-before-smtp', 'port-25-from-customer-network'].sort(),
        );
        expect(record.fine.length).toBeGreaterThan(0);
      }
      const plain = (r: typeof en) => r!.findings.find((f) => f.concern === 'plaintext-login')!;
      expect(plain(en).ways.join(' ')).toMatch(/without encryption/);
      expect(plain(en).meaning).toContain('August 1, 2022');
      expect(plain(ja).ways.join(' ')).toMatch(/暗号化なし/);
      expect(plain(ja).meaning).toContain('2022年8月1日');
      // Another mailbox's address finds nothing of this one's.
      const other = await readCustomerRecord(registry, 'nobody@example.test', { locale: 'en' });
      expect(other!.findings).toEqual([]);
      expect(other!.empty).toBeTruthy();
    } finally {
      if (saved === undefined) delete process.env.MAIL_EVENTS_HASH_KEY;
      else process.env.MAIL_EVENTS_HASH_KEY = saved;
    }
  });
  it('puts the mailbox on the staff readiness list of every policy its sessions break', async () => {
    const now = new Date();
    for (const id of [
      'encrypted-login-required',
      'minimum-tls-version',
      'pop-before-smtp-ended',
      'outbound-port-25-blocked',
    ]) {
      const policy = registry.policies.find((p) => p.id === id)!;
      const list = await listAffectedMailboxes(policy, registry, { now });
      expect(
        list.rows.map((r) => r.masked),
        id,
      ).toContain('pr***@example.test');
      const readiness = await readPolicyReadiness(policy, registry, now);
      expect(readiness.affected, id).toBeGreaterThan(0);
      expect(readiness.ways.length, id).toBeGreaterThan(0);
    }
  });
});
