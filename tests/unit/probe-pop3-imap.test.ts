import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '@/lib/mail-registry/registry-schema';
import { probeEndpoint } from '@/lib/mail-probe/probe-endpoint';
import { runProbes } from '@/lib/mail-probe/run-probes';
import { Deadline, DEFAULT_TIMEOUTS } from '@/lib/mail-probe/probe-timeouts';
import {
  makeCertificate,
  startFakeServer,
  type FakeServer,
  type ServerIo,
  type TestCertificate,
} from '../support/fake-mail-server';

let cert: TestCertificate;
const servers: FakeServer[] = [];
const fast = { ...DEFAULT_TIMEOUTS, connect: 1000, greeting: 600, command: 600, tls: 1000, deadline: 5000 };
beforeAll(async () => {
  cert = await makeCertificate();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function pop3Server() {
  let secure = false;
  return startFakeServer({
    certificate: cert,
    onConnect: (io) => io.write('+OK POP3 ready <1896.697170952@mail.example.test>\r\n'),
    onLine: (line: string, io: ServerIo) => {
      const [verb, arg] = line.split(' ');
      if (verb === 'CAPA') io.write(`+OK\r\n${secure ? 'USER\r\nSASL PLAIN\r\n' : 'STLS\r\n'}.\r\n`);
      else if (verb === 'STLS') {
        io.write('+OK Begin TLS\r\n');
        secure = true;
        io.startTls();
      } else if (verb === 'USER') io.write('+OK\r\n');
      else if (verb === 'PASS')
        io.write(
          line === 'PASS right password'
            ? '+OK Logged in\r\n'
            : line === 'PASS server-trouble'
              ? '-ERR [SYS/TEMP] Temporary authentication failure\r\n'
              : '-ERR [AUTH] Authentication failed\r\n',
        );
      else if (verb === 'QUIT') {
        io.write('+OK Bye\r\n');
        io.destroy();
      } else io.write(`-ERR unknown ${arg ?? ''}\r\n`);
    },
  });
}

function imapServer() {
  let secure = false;
  return startFakeServer({
    certificate: cert,
    onConnect: (io) => io.write('* OK IMAP4rev1 ready\r\n'),
    onLine: (line: string, io: ServerIo) => {
      const [tag, verb] = line.split(' ');
      if (verb === 'CAPABILITY')
        io.write(
          `* CAPABILITY IMAP4rev1 ${secure ? 'AUTH=PLAIN' : 'STARTTLS LOGINDISABLED'}\r\n${tag} OK done\r\n`,
        );
      else if (verb === 'STARTTLS') {
        io.write(`${tag} OK Begin TLS\r\n`);
        secure = true;
        io.startTls();
      } else if (verb === 'LOGIN')
        io.write(
          line.endsWith('"right password"')
            ? `${tag} OK Logged in\r\n`
            : `${tag} NO [AUTHENTICATIONFAILED] failed\r\n`,
        );
      else if (verb === 'LOGOUT') {
        io.write(`* BYE\r\n${tag} OK\r\n`);
        io.destroy();
      } else io.write(`${tag} BAD\r\n`);
    },
  });
}

const endpoint = (protocol: 'pop3' | 'imap', port: number): Endpoint => ({
  id: protocol,
  protocol,
  host: 'mail.example.test',
  port,
  security: 'starttls',
  auth: true,
  recommended: true,
  blockedFromCustomerNetworks: false,
});

const options = (credentials?: { username: string; password: string }) => ({
  registry: { resolve: { 'mail.example.test': '127.0.0.1' } },
  timeouts: fast,
  deadline: new Deadline(fast.deadline),
  tlsJudgement: { minimumVersion: 'TLSv1.2' as const, expiryWarningDays: 14 },
  ca: [cert.cert],
  credentials,
});

describe('POP3 probe', () => {
  it('sees APOP in the greeting, upgrades with STLS and logs in with USER/PASS over TLS', async () => {
    const server = await pop3Server();
    servers.push(server);
    const result = await probeEndpoint(
      endpoint('pop3', server.port),
      options({ username: 'taro', password: 'right password' }),
    );
    expect(result).toMatchObject({
      status: 'ok',
      code: 'OK',
      login: 'ok',
      auth: { beforeTls: ['APOP'], afterTls: ['USER', 'APOP', 'PLAIN'] },
    });
    expect(JSON.stringify(result.transcript)).not.toContain('right password');
    expect(server.received).toContain('PASS right password');
  });

  it('tells a server-side authentication problem apart from a wrong password', async () => {
    const server = await pop3Server();
    servers.push(server);
    const result = await probeEndpoint(
      endpoint('pop3', server.port),
      options({ username: 'taro', password: 'server-trouble' }),
    );
    expect(result).toMatchObject({ status: 'fail', code: 'AUTH_TEMPORARY' });
  });

  it('reports a refused password as AUTH_FAILED', async () => {
    const server = await pop3Server();
    servers.push(server);
    const result = await probeEndpoint(
      endpoint('pop3', server.port),
      options({ username: 'taro', password: 'nope' }),
    );
    expect(result).toMatchObject({ status: 'fail', code: 'AUTH_FAILED', login: 'failed' });
  });
});

describe('IMAP probe', () => {
  it('sees LOGINDISABLED before TLS and AUTH=PLAIN after STARTTLS', async () => {
    const server = await imapServer();
    servers.push(server);
    const result = await probeEndpoint(endpoint('imap', server.port), options());
    expect(result).toMatchObject({
      status: 'ok',
      code: 'OK',
      login: 'skipped',
      auth: { beforeTls: [], afterTls: ['LOGIN', 'PLAIN'] },
    });
  });
});

describe('runProbes', () => {
  it('probes only registry endpoints, in parallel, and refuses unsafe credentials before connecting', async () => {
    const pop3 = await pop3Server();
    const imap = await imapServer();
    servers.push(pop3, imap);
    const registry = {
      domains: ['example.test'],
      username: 'address' as const,
      endpoints: [endpoint('pop3', pop3.port), endpoint('imap', imap.port)],
      resolve: { 'mail.example.test': '127.0.0.1' },
      ipv6: {},
      policies: [],
    };
    process.env.MAIL_CA_FILE = '';
    const results = await runProbes(registry, ['imap', 'pop3', 'not-in-registry'], { timeouts: fast });
    expect(results.map((r) => r.id)).toEqual(['imap', 'pop3']);
    await expect(
      runProbes(registry, ['pop3'], { credentials: { username: 'a\r\nQUIT', password: 'x' } }),
    ).rejects.toThrow(/line break/);
    expect(pop3.received.filter((l) => l.includes('QUIT') && l.startsWith('USER'))).toEqual([]);
  });
});
