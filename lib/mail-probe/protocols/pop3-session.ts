import { createHash } from 'node:crypto';
import { ProbeError } from '../probe-errors';
import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeCredentials, StepRecorder } from '../probe-result';
import type { SessionOutcome } from './session-outcome';

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

/** A POP3 session: greeting (an APOP timestamp means APOP is offered), CAPA, STLS, optional login, QUIT. */
export async function pop3Session(
  conn: ProbeConnection,
  options: {
    starttls: boolean;
    credentials?: ProbeCredentials;
    timeouts: ProbeTimeouts;
    steps: StepRecorder;
  },
): Promise<SessionOutcome> {
  const { timeouts: t, steps } = options;
  const greeting = await conn.readLine(t.greeting, 'GREETING_TIMEOUT');
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
  const warnings: SessionOutcome['warnings'] = [];

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
      warnings.push('AUTH_BEFORE_TLS');
      steps.record('auth-before-tls', 'warn', beforeTls.join(' '));
    }
  }
  if (afterTls.length === 0)
    throw new ProbeError('AUTH_UNAVAILABLE', 'The server offers no way to log in.', { command: 'CAPA' });

  let login: SessionOutcome['login'] = 'skipped';
  // Never send a password over a connection whose certificate or TLS version is in doubt.
  if (options.credentials && (!conn.tls || conn.tls.problem)) {
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
    if (!reply.startsWith('+OK') && /\[(SYS\/TEMP|IN-USE)\]/i.test(reply)) {
      throw new ProbeError('AUTH_TEMPORARY', 'The server could not check the password just now.', {
        command: 'PASS',
        reply: reply.slice(0, 200),
      });
    }
    login = reply.startsWith('+OK') ? 'ok' : 'failed';
    steps.record('login', login === 'ok' ? 'ok' : 'fail');
  }
  await status(conn, t, 'QUIT').catch(() => undefined);
  return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, warnings };
}
