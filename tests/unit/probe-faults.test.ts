import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { probeEndpoint } from '@/lib/mail-probe/probe-endpoint';
import { CODE_RANK, PROBE_CODES } from '@/lib/mail-probe/probe-errors';
import { runProbes } from '@/lib/mail-probe/run-probes';
import { Deadline, DEFAULT_TIMEOUTS } from '@/lib/mail-probe/probe-timeouts';
import { forCustomer } from '@/lib/mail-check/check-settings';
import { prisma } from '@/lib/db/client';
import { runStatusProbes } from '@/lib/status/run-status-probes';
import {
  makeCertificate,
  smtpScript,
  startFakeServer,
  type FakeServer,
  type TestCertificate,
} from '../support/fake-mail-server';
import { makeChain } from '../support/certificate-chain';
import { closedPort } from '../support/closed-port';

/**
 * Fault injection for the diagnoses a customer's answer depends on: busy servers, old TLS, stalled
 * handshakes, certificate problems that later failures must not hide, and the public port in messages.
 */

let good: TestCertificate;
const servers: { close(): Promise<unknown> }[] = [];
const fast = { ...DEFAULT_TIMEOUTS, connect: 1000, greeting: 600, command: 600, tls: 800, deadline: 5000 };
const judgement = { minimumVersion: 'TLSv1.2' as const, expiryWarningDays: 14 };

beforeAll(async () => {
  good = await makeCertificate();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(script: Parameters<typeof startFakeServer>[0]): Promise<FakeServer> {
  const server = await startFakeServer(script);
  servers.push(server);
  return server;
}

const endpoint = (
  port: number,
  protocol: Endpoint['protocol'] = 'smtp',
  security: Endpoint['security'] = 'starttls',
  extra: Partial<Endpoint> = {},
): Endpoint => ({
  id: `${protocol}-test`,
  protocol,
  host: 'mail.example.test',
  port,
  security,
  auth: true,
  recommended: true,
  blockedFromCustomerNetworks: false,
  ...extra,
});

const probe = (target: Endpoint, options: { credentials?: { username: string; password: string } } = {}) =>
  probeEndpoint(target, {
    registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
    timeouts: fast,
    deadline: new Deadline(fast.deadline),
    tlsJudgement: judgement,
    ca: [good.cert],
    credentials: options.credentials,
  });

describe('a busy server is not a broken one', () => {
  const greetings: [Endpoint['protocol'], string][] = [
    ['smtp', '421 4.3.2 Service busy, try again later\r\n'],
    ['pop3', '-ERR [SYS/TEMP] Too many connections, try again later\r\n'],
    ['pop3', '-ERR [IN-USE] Mailbox in use\r\n'],
    ['imap', '* BYE [UNAVAILABLE] Server overloaded\r\n'],
  ];
  for (const [protocol, greeting] of greetings) {
    it(`${protocol} greeting “${greeting.trim()}” → SERVER_BUSY with the reply`, async () => {
      const server = await serve({ onConnect: (io) => io.write(greeting) });
      const result = await probe(endpoint(server.port, protocol));
      expect(result).toMatchObject({ status: 'fail', code: 'SERVER_BUSY' });
      expect(result.findings[0]?.reply).toBe(greeting.trim());
    });
  }
});

describe('TLS is graded as the customer’s program will meet it', () => {
  it('a TLS 1.0-only server is TLS_VERSION with the version seen, and gets no password', async () => {
    const server = await tlsSmtpServer({
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    const result = await probe(endpoint(server.port, 'smtp', 'tls'), {
      credentials: { username: 'taro@example.test', password: 'secret-password' },
    });
    expect(result).toMatchObject({ status: 'fail', code: 'TLS_VERSION', login: 'refused' });
    expect(result.tls).toMatchObject({ version: 'TLSv1', grade: 'outdated' });
    expect(server.received.join('')).toMatch(/EHLO/);
    expect(server.received.join('')).not.toMatch(/AUTH|secret-password/);
  });

  it('TLS 1.2 with a 1024-bit key is TLS_WEAK: seen by the diagnostic handshake, never given a password', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weak-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:1024',
        '-nodes',
        '-keyout',
        'k.pem',
        '-out',
        'c.pem',
        '-days',
        '30',
        '-subj',
        '/CN=mail.example.test',
        '-addext',
        'subjectAltName=DNS:mail.example.test',
      ],
      { cwd: dir, stdio: 'pipe' },
    );
    const weak = {
      key: fs.readFileSync(path.join(dir, 'k.pem'), 'utf8'),
      cert: fs.readFileSync(path.join(dir, 'c.pem'), 'utf8'),
    };
    fs.rmSync(dir, { recursive: true, force: true });
    const server = await tlsSmtpServer({ maxVersion: 'TLSv1.2', ciphers: 'DEFAULT@SECLEVEL=0' }, weak);
    const result = await probeEndpoint(endpoint(server.port, 'smtp', 'tls'), {
      registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
      timeouts: fast,
      deadline: new Deadline(fast.deadline),
      tlsJudgement: judgement,
      ca: [weak.cert],
      credentials: { username: 'taro@example.test', password: 'secret-password' },
    });
    expect(result).toMatchObject({
      code: 'TLS_WEAK',
      login: 'refused',
      findings: [{ code: 'TLS_WEAK', reply: 'RSA 1024 bits' }],
    });
    expect(result.tls).toMatchObject({ version: 'TLSv1.2', grade: 'outdated' });
    expect(server.received.join('')).not.toMatch(/AUTH|secret-password/);
  });

  it('a server that accepts TCP and then stalls is TLS_TIMEOUT, not "no connection"', async () => {
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push({
      close: () => new Promise((r) => (sockets.forEach((s) => s.destroy()), server.close(r))),
    });
    const result = await probe(endpoint((server.address() as net.AddressInfo).port, 'imap', 'tls'));
    expect(result.code).toBe('TLS_TIMEOUT');
    expect(result.message).toMatch(/TLS handshake/);
  });

  it('applies minimum-tls-version from its day on, in the one judgement the CLI uses too', async () => {
    const server = await tlsSmtpServer({ maxVersion: 'TLSv1.2' });
    const registry: MailRegistry = {
      domains: ['example.test'],
      username: 'address',
      endpoints: [endpoint(server.port, 'smtp', 'tls')],
      resolve: { 'mail.example.test': '127.0.0.1' },
      ipv6: {},
      policies: [{ id: 'minimum-tls-version', effective: '2030-04-01', version: 'TLSv1.3' }],
    };
    const codes = async (now: string) =>
      (await runProbes(registry, ['smtp-test'], { now: new Date(now) }))[0]!.findings.map((f) => f.code);
    // The day before (Japan time) TLS 1.2 is still accepted; from midnight on it is not.
    expect(await codes('2030-03-31T23:59:00+09:00')).not.toContain('TLS_VERSION');
    expect((await codes('2030-04-01T00:00:00+09:00'))[0]).toBe('TLS_VERSION');
  });
});

/** An implicit-TLS SMTP server limited to the given TLS versions, recording what clients send. */
async function tlsSmtpServer(
  versions: Pick<tls.TlsOptions, 'minVersion' | 'maxVersion' | 'ciphers'>,
  certificate: TestCertificate = good,
) {
  const received: string[] = [];
  const server = tls.createServer({ key: certificate.key, cert: certificate.cert, ...versions });
  server.on('tlsClientError', () => undefined);
  server.on('secureConnection', (socket) => {
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      received.push(chunk.toString());
      socket.write(
        /^EHLO/i.test(chunk.toString()) ? '250-mail.example.test\r\n250 AUTH PLAIN\r\n' : '221 Bye\r\n',
      );
    });
    socket.write('220 mail.example.test ESMTP\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push({ close: () => new Promise((r) => server.close(r)) });
  return { port: (server.address() as net.AddressInfo).port, received };
}

describe('certificates', () => {
  it('an expired certificate stays the headline when no AUTH follows; every finding is kept', async () => {
    const expired = await makeCertificate({
      notBefore: new Date(Date.now() - 60 * 86_400_000),
      notAfter: new Date(Date.now() - 86_400_000),
    });
    const server = await serve(smtpScript({ certificate: expired, authAfterTls: null }));
    const result = await probeEndpoint(endpoint(server.port), {
      registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
      timeouts: fast,
      deadline: new Deadline(fast.deadline),
      tlsJudgement: judgement,
      ca: [expired.cert],
    });
    expect(result.code).toBe('CERT_EXPIRED');
    expect(result.findings.map((f) => f.code)).toEqual(['CERT_EXPIRED', 'AUTH_UNAVAILABLE']);
  });

  it('a certificate expiring within the warning window is a staff warning, invisible to the customer', async () => {
    const soon = await makeCertificate({ notAfter: new Date(Date.now() + 5 * 86_400_000) });
    const server = await serve(smtpScript({ certificate: soon }));
    const result = await probeEndpoint(endpoint(server.port), {
      registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
      timeouts: fast,
      deadline: new Deadline(fast.deadline),
      tlsJudgement: judgement,
      ca: [soon.cert],
      credentials: { username: 'taro@example.test', password: 'correct password' },
    });
    // Still valid: the password goes, the login works, and only staff see the warning.
    expect(result).toMatchObject({ status: 'warn', code: 'CERT_EXPIRING', login: 'ok' });
    expect(forCustomer(result)).toMatchObject({ status: 'ok', code: 'OK', findings: [] });
  });

  it('status probes raise an expiring certificate to staff while the public state stays operational', async () => {
    const soon = await makeCertificate({ notAfter: new Date(Date.now() + 3 * 86_400_000) });
    const server = await serve(smtpScript({ certificate: soon, implicitTls: true }));
    const caDir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-ca-'));
    fs.writeFileSync(path.join(caDir, 'ca.pem'), soon.cert);
    const caller = process.env.MAIL_CA_FILE;
    process.env.MAIL_CA_FILE = path.join(caDir, 'ca.pem');
    try {
      const registry: MailRegistry = {
        domains: ['example.test'],
        username: 'address',
        endpoints: [{ ...endpoint(server.port, 'smtp', 'tls'), id: 'submissions' }],
        resolve: { 'mail.example.test': '127.0.0.1' },
        ipv6: {},
        policies: [],
      };
      const round = await runStatusProbes(registry, new Date(), { timeouts: fast });
      expect(round.find((c) => c.slug === 'smtp')?.probeState).toBe('operational');
      const smtp = await prisma.statusComponent.findUniqueOrThrow({ where: { slug: 'smtp' } });
      expect(smtp.probeDetail).toMatch(/submissions: CERT_EXPIRING \(2 days left\)/);
    } finally {
      process.env.MAIL_CA_FILE = caller;
      fs.rmSync(caDir, { recursive: true, force: true });
    }
  });

  it('a server that omits its intermediate is CHAIN_INCOMPLETE, one that sends it is trusted', async () => {
    const chain = makeChain('mail.example.test');
    for (const [sent, expected] of [
      [chain.leaf, 'CHAIN_INCOMPLETE'],
      [`${chain.leaf}${chain.intermediate}`, 'OK'],
    ] as const) {
      const server = await serve(
        smtpScript({ certificate: { key: chain.key, cert: sent }, implicitTls: true }),
      );
      const result = await probeEndpoint(endpoint(server.port, 'smtp', 'tls'), {
        registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
        timeouts: fast,
        deadline: new Deadline(fast.deadline),
        tlsJudgement: judgement,
        ca: [chain.root],
      });
      expect([expected, result.code]).toEqual([expected, expected]);
      expect(result.tls?.certificate?.chainComplete).toBe(expected === 'OK');
    }
  });
});

describe('messages and ranking', () => {
  it('names the public port the customer typed, never the internal probe port', async () => {
    const port = await closedPort();
    const result = await probe(endpoint(587, 'smtp', 'starttls', { probePort: port }));
    expect(result.code).toBe('CONNECT_REFUSED');
    expect(result.message).toContain('mail.example.test:587');
    expect(result.message).not.toContain(String(port));
  });

  it('checks the IPv6 address too: answering there is silent, not answering is a staff finding', async () => {
    // One listener on both families, then one on IPv4 only.
    const dual = await serve({ ...smtpScript({}), host: '::' });
    const v4only = await serve(smtpScript({}));
    const target = (port: number) =>
      probeEndpoint(endpoint(port, 'smtp', 'none', { auth: false }), {
        registry: { resolve: { 'mail.example.test': '127.0.0.1' }, ipv6: { 'mail.example.test': '::1' } },
        timeouts: fast,
        deadline: new Deadline(fast.deadline),
        tlsJudgement: judgement,
      });
    const both = await target(dual.port);
    expect(both.ipv6).toEqual({ address: '::1', code: 'OK' });
    expect(both.findings.map((f) => f.code)).not.toContain('IPV6_UNREACHABLE');
    const broken = await target(v4only.port);
    expect(broken.ipv6).toEqual({ address: '::1', code: 'CONNECT_REFUSED' });
    expect(broken).toMatchObject({ status: 'warn', code: 'IPV6_UNREACHABLE' });
    expect(forCustomer(broken)).toMatchObject({ status: 'ok', findings: [] });
  });

  it('ranks every probe code exactly once', () => {
    expect([...CODE_RANK].sort()).toEqual([...PROBE_CODES].sort());
  });
});
