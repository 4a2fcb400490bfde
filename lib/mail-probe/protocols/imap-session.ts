import { ProbeError } from '../probe-errors';
import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeFinding } from '../probe-result';
import { methodFinding, passwordAllowed, type SessionOptions, type SessionOutcome } from './session-outcome';

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

/**
 * An IMAP session: greeting, CAPABILITY, STARTTLS, LOGINDISABLED and AUTH=…, optional LOGIN, LOGOUT.
 * Run as a customer's program without encryption, LOGINDISABLED (or no AUTH= at all) is the server
 * saying it will refuse the program's login; no password is sent to find out.
 */
export async function imapSession(conn: ProbeConnection, options: SessionOptions): Promise<SessionOutcome> {
  const { timeouts: t, steps } = options;
  const greeting = await conn.readLine(t.greeting, 'GREETING_TIMEOUT');
  if (/^\* BYE\b/i.test(greeting))
    throw new ProbeError(
      /\[UNAVAILABLE\]/i.test(greeting) ? 'SERVER_BUSY' : 'PROTOCOL',
      'The server turned the connection away.',
      { reply: greeting.slice(0, 200) },
    );
  if (!/^\* (OK|PREAUTH)\b/i.test(greeting))
    throw new ProbeError('PROTOCOL', 'The server did not greet like an IMAP server.', {
      reply: greeting.slice(0, 200),
    });
  steps.record('greeting', 'ok', greeting.slice(0, 120));

  let caps = capabilityList((await tagged(conn, t, 'a1', 'CAPABILITY')).untagged);
  steps.record('capability', 'ok', caps.join(' '));
  const beforeTls = loginMethods(caps);
  let afterTls = conn.tls ? beforeTls : [];
  const findings: ProbeFinding[] = [];

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
      findings.push({ code: 'AUTH_BEFORE_TLS', command: 'CAPABILITY', reply: beforeTls.join(' ') });
      steps.record('auth-before-tls', 'warn', beforeTls.join(' '));
    }
  }
  let login: SessionOutcome['login'] = 'skipped';
  if (options.plaintextLogin) {
    if (beforeTls.includes('LOGIN') || beforeTls.includes('PLAIN'))
      steps.record('plaintext-login', 'warn', 'accepted');
    else {
      steps.record(
        'plaintext-login',
        'fail',
        caps.includes('LOGINDISABLED') ? 'LOGINDISABLED' : beforeTls.join(' '),
      );
      findings.push({
        code: 'PLAINTEXT_REFUSED',
        command: 'CAPABILITY',
        reply: caps.includes('LOGINDISABLED') ? 'LOGINDISABLED' : 'no AUTH=PLAIN or LOGIN before STARTTLS',
      });
    }
    await tagged(conn, t, 'a2', 'LOGOUT').catch(() => undefined);
    return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, findings };
  }
  if (afterTls.length === 0)
    throw new ProbeError('AUTH_UNAVAILABLE', 'The server offers no way to log in.', {
      command: 'CAPABILITY',
    });
  findings.push(...methodFinding(afterTls, options.acceptedMethods));

  // Never send a password over a connection whose certificate or TLS version is in doubt.
  if (options.credentials && !passwordAllowed(conn)) {
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
    if (login === 'failed')
      findings.push({ code: 'AUTH_FAILED', command: 'LOGIN', reply: reply.line.slice(0, 200) });
  }
  await tagged(conn, t, 'a5', 'LOGOUT').catch(() => undefined);
  return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, findings };
}
