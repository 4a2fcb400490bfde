import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import net from 'node:net';
import tls from 'node:tls';
import selfsigned from 'selfsigned';

/**
 * Scripted mail servers for fault injection: each test describes how the server misbehaves. Real
 * Postfix and Dovecot cover the normal behaviour in the integration tests.
 */

export interface TestCertificate {
  key: string;
  cert: string;
}

export async function makeCertificate(
  options: { host?: string; notBefore?: Date; notAfter?: Date } = {},
): Promise<TestCertificate> {
  const host = options.host ?? 'mail.example.test';
  const notBeforeDate = options.notBefore ?? new Date(Date.now() - 86_400_000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: host }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: options.notAfter ?? new Date(Date.now() + 30 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: host }] }],
  });
  return { key: pems.private, cert: pems.cert };
}

/** A line-based session handler: gets each client line, writes replies through `io`. */
export interface ServerIo {
  write(text: string): void;
  startTls(): void;
  destroy(): void;
  readonly socket: net.Socket;
}

export interface FakeServer {
  port: number;
  close(): Promise<void>;
  /** Every line the server received (to check what a client sent). */
  received: string[];
}

export async function startFakeServer(options: {
  certificate?: TestCertificate;
  implicitTls?: boolean;
  /** Where to listen: loopback IPv4 unless a test needs '::' (both families). */
  host?: string;
  onConnect: (io: ServerIo) => void;
  onLine?: (line: string, io: ServerIo) => void;
}): Promise<FakeServer> {
  const received: string[] = [];
  const sockets = new Set<net.Socket>();
  const handle = (raw: net.Socket) => {
    sockets.add(raw);
    raw.on('close', () => sockets.delete(raw));
    raw.on('error', () => undefined);
    let socket: net.Socket = raw;
    let buffer = '';
    const io: ServerIo = {
      write: (text) => socket.write(text),
      destroy: () => socket.destroy(),
      startTls: () => {
        socket.removeAllListeners('data');
        const secure = new tls.TLSSocket(socket, {
          isServer: true,
          key: options.certificate!.key,
          cert: options.certificate!.cert,
        });
        secure.on('error', () => undefined);
        socket = secure;
        listen();
      },
      get socket() {
        return socket;
      },
    };
    const listen = () =>
      socket.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('latin1');
        let index: number;
        while ((index = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, index).replace(/\r$/, '');
          buffer = buffer.slice(index + 1);
          received.push(line);
          options.onLine?.(line, io);
        }
      });
    listen();
    options.onConnect(io);
  };
  const server = options.implicitTls
    ? tls.createServer({ key: options.certificate!.key, cert: options.certificate!.cert }, handle)
    : net.createServer(handle);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A well-behaved SMTP submission server with knobs for each fault. */
export function smtpScript(options: {
  certificate?: TestCertificate;
  implicitTls?: boolean;
  offerStarttls?: boolean;
  starttlsReply?: string;
  authBeforeTls?: boolean;
  authAfterTls?: string | null;
  password?: string;
  injectAfterStarttls?: string;
  resetOn?: string;
}) {
  // TLS state per connection: several probes may talk to one fake server.
  const secureConnections = new WeakSet<ServerIo>();
  return {
    certificate: options.certificate,
    implicitTls: options.implicitTls,
    onConnect: (io: ServerIo) => {
      if (options.implicitTls) secureConnections.add(io);
      io.write('220 mail.example.test ESMTP ready\r\n');
    },
    onLine: (line: string, io: ServerIo) => {
      const secure = secureConnections.has(io);
      const verb = line.split(' ')[0]!.toUpperCase();
      if (options.resetOn && verb === options.resetOn) return io.socket.resetAndDestroy();
      if (verb === 'EHLO') {
        const caps = ['250-mail.example.test'];
        if (!secure && options.offerStarttls !== false) caps.push('250-STARTTLS');
        const auth = secure
          ? options.authAfterTls === undefined
            ? 'PLAIN LOGIN'
            : options.authAfterTls
          : options.authBeforeTls
            ? 'PLAIN LOGIN'
            : null;
        if (auth) caps.push(`250-AUTH ${auth}`);
        caps.push('250 8BITMIME');
        io.write(`${caps.join('\r\n')}\r\n`);
      } else if (verb === 'STARTTLS') {
        if (options.starttlsReply) return io.write(`${options.starttlsReply}\r\n`);
        io.write(`220 2.0.0 Ready to start TLS\r\n${options.injectAfterStarttls ?? ''}`);
        secureConnections.add(io);
        io.startTls();
      } else if (verb === 'AUTH') {
        const token = line.split(' ')[2] ?? '';
        const [, , password] = Buffer.from(token, 'base64').toString().split('\0');
        io.write(
          password === (options.password ?? 'correct password')
            ? '235 2.7.0 Authentication successful\r\n'
            : '535 5.7.8 Authentication failed\r\n',
        );
      } else if (verb === 'QUIT') {
        io.write('221 2.0.0 Bye\r\n');
        io.destroy();
      } else io.write('502 5.5.2 Error: command not recognized\r\n');
    },
  };
}

/** Makes the probe trust `certificate` (MAIL_CA_FILE), as the demo's certificate authority is trusted. */
export function trustCertificate(certificate: TestCertificate): void {
  const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ca-')), 'ca.pem');
  fs.writeFileSync(caFile, certificate.cert);
  process.env.MAIL_CA_FILE = caFile;
}

/** A registry with one recommended submission endpoint (587-style STARTTLS with AUTH) on `port`. */
export function submissionRegistry(port: number): MailRegistry {
  return {
    domains: ['example.test'],
    username: 'address',
    endpoints: [
      {
        id: 'submission',
        protocol: 'smtp',
        host: 'mail.example.test',
        port,
        security: 'starttls',
        auth: true,
        recommended: true,
        blockedFromCustomerNetworks: false,
      },
    ],
    resolve: { 'mail.example.test': '127.0.0.1' },
    ipv6: {},
    policies: [],
  };
}
