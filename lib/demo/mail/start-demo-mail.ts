import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:net';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { SMTPServer } from 'smtp-server';
import { parseRegistry } from '@/lib/mail-registry/load-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { lineServer } from './demo-line-server';
import type { MailEvent } from '@/lib/mail-events/mail-event';
import { normalizeTlsVersion } from '@/lib/mail-events/mail-event';
import { imapSession, pop3Session, type DemoLogin, type DemoMailbox } from './demo-pop3-imap';

/** The demo mailbox, printed by `npm run demo` for trying the checker's login test. */
export const DEMO_MAILBOX: DemoMailbox = { username: 'demo@example.test', password: 'demo-mail-password' };

/** An SMTP refusal, with its enhanced status code written out (smtp-server hides its own by default). */
const refusal = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/**
 * Demo mail servers on loopback, so the checker shows real results on a fresh machine: SMTP from the
 * smtp-server package (submission with STARTTLS, submissions with implicit TLS, a port-25 style relay
 * without AUTH) and small POP3/IMAP servers of our own. They refuse every message: MAIL FROM and
 * RCPT TO are taken only for the signed-in demo mailbox (so the checker's send test passes) and
 * DATA is always refused. Writes a registry (the demo registry with `probePort`s pointing here) and the
 * certificate to trust into `dir`.
 */
export async function startDemoMail(options: {
  dir: string;
  registry: MailRegistry;
  portOffset?: number;
  /**
   * What the servers saw, as the real servers' logs say it (docs/mail-events.md): every login, let
   * in or refused, and mail refused for want of a login. `npm run demo` records them.
   */
  onEvent?: (event: MailEvent) => void;
}) {
  const offset = options.portOffset ?? 10_000;
  const host = options.registry.endpoints[0]?.host ?? 'mail.example.test';
  const pems = await selfsigned.generate([{ name: 'commonName', value: host }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: host }] }],
  });
  const tlsFiles = { key: pems.private, cert: pems.cert };
  const servers: { close(callback?: () => void): unknown }[] = [];

  const listen = (server: Server | SMTPServer, port: number) =>
    new Promise<void>((resolve, reject) => {
      const target = server as unknown as Server;
      target.once('error', reject);
      (server as Server).listen(port, '127.0.0.1', () => resolve());
      servers.push(server);
    });

  const record = (
    endpoint: MailRegistry['endpoints'][number],
    event: Pick<MailEvent, 'kind' | 'user' | 'evidence' | 'result'> &
      Pick<DemoLogin, 'secure' | 'tlsVersion' | 'client'> & { mechanism?: string },
  ) =>
    options.onEvent?.({
      source: endpoint.protocol === 'smtp' ? 'postfix' : 'dovecot',
      kind: event.kind,
      at: new Date(),
      user: event.user,
      evidence: event.evidence,
      protocol: endpoint.protocol,
      port: endpoint.port,
      tls: event.secure,
      tlsVersion: normalizeTlsVersion(event.tlsVersion),
      mechanism: event.mechanism ?? 'PLAIN',
      client: event.client,
      result: event.result,
      key: `demo:${randomUUID()}`,
    });

  for (const endpoint of options.registry.endpoints) {
    const port = endpoint.port + offset;
    if (endpoint.protocol === 'smtp') {
      const smtp = new SMTPServer({
        ...tlsFiles,
        secure: endpoint.security === 'tls',
        banner: 'Demo ESMTP (accepts no mail)',
        authMethods: ['PLAIN', 'LOGIN', 'CRAM-MD5'],
        // Passwords only after TLS, like the real service; port 25 takes no logins at all.
        allowInsecureAuth: false,
        disabledCommands: endpoint.auth ? [] : ['AUTH'],
        authOptional: !endpoint.auth,
        logger: false,
        onAuth(auth, session, callback) {
          const ok =
            auth.username === DEMO_MAILBOX.username &&
            (auth.method === 'CRAM-MD5'
              ? auth.validatePassword(DEMO_MAILBOX.password)
              : auth.password === DEMO_MAILBOX.password);
          record(endpoint, {
            kind: 'login',
            user: auth.username ?? null,
            evidence: 'login',
            result: ok ? 'ok' : 'failed',
            secure: session.secure,
            tlsVersion: session.secure ? 'TLSv1.3' : null,
            client: session.remoteAddress ?? null,
            mechanism: auth.method,
          });
          callback(
            ok ? null : Object.assign(new Error('Authentication failed'), { responseCode: 535 }),
            ok ? { user: auth.username } : undefined,
          );
        },
        // The checker's send test (MAIL FROM and RCPT TO the customer's own address, then RSET)
        // passes for the demo mailbox once signed in; anything else is refused, and so is every
        // message: DATA is always answered 554, so no mail is ever taken.
        onMailFrom(address, session, callback) {
          if (!session.user) {
            // Postfix logs this as a relay refusal naming the envelope sender.
            record(endpoint, {
              kind: 'relay-refused',
              user: address.address,
              evidence: 'sender',
              result: 'refused',
              secure: session.secure,
              tlsVersion: null,
              client: session.remoteAddress ?? null,
            });
            return callback(refusal(554, '5.7.1 This demo server accepts no mail'));
          }
          if (address.address.toLowerCase() !== DEMO_MAILBOX.username)
            return callback(refusal(553, '5.1.0 Sender address rejected: not owned by user'));
          callback();
        },
        onRcptTo(address, _session, callback) {
          if (address.address.toLowerCase() !== DEMO_MAILBOX.username)
            return callback(refusal(550, '5.1.1 Recipient address rejected: only the demo mailbox'));
          callback();
        },
        onData(stream, _session, callback) {
          stream.resume();
          stream.on('end', () => callback(refusal(554, '5.7.1 This demo server accepts no mail')));
        },
      });
      smtp.on('error', () => undefined);
      await listen(smtp, port);
    } else {
      const onLogin = (login: DemoLogin) => record(endpoint, { ...login, kind: 'login', evidence: 'login' });
      const session =
        endpoint.protocol === 'pop3'
          ? pop3Session(DEMO_MAILBOX, onLogin)
          : imapSession(DEMO_MAILBOX, onLogin);
      await listen(lineServer({ ...tlsFiles, implicitTls: endpoint.security === 'tls' }, session), port);
    }
  }

  fs.mkdirSync(options.dir, { recursive: true });
  const caFile = path.join(options.dir, 'ca.pem');
  const registryFile = path.join(options.dir, 'mail-service.json');
  fs.writeFileSync(caFile, pems.cert);
  const registry = parseRegistry({
    ...options.registry,
    resolve: { ...options.registry.resolve, [host]: '127.0.0.1' },
    endpoints: options.registry.endpoints.map((e) => ({ ...e, probePort: e.port + offset })),
  });
  fs.writeFileSync(registryFile, JSON.stringify(registry, null, 2));
  return {
    caFile,
    registryFile,
    stop: () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))),
  };
}
