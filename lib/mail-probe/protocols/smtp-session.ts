import { createHmac } from 'node:crypto';
import { ProbeError } from '../probe-errors';
import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeCredentials, ProbeFinding, StepRecorder } from '../probe-result';
import { methodFinding, passwordAllowed, type SessionOptions, type SessionOutcome } from './session-outcome';

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

/** 421 at any point is the server shedding load or going into maintenance (RFC 5321 §3.8). */
function throwIfBusy(reply: Reply, command?: string) {
  if (reply.code === 421)
    throw new ProbeError('SERVER_BUSY', 'The server is busy or in maintenance (421).', {
      command,
      reply: `${reply.code} ${reply.lines.join(' ')}`.slice(0, 200),
    });
}

/**
 * An SMTP session: greeting, EHLO, capabilities, STARTTLS when the endpoint uses it, EHLO again, the
 * AUTH mechanisms before and after TLS, an optional login, the optional "can I send" step, QUIT. It
 * never sends DATA, so the checker cannot be used to relay mail.
 */
export async function smtpSession(
  conn: ProbeConnection,
  options: SessionOptions & {
    /** The program signs in (SMTP AUTH on); false: it sends without, and no AUTH is judged. */
    signIn: boolean;
    /** After a successful login: MAIL FROM and RCPT TO this address, then RSET (never DATA). */
    sendTestAddress?: string;
  },
): Promise<SessionOutcome> {
  const { timeouts: t, steps } = options;
  const greeting = await readReply(conn, t.greeting, 'GREETING_TIMEOUT');
  throwIfBusy(greeting);
  if (greeting.code !== 220)
    throw new ProbeError('PROTOCOL', `The server refused the session (${greeting.code}).`, {
      reply: `${greeting.code} ${greeting.lines.join(' ')}`,
    });
  steps.record('greeting', 'ok', `${greeting.code} ${greeting.lines[0] ?? ''}`.trim());

  let ehlo = await command(conn, t, `EHLO ${EHLO_NAME}`);
  throwIfBusy(ehlo, 'EHLO');
  if (ehlo.code !== 250)
    throw new ProbeError('PROTOCOL', `EHLO was refused (${ehlo.code}).`, {
      command: 'EHLO',
      reply: `${ehlo.code} ${ehlo.lines.join(' ')}`,
    });
  steps.record('ehlo', 'ok', ehlo.lines.slice(1).join(', '));
  const beforeTls = authMechanisms(ehlo);
  let afterTls: string[] = conn.tls ? beforeTls : [];
  const findings: ProbeFinding[] = [];

  if (options.starttls) {
    if (!hasCapability(ehlo, 'STARTTLS'))
      throw new ProbeError('STARTTLS_UNAVAILABLE', 'The server does not offer STARTTLS.', {
        command: 'EHLO',
      });
    const reply = await command(conn, t, 'STARTTLS');
    throwIfBusy(reply, 'STARTTLS');
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
    if (options.signIn && beforeTls.length > 0) {
      // Offering AUTH in the clear invites programs to send passwords unencrypted (a staff finding).
      findings.push({ code: 'AUTH_BEFORE_TLS', command: 'EHLO', reply: beforeTls.join(' ') });
      steps.record('auth-before-tls', 'warn', beforeTls.join(' '));
    }
  }

  let login: SessionOutcome['login'] = 'skipped';
  if (options.signIn && options.plaintextLogin) {
    findings.push(...(await plaintextVerdict(conn, t, steps, beforeTls)));
  } else if (options.signIn) {
    if (afterTls.length === 0)
      throw new ProbeError('AUTH_UNAVAILABLE', 'The server does not offer SMTP authentication.', {
        command: 'EHLO',
      });
    steps.record('auth-mechanisms', 'ok', afterTls.join(' '));
    findings.push(...methodFinding(afterTls, options.acceptedMethods));
    // Never send a password over a connection whose certificate or TLS version is in doubt.
    if (options.credentials && !passwordAllowed(conn)) login = 'refused';
    else if (options.credentials) login = await smtpLogin(conn, t, afterTls, options.credentials);
    if (login !== 'skipped')
      steps.record('login', login === 'ok' ? 'ok' : login === 'refused' ? 'warn' : 'fail');
    if (login === 'failed') findings.push({ code: 'AUTH_FAILED', command: 'AUTH' });
    if (login === 'ok' && options.sendTestAddress)
      findings.push(...(await sendTest(conn, t, steps, options.sendTestAddress)));
  }

  conn.send('QUIT');
  await readReply(conn, t.command, 'COMMAND_TIMEOUT', 'QUIT').catch(() => undefined);
  return { authBeforeTls: beforeTls, authAfterTls: afterTls, login, findings };
}

/**
 * Would this server take AUTH without encryption, as the customer's program will send it? Not
 * offered at all means no; offered, the server may still refuse it before TLS (538, 530), so the
 * exchange is started and, at the first prompt, cancelled with "*" (RFC 4954 §4): no user name or
 * password is ever sent to find out.
 */
async function plaintextVerdict(
  conn: ProbeConnection,
  t: ProbeTimeouts,
  steps: StepRecorder,
  offered: string[],
): Promise<ProbeFinding[]> {
  const mechanism = ['LOGIN', 'PLAIN'].find((m) => offered.includes(m));
  if (!mechanism) {
    steps.record('plaintext-login', 'fail', 'AUTH not offered without encryption');
    return [{ code: 'PLAINTEXT_REFUSED', command: 'EHLO', reply: 'no AUTH before STARTTLS' }];
  }
  const reply = await command(conn, t, `AUTH ${mechanism}`);
  throwIfBusy(reply, 'AUTH');
  if (reply.code === 334) {
    await command(conn, t, '*').catch(() => undefined);
    steps.record('plaintext-login', 'warn', 'accepted');
    return [];
  }
  const text = `${reply.code} ${reply.lines.join(' ')}`.slice(0, 200);
  steps.record('plaintext-login', 'fail', text);
  return [{ code: 'PLAINTEXT_REFUSED', command: `AUTH ${mechanism}`, reply: text }];
}

/**
 * "Can I send": the customer's own address as sender and recipient, then RSET before DATA, so the
 * server says whether it would take the mail without any message being sent.
 */
async function sendTest(
  conn: ProbeConnection,
  t: ProbeTimeouts,
  steps: StepRecorder,
  address: string,
): Promise<ProbeFinding[]> {
  if (/[\r\n\0<>\s]/.test(address)) return [{ code: 'SEND_REFUSED', command: 'MAIL FROM' }];
  for (const [verb, line] of [
    ['MAIL FROM', `MAIL FROM:<${address}>`],
    ['RCPT TO', `RCPT TO:<${address}>`],
  ] as const) {
    const reply = await command(conn, t, line, `${verb}:<***>`);
    throwIfBusy(reply, verb);
    if (reply.code !== 250 && reply.code !== 251) {
      steps.record('send-test', 'fail', `${verb} ${reply.code}`);
      await command(conn, t, 'RSET').catch(() => undefined);
      return [
        {
          code: 'SEND_REFUSED',
          command: verb,
          reply: `${reply.code} ${reply.lines.join(' ')}`.slice(0, 200),
        },
      ];
    }
  }
  steps.record('send-test', 'ok');
  await command(conn, t, 'RSET');
  return [];
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
  throwIfBusy(reply, 'AUTH');
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
