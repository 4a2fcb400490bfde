import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { ProbeConnection } from './probe-connection';
import { ProbeError } from './probe-errors';
import type { Deadline, ProbeTimeouts } from './probe-timeouts';
import { StepRecorder, type EndpointResult, type ProbeCredentials, type ProbeStep } from './probe-result';
import { imapSession } from './protocols/imap-session';
import { pop3Session } from './protocols/pop3-session';
import { smtpSession } from './protocols/smtp-session';

export interface ProbeOptions {
  registry: Pick<MailRegistry, 'resolve'>;
  timeouts: ProbeTimeouts;
  deadline: Deadline;
  ca?: string[];
  /** Login test; only ever sent over TLS with a sound certificate. */
  credentials?: ProbeCredentials;
  onStep?: (endpointId: string, step: ProbeStep) => void;
}

/** Log-side wording of outcomes a session returns rather than throws (customers see messages/*.json). */
const OUTCOME_MESSAGES: Partial<Record<string, string>> = {
  OK: 'The server works as expected.',
  AUTH_FAILED: 'The user name or password was not accepted.',
  AUTH_BEFORE_TLS: 'The server offers sign-in before encryption starts.',
  TLS_VERSION: 'The server negotiated an outdated TLS version.',
  CERT_EXPIRED: "The server's certificate has expired.",
  CERT_HOSTNAME: "The server's certificate does not name this host.",
  CERT_UNTRUSTED: "The server's certificate is not trusted.",
};

/** Control characters in credentials could smuggle extra protocol commands: refuse before connecting. */
export function assertSafeCredentials(credentials: ProbeCredentials) {
  if (/[\r\n\0]/.test(credentials.username) || /[\r\n\0]/.test(credentials.password)) {
    throw new ProbeError('PROTOCOL', 'The user name or password contains a line break or NUL character.');
  }
}

/** Probes one registry endpoint. Never throws: every outcome is a result with a code. */
export async function probeEndpoint(endpoint: Endpoint, options: ProbeOptions): Promise<EndpointResult> {
  const started = Date.now();
  const steps = new StepRecorder((step) => options.onStep?.(endpoint.id, step));
  const base = { id: endpoint.id, host: endpoint.host, port: endpoint.port, security: endpoint.security };
  let conn: ProbeConnection | null = null;
  try {
    conn = await ProbeConnection.open({
      host: endpoint.host,
      address: options.registry.resolve[endpoint.host] ?? endpoint.host,
      port: endpoint.probePort ?? endpoint.port,
      implicitTls: endpoint.security === 'tls',
      timeouts: options.timeouts,
      deadline: options.deadline,
      ca: options.ca,
    });
    steps.record('connect', 'ok', endpoint.security === 'tls' ? conn.tls?.version : undefined);

    // A password goes only over TLS (implicit, or after STARTTLS) and never past a doubtful certificate;
    // the sessions check the TLS state again right before logging in.
    const encrypted = endpoint.security !== 'none';
    const session = {
      starttls: endpoint.security === 'starttls',
      timeouts: options.timeouts,
      steps,
      credentials: encrypted ? options.credentials : undefined,
    };
    const outcome =
      endpoint.protocol === 'smtp'
        ? await smtpSession(conn, { ...session, authExpected: endpoint.auth })
        : endpoint.protocol === 'pop3'
          ? await pop3Session(conn, session)
          : await imapSession(conn, session);

    const tlsProblem = conn.tls?.problem ?? null;
    const login = options.credentials && !encrypted ? 'refused' : outcome.login;
    const code = tlsProblem ?? (login === 'failed' ? 'AUTH_FAILED' : (outcome.warnings[0] ?? 'OK'));
    const status = tlsProblem || login === 'failed' ? 'fail' : outcome.warnings.length > 0 ? 'warn' : 'ok';
    if (tlsProblem) steps.record('certificate', 'fail', tlsProblem);
    return {
      ...base,
      status,
      code,
      message: OUTCOME_MESSAGES[code] ?? 'The server answered, with a problem noted in the steps.',
      durationMs: Date.now() - started,
      tls: conn.tls
        ? { version: conn.tls.version, cipher: conn.tls.cipher, certificate: conn.tls.certificate }
        : null,
      auth: { beforeTls: outcome.authBeforeTls, afterTls: outcome.authAfterTls },
      login,
      steps: steps.steps,
      transcript: conn.transcript,
    };
  } catch (error) {
    const failure =
      error instanceof ProbeError ? error : new ProbeError('PROTOCOL', 'The probe failed unexpectedly.');
    steps.record(
      failure.detail.command ? `command ${failure.detail.command}` : 'connection',
      'fail',
      failure.code,
    );
    return {
      ...base,
      status: 'fail',
      code: failure.code,
      message: failure.message,
      durationMs: Date.now() - started,
      tls: conn?.tls
        ? { version: conn.tls.version, cipher: conn.tls.cipher, certificate: conn.tls.certificate }
        : null,
      auth: { beforeTls: [], afterTls: [] },
      login: 'skipped',
      steps: steps.steps,
      transcript: conn?.transcript ?? [],
    };
  } finally {
    conn?.close();
  }
}
