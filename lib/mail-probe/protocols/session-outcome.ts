import type { ProbeConnection } from '../probe-connection';
import type { ProbeTimeouts } from '../probe-timeouts';
import type { ProbeCredentials, ProbeFinding, StepRecorder } from '../probe-result';

/** How a protocol session is run: as the registry describes the endpoint, or as a customer's program would. */
export interface SessionOptions {
  starttls: boolean;
  timeouts: ProbeTimeouts;
  steps: StepRecorder;
  /** Login test; sent only over TLS that passed every check. */
  credentials?: ProbeCredentials;
  /**
   * The program will sign in without any encryption (what "None" on port 110 does): the session
   * finds out whether the server would take that login. It never sends a password to find out.
   */
  plaintextLogin?: boolean;
  /** Mechanisms any of which the program's sign-in method uses (APOP, CRAM-MD5, NTLM…); unset: any. */
  acceptedMethods?: readonly string[];
}

/** What a session found, beyond a hard failure (which it throws as a ProbeError). */
export interface SessionOutcome {
  authBeforeTls: string[];
  authAfterTls: string[];
  login: 'ok' | 'failed' | 'skipped' | 'refused';
  /** Problems that do not stop the session (a failed login, a hygiene warning), in the order found. */
  findings: ProbeFinding[];
}

/**
 * A password may go only over TLS whose version and certificate passed every check; an expiry
 * warning alone does not stop it (the certificate is still valid).
 */
export function passwordAllowed(conn: ProbeConnection): boolean {
  return Boolean(conn.tls) && conn.tls!.problems.every((p) => p === 'CERT_EXPIRING');
}

/**
 * The program's sign-in method against what the server offers: AUTH_METHOD_UNAVAILABLE when none of
 * the program's mechanisms is offered (Outlook's SPA against a server without NTLM, APOP on IMAP).
 */
export function methodFinding(offered: string[], accepted?: readonly string[]): ProbeFinding[] {
  if (!accepted || offered.length === 0 || accepted.some((m) => offered.includes(m))) return [];
  return [{ code: 'AUTH_METHOD_UNAVAILABLE', reply: offered.join(' ') }];
}

export type { ProbeTimeouts };
