import { createHmac } from 'node:crypto';
import { ProbeError } from '../probe-errors';
import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeCredentials, StepRecorder } from '../probe-result';
import type { SessionOutcome } from './session-outcome';

/** Our EHLO name: a reserved, never-resolving name that says what we are. */
const EHLO_NAME = 'mail-settings-checker.invalid';

interface Reply {
  code: number;
  lines: string[];
}

/** Reads one (possibly multi-line) SMTP reply: `250-…` lines until `250 …`. */
async function readReply(
  conn: ProbeConnection,
  timeout: number,
  code: 'GREETING_TIMEOUT' | 'COMMAND_TIMEOUT',
  command?: string,
): Promise<Reply> {
  const lines: string[] = [];
  for (;;) {
    const line = await conn.readLine(timeout, code, command);
    const match = /^(\d{3})([ -])(.*)$/.exec(line) ?? /^(\d{3})()$/.exec(line);
    if (!match)
      throw new ProbeError('PROTOCOL', 'The server did not answer like an SMTP server.', {
        command,
        reply: line.slice(0, 200),
      });
    lines.push(match[3] ?? '');
    if (match[2] !== '-') return { code: Number(match[1]), lines };
  }
}

async function command(
  conn: ProbeConnection,
  t: ProbeTimeouts,
  line: string,
  shown?: string,
): Promise<Reply> {
  conn.send(line, shown);
  return readReply(conn, t.command, 'COMMAND_TIMEOUT', shown ?? line);
}

function authMechanisms(ehlo: Reply): string[] {
  const line = ehlo.lines.find((l) => /^AUTH[ =]/i.test(l));
  return line ? line.slice(5).trim().toUpperCase().split(/\s+/).filter(Boolean) : [];
}

const hasCapability = (ehlo: Reply, name: string) =>
  ehlo.lines.some((l) => l.toUpperCase().split(/\s/)[0] === name);

/**
 * An SMTP session: greeting, EHLO, capabilities, STARTTLS when the endpoint uses it, EHLO again, the
 * AUTH mechanisms before and after TLS, an optional login, QUIT. It never sends MAIL, RCPT or DATA,
 * so the checker cannot be used to relay mail.
 */
export async function smtpSession(
  conn: ProbeConnection,
  options: {
    starttls: boolean;
    authExpected: boolean;
    credentials?: ProbeCredentials;
    timeouts: ProbeTimeouts;
    steps: StepRecorder;
  },
): Promise<SessionOutcome> {
  const { timeouts: t, steps } = options;
  const greeting = await readReply(conn, t.greeting, 'GREETING_TIMEOUT');
  if (greeting.code !== 220)
    throw new ProbeError('PROTOCOL', `The server refused the session (${greeting.code}).`, {
      reply: `${greeting.code} ${greeting.lines.join(' ')}`,
    });
  steps.record('greeting', 'ok', `${greeting.code} ${greeting.lines[0] ?? ''}`.trim());

  let ehlo = await command(conn, t, `EHLO ${EHLO_NAME}`);
  if (ehlo.code !== 250)
    throw new ProbeError('PROTOCOL', `EHLO was refused (${ehlo.code}).`, {
      command: 'EHLO',
      reply: `${ehlo.code} ${ehlo.lines.join(' ')}`,
    });
  steps.record('ehlo', 'ok', ehlo.lines.slice(1).join(', '));
  const beforeTls = authMechanisms(ehlo);
  let afterTls: string[] = conn.tls ? beforeTls : [];
  const warnings: SessionOutcome['warnings'] = [];

  if (options.starttls) {
    if (!hasCapability(ehlo, 'STARTTLS'))
      throw new ProbeError('STARTTLS_UNAVAILABLE', 'The server does not offer STARTTLS.', {
        command: 'EHLO',
      });
    const reply = await command(conn, t, 'STARTTLS');
    if (reply.code !== 220)
      throw new ProbeError('STARTTLS_FAILED', `STARTTLS was refused (${reply.code}).`, {
        command: 'STARTTLS',
        reply: `${reply.code} ${reply.lines.join(' ')}`,
      });
    await conn.startTls();
    steps.record('starttls', 'ok', conn.tls?.version);
    ehlo = await command(conn, t, `EHLO ${EHLO_NAME}`);
    if (ehlo.code !== 250)
      throw new ProbeError('PROTOCOL', `EHLO after STARTTLS was refused (${ehlo.code}).`, {
        command: 'EHLO',
      });
    afterTls = authMechanisms(ehlo);
    steps.record('ehlo-after-tls', 'ok', ehlo.lines.slice(1).join(', '));
    if (options.authExpected && beforeTls.length > 0) {
      // Offering AUTH in the clear invites programs to send passwords unencrypted.
      warnings.push('AUTH_BEFORE_TLS');
      steps.record('auth-before-tls', 'warn', beforeTls.join(' '));
    }
  }

  let login: SessionOutcome['login'] = 'skipped';
  if (options.authExpected) {
    if (afterTls.length === 0)
      throw new ProbeError('AUTH_UNAVAILABLE', 'The server does not offer SMTP authentication.', {
        command: 'EHLO',
      });
    steps.record('auth-mechanisms', 'ok', afterTls.join(' '));
    // Never send a password over a connection whose certificate or TLS version is in doubt.
    if (options.credentials && (!conn.tls || conn.tls.problem)) login = 'refused';
    else if (options.credentials) login = await smtpLogin(conn, t, afterTls, options.credentials);
    if (login !== 'skipped')
      steps.record('login', login === 'ok' ? 'ok' : login === 'refused' ? 'warn' : 'fail');
  }

  conn.send('QUIT');
  await readReply(conn, t.command, 'COMMAND_TIMEOUT', 'QUIT').catch(() => undefined);
  return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, warnings };
}

async function smtpLogin(
  conn: ProbeConnection,
  t: ProbeTimeouts,
  mechanisms: string[],
  credentials: ProbeCredentials,
): Promise<'ok' | 'failed'> {
  const { username, password } = credentials;
  let reply: Reply;
  if (mechanisms.includes('PLAIN')) {
    const token = Buffer.from(`\0${username}\0${password}`).toString('base64');
    reply = await command(conn, t, `AUTH PLAIN ${token}`, 'AUTH PLAIN ***');
  } else if (mechanisms.includes('LOGIN')) {
    reply = await command(conn, t, 'AUTH LOGIN');
    if (reply.code === 334) reply = await command(conn, t, Buffer.from(username).toString('base64'), '***');
    if (reply.code === 334) reply = await command(conn, t, Buffer.from(password).toString('base64'), '***');
  } else if (mechanisms.includes('CRAM-MD5')) {
    reply = await command(conn, t, 'AUTH CRAM-MD5');
    if (reply.code === 334) {
      const challenge = Buffer.from(reply.lines[0] ?? '', 'base64').toString('latin1');
      const digest = createHmac('md5', password).update(challenge).digest('hex');
      reply = await command(conn, t, Buffer.from(`${username} ${digest}`).toString('base64'), '***');
    }
  } else {
    throw new ProbeError(
      'AUTH_UNAVAILABLE',
      `None of the offered mechanisms (${mechanisms.join(' ')}) can be tested.`,
    );
  }
  if (reply.code === 235) return 'ok';
  if (reply.code === 454)
    throw new ProbeError('AUTH_TEMPORARY', 'The server could not check the password just now.', {
      command: 'AUTH',
      reply: '454',
    });
  if (reply.code === 535 || reply.code === 534 || reply.code === 501) return 'failed';
  throw new ProbeError('PROTOCOL', `Unexpected answer to AUTH (${reply.code}).`, {
    command: 'AUTH',
    reply: String(reply.code),
  });
}
