import { ProbeError } from '../probe-errors';
import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeCredentials, StepRecorder } from '../probe-result';
import type { SessionOutcome } from './session-outcome';

/** Quotes an IMAP string (RFC 3501 quoted): backslash and double quote escaped. */
const quote = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** Sends a tagged command and collects the untagged lines until the tagged completion. */
async function tagged(conn: ProbeConnection, t: ProbeTimeouts, tag: string, command: string, shown?: string) {
  conn.send(`${tag} ${command}`, `${tag} ${shown ?? command}`);
  const untagged: string[] = [];
  for (;;) {
    const line = await conn.readLine(t.command, 'COMMAND_TIMEOUT', shown ?? command);
    if (line.startsWith(`${tag} `))
      return {
        status: line
          .slice(tag.length + 1)
          .split(' ')[0]!
          .toUpperCase(),
        line,
        untagged,
      };
    if (!line.startsWith('* ') && !line.startsWith('+'))
      throw new ProbeError('PROTOCOL', 'The server did not answer like an IMAP server.', {
        command: shown ?? command,
        reply: line.slice(0, 200),
      });
    untagged.push(line);
    if (untagged.length > 500)
      throw new ProbeError('PROTOCOL', 'The server never completed the command.', {
        command: shown ?? command,
      });
  }
}

function capabilityList(lines: string[]): string[] {
  const line = lines.find((l) => /^\* CAPABILITY /i.test(l)) ?? lines.find((l) => /\[CAPABILITY /i.test(l));
  if (!line) return [];
  return line
    .replace(/^.*CAPABILITY /i, '')
    .replace(/\].*$/, '')
    .toUpperCase()
    .split(/\s+/)
    .filter(Boolean);
}

const loginMethods = (caps: string[]) => [
  ...(caps.includes('LOGINDISABLED') ? [] : ['LOGIN']),
  ...caps.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice(5)),
];

/** An IMAP session: greeting, CAPABILITY, STARTTLS, LOGINDISABLED and AUTH=…, optional LOGIN, LOGOUT. */
export async function imapSession(
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
  if (!/^\* (OK|PREAUTH)/i.test(greeting))
    throw new ProbeError('PROTOCOL', 'The server did not greet like an IMAP server.', {
      reply: greeting.slice(0, 200),
    });
  steps.record('greeting', 'ok', greeting.slice(0, 120));

  let caps = capabilityList((await tagged(conn, t, 'a1', 'CAPABILITY')).untagged);
  steps.record('capability', 'ok', caps.join(' '));
  const beforeTls = loginMethods(caps);
  let afterTls = conn.tls ? beforeTls : [];
  const warnings: SessionOutcome['warnings'] = [];

  if (options.starttls) {
    if (!caps.includes('STARTTLS'))
      throw new ProbeError('STARTTLS_UNAVAILABLE', 'The server does not offer STARTTLS.', {
        command: 'CAPABILITY',
      });
    const reply = await tagged(conn, t, 'a2', 'STARTTLS');
    if (reply.status !== 'OK')
      throw new ProbeError('STARTTLS_FAILED', 'STARTTLS was refused.', {
        command: 'STARTTLS',
        reply: reply.line.slice(0, 200),
      });
    await conn.startTls();
    steps.record('starttls', 'ok', conn.tls?.version);
    caps = capabilityList((await tagged(conn, t, 'a3', 'CAPABILITY')).untagged);
    afterTls = loginMethods(caps);
    steps.record('capability-after-tls', 'ok', caps.join(' '));
    if (beforeTls.includes('LOGIN') || beforeTls.includes('PLAIN')) {
      warnings.push('AUTH_BEFORE_TLS');
      steps.record('auth-before-tls', 'warn', beforeTls.join(' '));
    }
  }
  if (afterTls.length === 0)
    throw new ProbeError('AUTH_UNAVAILABLE', 'The server offers no way to log in.', {
      command: 'CAPABILITY',
    });

  let login: SessionOutcome['login'] = 'skipped';
  // Never send a password over a connection whose certificate or TLS version is in doubt.
  if (options.credentials && (!conn.tls || conn.tls.problem)) {
    login = 'refused';
    steps.record('login', 'warn', 'refused');
  } else if (options.credentials) {
    const { username, password } = options.credentials;
    const reply = afterTls.includes('LOGIN')
      ? await tagged(conn, t, 'a4', `LOGIN ${quote(username)} ${quote(password)}`, 'LOGIN *** ***')
      : await tagged(
          conn,
          t,
          'a4',
          `AUTHENTICATE PLAIN ${Buffer.from(`\0${username}\0${password}`).toString('base64')}`,
          'AUTHENTICATE PLAIN ***',
        );
    if (reply.status !== 'OK' && /\[(UNAVAILABLE|SERVERBUG)\]/i.test(reply.line)) {
      throw new ProbeError('AUTH_TEMPORARY', 'The server could not check the password just now.', {
        command: 'LOGIN',
        reply: reply.line.slice(0, 200),
      });
    }
    login = reply.status === 'OK' ? 'ok' : 'failed';
    steps.record('login', login === 'ok' ? 'ok' : 'fail');
  }
  await tagged(conn, t, 'a5', 'LOGOUT').catch(() => undefined);
  return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, warnings };
}
