import { createHash } from 'node:crypto';
import { ProbeError } from '../probe-errors';
import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeFinding, StepRecorder } from '../probe-result';
import { methodFinding, passwordAllowed, type SessionOptions, type SessionOutcome } from './session-outcome';

async function status(conn: ProbeConnection, t: ProbeTimeouts, line: string, shown?: string) {
  conn.send(line, shown);
  const reply = await conn.readLine(t.command, 'COMMAND_TIMEOUT', shown ?? line);
  if (!/^[+-](OK|ERR)?/.test(reply))
    throw new ProbeError('PROTOCOL', 'The server did not answer like a POP3 server.', {
      command: shown ?? line,
      reply: reply.slice(0, 200),
    });
  return reply;
}

/** CAPA's multi-line answer, up to the terminating ".". */
async function capabilities(conn: ProbeConnection, t: ProbeTimeouts): Promise<string[]> {
  const first = await status(conn, t, 'CAPA');
  if (!first.startsWith('+OK')) return [];
  const caps: string[] = [];
  for (;;) {
    const line = await conn.readLine(t.command, 'COMMAND_TIMEOUT', 'CAPA');
    if (line === '.') return caps;
    caps.push(line.toUpperCase());
    if (caps.length > 200)
      throw new ProbeError('PROTOCOL', 'The capability list never ended.', { command: 'CAPA' });
  }
}

const saslOf = (caps: string[]) =>
  caps
    .find((c) => c.startsWith('SASL '))
    ?.slice(5)
    .split(/\s+/)
    .filter(Boolean) ?? [];
const loginMethods = (caps: string[], apop: boolean) => [
  ...(caps.includes('USER') ? ['USER'] : []),
  ...(apop ? ['APOP'] : []),
  ...saslOf(caps),
];

/** POP3's response codes for "not now" (RFC 2449 / RFC 3206): the server is busy, not broken. */
const TEMPORARY = /\[(SYS\/TEMP|IN-USE|LOGIN-DELAY)\]/i;

/**
 * A POP3 session: greeting (an APOP timestamp means APOP is offered), CAPA, STLS, optional login,
 * QUIT. Run as a customer's program without encryption, it asks with a made-up user name whether a
 * plaintext login would be taken; it never sends a password without TLS.
 */
export async function pop3Session(conn: ProbeConnection, options: SessionOptions): Promise<SessionOutcome> {
  const { timeouts: t, steps } = options;
  const greeting = await conn.readLine(t.greeting, 'GREETING_TIMEOUT');
  if (greeting.startsWith('-ERR') && TEMPORARY.test(greeting))
    throw new ProbeError('SERVER_BUSY', 'The server is busy.', { reply: greeting.slice(0, 200) });
  if (!greeting.startsWith('+OK'))
    throw new ProbeError('PROTOCOL', 'The server did not greet like a POP3 server.', {
      reply: greeting.slice(0, 200),
    });
  const apopStamp = /<[^<>@\s]+@[^<>\s]+>/.exec(greeting)?.[0];
  steps.record('greeting', 'ok', greeting.slice(0, 120));

  let caps = await capabilities(conn, t);
  steps.record('capa', 'ok', caps.join(', '));
  const beforeTls = loginMethods(caps, Boolean(apopStamp));
  let afterTls = conn.tls ? beforeTls : [];
  const findings: ProbeFinding[] = [];

  if (options.starttls) {
    if (!caps.includes('STLS'))
      throw new ProbeError('STARTTLS_UNAVAILABLE', 'The server does not offer STLS.', { command: 'CAPA' });
    const reply = await status(conn, t, 'STLS');
    if (!reply.startsWith('+OK'))
      throw new ProbeError('STARTTLS_FAILED', 'STLS was refused.', {
        command: 'STLS',
        reply: reply.slice(0, 200),
      });
    await conn.startTls();
    steps.record('stls', 'ok', conn.tls?.version);
    caps = await capabilities(conn, t);
    afterTls = loginMethods(caps, Boolean(apopStamp));
    steps.record('capa-after-tls', 'ok', caps.join(', '));
    if (beforeTls.some((m) => m === 'USER' || m === 'PLAIN' || m === 'LOGIN')) {
      findings.push({ code: 'AUTH_BEFORE_TLS', command: 'CAPA', reply: beforeTls.join(' ') });
      steps.record('auth-before-tls', 'warn', beforeTls.join(' '));
    }
  }

  let login: SessionOutcome['login'] = 'skipped';
  if (options.plaintextLogin) {
    findings.push(...(await plaintextVerdict(conn, t, steps)));
    await status(conn, t, 'QUIT').catch(() => undefined);
    return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, findings };
  }
  if (afterTls.length === 0)
    throw new ProbeError('AUTH_UNAVAILABLE', 'The server offers no way to log in.', { command: 'CAPA' });
  findings.push(...methodFinding(afterTls, options.acceptedMethods));

  // Never send a password over a connection whose certificate or TLS version is in doubt.
  if (options.credentials && !passwordAllowed(conn)) {
    login = 'refused';
    steps.record('login', 'warn', 'refused');
  } else if (options.credentials) {
    const { username, password } = options.credentials;
    let reply: string;
    if (afterTls.includes('USER')) {
      reply = await status(conn, t, `USER ${username}`, 'USER ***');
      if (reply.startsWith('+OK')) reply = await status(conn, t, `PASS ${password}`, 'PASS ***');
    } else if (apopStamp) {
      const digest = createHash('md5')
        .update(apopStamp + password)
        .digest('hex');
      reply = await status(conn, t, `APOP ${username} ${digest}`, 'APOP ***');
    } else {
      const token = Buffer.from(`\0${username}\0${password}`).toString('base64');
      reply = await status(conn, t, `AUTH PLAIN ${token}`, 'AUTH PLAIN ***');
    }
    if (!reply.startsWith('+OK') && TEMPORARY.test(reply)) {
      throw new ProbeError('AUTH_TEMPORARY', 'The server could not check the password just now.', {
        command: 'PASS',
        reply: reply.slice(0, 200),
      });
    }
    login = reply.startsWith('+OK') ? 'ok' : 'failed';
    steps.record('login', login === 'ok' ? 'ok' : 'fail');
    if (login === 'failed')
      findings.push({ code: 'AUTH_FAILED', command: 'PASS', reply: reply.slice(0, 200) });
  }
  await status(conn, t, 'QUIT').catch(() => undefined);
  return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, findings };
}

/**
 * Would this server take a login without encryption? A made-up user name (no password) gets the
 * server's own answer: Dovecot refuses USER itself ("Plaintext authentication disallowed…"), which is
 * what the customer's program meets, whatever CAPA advertised.
 */
async function plaintextVerdict(
  conn: ProbeConnection,
  t: ProbeTimeouts,
  steps: StepRecorder,
): Promise<ProbeFinding[]> {
  const reply = await status(conn, t, `USER ${PROBE_USER}`);
  if (reply.startsWith('+OK')) {
    steps.record('plaintext-login', 'warn', 'accepted');
    return [];
  }
  steps.record('plaintext-login', 'fail', reply.slice(0, 120));
  return [{ code: 'PLAINTEXT_REFUSED', command: 'USER', reply: reply.slice(0, 200) }];
}

/** A user name that can belong to no one (RFC 2606 .invalid): asking with it reveals nobody's mailbox. */
const PROBE_USER = 'mail-settings-checker@checker.invalid';
