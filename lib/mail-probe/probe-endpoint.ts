import type { Endpoint, MailRegistry, Security } from '@/lib/mail-registry/registry-schema';
import { ProbeConnection } from './probe-connection';
import { CODE_RANK, ProbeError, STAFF_ONLY_CODES, type ProbeCode } from './probe-errors';
import type { Deadline, ProbeTimeouts } from './probe-timeouts';
import {
  StepRecorder,
  type EndpointResult,
  type ProbeCredentials,
  type ProbeFinding,
  type ProbeStep,
} from './probe-result';
import type { TlsJudgement } from './tls-details';
import { imapSession } from './protocols/imap-session';
import { pop3Session } from './protocols/pop3-session';
import { smtpSession } from './protocols/smtp-session';

export interface ProbeOptions {
  registry: Pick<MailRegistry, 'resolve'> & Partial<Pick<MailRegistry, 'ipv6'>>;
  timeouts: ProbeTimeouts;
  deadline: Deadline;
  tlsJudgement: TlsJudgement;
  ca?: string[];
  /** Login test; only ever sent over TLS with a sound certificate. */
  credentials?: ProbeCredentials;
  /** The "can I send" step after a successful SMTP login (MAIL FROM / RCPT TO this address, RSET). */
  sendTestAddress?: string;
  onStep?: (endpointId: string, step: ProbeStep) => void;
}

/**
 * How the customer's program is set up, to probe an endpoint the way that program will meet it:
 * their security choice on that port, and whether (and how) it signs in.
 */
export interface ProgramSetup {
  security: Security;
  /** SMTP: AUTH on. POP3 and IMAP always sign in. */
  signIn: boolean;
  /** Mechanisms the program's sign-in method can use; unset: any the server offers. */
  acceptedMethods?: readonly string[];
}

/** Log-side wording of outcomes a session returns rather than throws (customers see messages/*.json). */
const OUTCOME_MESSAGES: Partial<Record<string, string>> = {
  OK: 'The server works as expected.',
  AUTH_FAILED: 'The user name or password was not accepted.',
  AUTH_BEFORE_TLS: 'The server offers sign-in before encryption starts.',
  PLAINTEXT_REFUSED: 'The server refuses a login without encryption.',
  AUTH_METHOD_UNAVAILABLE: "The server does not offer the program's sign-in method.",
  SEND_REFUSED: "The server refused the send test (MAIL FROM or RCPT TO with the customer's own address).",
  TLS_VERSION: 'The server negotiated an outdated TLS version.',
  CERT_EXPIRED: "The server's certificate has expired.",
  CERT_EXPIRING: "The server's certificate expires soon.",
  CERT_HOSTNAME: "The server's certificate does not name this host.",
  CERT_UNTRUSTED: "The server's certificate is not trusted.",
  CHAIN_INCOMPLETE: 'The server does not send its intermediate certificates.',
};

/** Control characters in credentials could smuggle extra protocol commands: refuse before connecting. */
export function assertSafeCredentials(credentials: ProbeCredentials) {
  if (/[\r\n\0]/.test(credentials.username) || /[\r\n\0]/.test(credentials.password)) {
    throw new ProbeError('PROTOCOL', 'The user name or password contains a line break or NUL character.');
  }
}

/**
 * Is the endpoint reachable at the host's IPv6 address too? Connect (and the TLS handshake for
 * implicit TLS) and read the greeting line: enough to show the service answers there. Nothing is
 * sent, so nothing is logged in. OK, or the code of the first failure.
 */
async function reachIpv6(endpoint: Endpoint, options: ProbeOptions, address: string): Promise<ProbeCode> {
  let conn: ProbeConnection | null = null;
  try {
    conn = await ProbeConnection.open({
      host: endpoint.host,
      address,
      port: endpoint.probePort ?? endpoint.port,
      publicPort: endpoint.port,
      implicitTls: endpoint.security === 'tls',
      timeouts: options.timeouts,
      deadline: options.deadline,
      tlsJudgement: options.tlsJudgement,
      ca: options.ca,
    });
    await conn.readLine(options.timeouts.greeting, 'GREETING_TIMEOUT');
    return 'OK';
  } catch (error) {
    return error instanceof ProbeError ? error.code : 'PROTOCOL';
  } finally {
    conn?.close();
  }
}

/** Findings most important first (CODE_RANK), each code once. */
export function rankFindings(findings: ProbeFinding[]): ProbeFinding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => CODE_RANK.indexOf(a.code) - CODE_RANK.indexOf(b.code))
    .filter((f) => (seen.has(f.code) ? false : (seen.add(f.code), true)));
}

/**
 * Probes one registry endpoint, as the registry describes it or, with `program`, as a customer's
 * program is set up. Never throws: every outcome is a result with ranked findings.
 */
export async function probeEndpoint(
  endpoint: Endpoint,
  options: ProbeOptions,
  program?: ProgramSetup,
): Promise<EndpointResult> {
  const started = Date.now();
  const steps = new StepRecorder((step) => options.onStep?.(endpoint.id, step));
  const security = program?.security ?? endpoint.security;
  const base = {
    id: endpoint.id,
    host: endpoint.host,
    port: endpoint.port,
    security,
    asConfigured: Boolean(program),
  };
  const signIn = endpoint.protocol === 'smtp' ? endpoint.auth && (program?.signIn ?? true) : true;
  let conn: ProbeConnection | null = null;
  let findings: ProbeFinding[] = [];
  let thrown: ProbeError | null = null;
  let outcome: Awaited<ReturnType<typeof pop3Session>> | null = null;
  const ipv6Address = options.registry.ipv6?.[endpoint.host];
  const ipv6 = ipv6Address ? reachIpv6(endpoint, options, ipv6Address) : Promise.resolve(null);
  try {
    conn = await ProbeConnection.open({
      host: endpoint.host,
      address: options.registry.resolve[endpoint.host] ?? endpoint.host,
      port: endpoint.probePort ?? endpoint.port,
      publicPort: endpoint.port,
      implicitTls: security === 'tls',
      timeouts: options.timeouts,
      deadline: options.deadline,
      tlsJudgement: options.tlsJudgement,
      ca: options.ca,
    });
    steps.record('connect', 'ok', security === 'tls' ? conn.tls?.version : undefined);

    // A password goes only over TLS (implicit, or after STARTTLS) and never past a doubtful
    // certificate; the sessions check the TLS state again right before logging in.
    const session = {
      starttls: security === 'starttls',
      timeouts: options.timeouts,
      steps,
      credentials: security !== 'none' && signIn ? options.credentials : undefined,
      plaintextLogin: security === 'none' && signIn,
      acceptedMethods: program?.acceptedMethods,
    };
    outcome =
      endpoint.protocol === 'smtp'
        ? await smtpSession(conn, { ...session, signIn, sendTestAddress: options.sendTestAddress })
        : endpoint.protocol === 'pop3'
          ? await pop3Session(conn, session)
          : await imapSession(conn, session);
    findings = outcome.findings;
  } catch (error) {
    thrown =
      error instanceof ProbeError ? error : new ProbeError('PROTOCOL', 'The probe failed unexpectedly.');
    steps.record(
      thrown.detail.command ? `command ${thrown.detail.command}` : 'connection',
      'fail',
      thrown.code,
    );
    findings = [{ code: thrown.code, ...thrown.detail }];
  } finally {
    conn?.close();
  }

  // A certificate problem is a finding of its own, whatever failed after it.
  const tlsProblems = conn?.tls?.problems ?? [];
  if (tlsProblems.some((p) => !STAFF_ONLY_CODES.has(p)))
    steps.record('certificate', 'fail', tlsProblems.join(' '));
  const tlsDetail = (code: string): string | undefined => {
    const seen = conn?.tls;
    if (!seen) return undefined;
    if (code === 'TLS_VERSION')
      return `${seen.version} (${options.tlsJudgement.minimumVersion} or newer required)`;
    if (code === 'TLS_WEAK') return seen.weakness ?? undefined;
    if (code === 'CERT_EXPIRING' || code === 'CERT_EXPIRED') return seen.certificate?.validTo;
    return undefined;
  };
  const ipv6Code = await ipv6;
  if (ipv6Code && ipv6Code !== 'OK')
    findings.push({ code: 'IPV6_UNREACHABLE', reply: `${ipv6Address}: ${ipv6Code}` });
  const ranked = rankFindings([
    ...tlsProblems.map((code) => ({ code, ...(tlsDetail(code) ? { reply: tlsDetail(code) } : {}) })),
    ...findings,
  ]);
  const top = ranked[0]?.code ?? 'OK';
  const status = ranked.some((f) => !STAFF_ONLY_CODES.has(f.code))
    ? 'fail'
    : ranked.length > 0
      ? 'warn'
      : 'ok';
  // Without encryption the password is never sent: the login test is refused, whatever happened.
  const login =
    options.credentials && signIn && security === 'none' ? 'refused' : (outcome?.login ?? 'skipped');
  return {
    ...base,
    status,
    code: top,
    message:
      thrown && thrown.code === top
        ? thrown.message
        : (OUTCOME_MESSAGES[top] ?? 'The server answered, with a problem noted in the steps.'),
    findings: ranked,
    durationMs: Date.now() - started,
    tls: conn?.tls
      ? {
          version: conn.tls.version,
          cipher: conn.tls.cipher,
          grade: conn.tls.grade,
          weakness: conn.tls.weakness,
          certificate: conn.tls.certificate,
        }
      : null,
    auth: { beforeTls: outcome?.authBeforeTls ?? [], afterTls: outcome?.authAfterTls ?? [] },
    login,
    ipv6: ipv6Address && ipv6Code ? { address: ipv6Address, code: ipv6Code } : null,
    steps: steps.steps,
    transcript: conn?.transcript ?? [],
  };
}
