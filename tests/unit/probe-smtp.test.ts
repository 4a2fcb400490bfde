import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '@/lib/mail-registry/registry-schema';
import { assertSafeCredentials, probeEndpoint } from '@/lib/mail-probe/probe-endpoint';
import { Deadline, DEFAULT_TIMEOUTS } from '@/lib/mail-probe/probe-timeouts';
import {
  makeCertificate,
  smtpScript,
  startFakeServer,
  type FakeServer,
  type TestCertificate,
} from '../support/fake-mail-server';
import { closedPort } from '../support/closed-port';

let good: TestCertificate;
const servers: FakeServer[] = [];
const fast = { ...DEFAULT_TIMEOUTS, connect: 1000, greeting: 600, command: 600, tls: 1000, deadline: 5000 };

beforeAll(async () => {
  good = await makeCertificate();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(script: Parameters<typeof startFakeServer>[0]) {
  const server = await startFakeServer(script);
  servers.push(server);
  return server;
}

function endpoint(port: number, security: Endpoint['security'] = 'starttls'): Endpoint {
  return {
    id: 'submission',
    protocol: 'smtp',
    host: 'mail.example.test',
    port,
    security,
    auth: true,
    recommended: true,
    blockedFromCustomerNetworks: false,
  };
}

function probe(
  port: number,
  options: {
    security?: Endpoint['security'];
    trust?: boolean;
    credentials?: { username: string; password: string };
    timeouts?: typeof fast;
  } = {},
) {
  const timeouts = options.timeouts ?? fast;
  return probeEndpoint(endpoint(port, options.security), {
    registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
    timeouts,
    deadline: new Deadline(timeouts.deadline),
    tlsJudgement: { minimumVersion: 'TLSv1.2' as const, expiryWarningDays: 14 },
    ca: options.trust === false ? undefined : [good.cert],
    credentials: options.credentials,
  });
}

describe('SMTP probe', () => {
  it('walks greeting, EHLO, STARTTLS, EHLO and a PLAIN login, without leaking the password', async () => {
    const server = await serve(smtpScript({ certificate: good }));
    const result = await probe(server.port, {
      credentials: { username: 'taro@example.test', password: 'correct password' },
    });
    expect(result).toMatchObject({
      status: 'ok',
      code: 'OK',
      login: 'ok',
      auth: { beforeTls: [], afterTls: ['PLAIN', 'LOGIN'] },
    });
    expect(result.tls).toMatchObject({
      version: expect.stringMatching(/^TLSv1\.[23]$/),
      certificate: { subject: 'mail.example.test', trusted: true },
    });
    expect(result.steps.map((s) => s.name)).toEqual([
      'connect',
      'greeting',
      'ehlo',
      'starttls',
      'ehlo-after-tls',
      'auth-mechanisms',
      'login',
    ]);
    const transcript = JSON.stringify(result.transcript);
    expect(transcript).not.toContain('correct password');
    expect(transcript).not.toContain(Buffer.from('\0taro@example.test\0correct password').toString('base64'));
    expect(transcript).toContain('AUTH PLAIN ***');
    // Never a relay: no MAIL, RCPT or DATA ever reaches the server.
    expect(server.received.filter((l) => /^(MAIL|RCPT|DATA)\b/i.test(l))).toEqual([]);
  });

  it('reports a wrong password as AUTH_FAILED', async () => {
    const server = await serve(smtpScript({ certificate: good }));
    const result = await probe(server.port, {
      credentials: { username: 'taro@example.test', password: 'wrong' },
    });
    expect(result).toMatchObject({ status: 'fail', code: 'AUTH_FAILED', login: 'failed' });
  });

  it('works over implicit TLS (port 465 style)', async () => {
    const server = await serve(smtpScript({ certificate: good, implicitTls: true }));
    const result = await probe(server.port, { security: 'tls' });
    expect(result).toMatchObject({ status: 'ok', code: 'OK', auth: { afterTls: ['PLAIN', 'LOGIN'] } });
  });

  it('discards what the server sent before the TLS handshake (STARTTLS injection)', async () => {
    const server = await serve(
      smtpScript({ certificate: good, injectAfterStarttls: '250-AUTH INJECTED\r\n250 INJECTED\r\n' }),
    );
    const result = await probe(server.port);
    expect(result).toMatchObject({ status: 'ok', auth: { afterTls: ['PLAIN', 'LOGIN'] } });
  });

  const faults: [string, () => Promise<number>, string, Parameters<typeof probe>[1]?][] = [
    ['connection refused', closedPort, 'CONNECT_REFUSED'],
    [
      'silence after connect',
      async () => (await serve({ onConnect: () => undefined })).port,
      'GREETING_TIMEOUT',
    ],
    [
      'a greeting dripped one byte at a time',
      async () =>
        (
          await serve({
            onConnect: (io) => {
              const text = '220 slow server ready\r\n';
              let i = 0;
              const timer = setInterval(
                () => (i < text.length && !io.socket.destroyed ? io.write(text[i++]!) : clearInterval(timer)),
                200,
              );
            },
          })
        ).port,
      'GREETING_TIMEOUT',
    ],
    [
      'a garbage greeting',
      async () => (await serve({ onConnect: (io) => io.write('HELLO THERE\r\n') })).port,
      'PROTOCOL',
    ],
    [
      'a TLS handshake failure',
      async () => (await serve({ onConnect: (io) => io.write('this is not TLS at all\r\n') })).port,
      'TLS_HANDSHAKE',
      { security: 'tls' },
    ],
    [
      'STARTTLS advertised but failing',
      async () =>
        (await serve(smtpScript({ certificate: good, starttlsReply: '454 4.7.0 TLS not available' }))).port,
      'STARTTLS_FAILED',
    ],
    [
      'STARTTLS not offered',
      async () => (await serve(smtpScript({ certificate: good, offerStarttls: false }))).port,
      'STARTTLS_UNAVAILABLE',
    ],
    [
      'AUTH not offered',
      async () => (await serve(smtpScript({ certificate: good, authAfterTls: null }))).port,
      'AUTH_UNAVAILABLE',
    ],
    [
      'a connection reset mid-session',
      async () => (await serve(smtpScript({ certificate: good, resetOn: 'EHLO' }))).port,
      'CONNECTION_CLOSED',
    ],
    [
      'a reply line of 1 MB',
      async () => (await serve({ onConnect: (io) => io.write(`220 ${'x'.repeat(1024 * 1024)}\r\n`) })).port,
      'PROTOCOL',
    ],
  ];

  for (const [name, start, code, options] of faults) {
    it(`answers ${name} with ${code}, within the deadline`, async () => {
      const port = await start();
      const started = Date.now();
      const result = await probe(port, options);
      expect(result).toMatchObject({ status: 'fail', code });
      expect(result.message.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(fast.deadline);
    });
  }

  it('warns when AUTH is offered before TLS', async () => {
    const server = await serve(smtpScript({ certificate: good, authBeforeTls: true }));
    const result = await probe(server.port);
    expect(result).toMatchObject({
      status: 'warn',
      code: 'AUTH_BEFORE_TLS',
      auth: { beforeTls: ['PLAIN', 'LOGIN'] },
    });
  });

  it('judges certificates: expired, for another host, untrusted — and never logs in past one', async () => {
    const expired = await makeCertificate({
      notBefore: new Date('2020-01-01'),
      notAfter: new Date('2020-02-01'),
    });
    const other = await makeCertificate({ host: 'other.example.test' });
    const credentials = { username: 'taro@example.test', password: 'correct password' };
    const cases = [
      [expired, 'CERT_EXPIRED'],
      [other, 'CERT_HOSTNAME'],
    ] as const;
    for (const [certificate, code] of cases) {
      const server = await serve(smtpScript({ certificate }));
      const result = await probeEndpoint(endpoint(server.port), {
        registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
        timeouts: fast,
        deadline: new Deadline(fast.deadline),
        tlsJudgement: { minimumVersion: 'TLSv1.2' as const, expiryWarningDays: 14 },
        ca: [certificate.cert],
        credentials,
      });
      expect([code, result.status, result.code, result.login]).toEqual([code, 'fail', code, 'refused']);
      expect(server.received.some((l) => l.startsWith('AUTH'))).toBe(false);
    }
    const server = await serve(smtpScript({ certificate: good }));
    const untrusted = await probe(server.port, { trust: false, credentials });
    expect(untrusted).toMatchObject({ status: 'fail', code: 'CERT_UNTRUSTED', login: 'refused' });
  });

  it('stops at the overall deadline', async () => {
    const server = await serve({ onConnect: () => undefined });
    const result = await probe(server.port, { timeouts: { ...fast, greeting: 5000, deadline: 400 } });
    expect(result).toMatchObject({ status: 'fail', code: 'DEADLINE' });
    expect(result.durationMs).toBeLessThan(1500);
  });

  it('refuses user names or passwords with line breaks before connecting', () => {
    expect(() => assertSafeCredentials({ username: 'taro\r\nRCPT TO:<x@y>', password: 'p' })).toThrow(
      /line break/,
    );
    expect(() => assertSafeCredentials({ username: 'taro', password: 'p\0' })).toThrow();
    expect(() =>
      assertSafeCredentials({ username: 'taro@example.test', password: 'ok password' }),
    ).not.toThrow();
  });
});
