/**
 * The closed set of probe result codes (documented in README.md). Every failure a probe can meet maps
 * to exactly one; the checker words each one for customers in their language.
 */
export const PROBE_CODES = [
  'OK',
  'CONNECT_REFUSED',
  'CONNECT_TIMEOUT',
  'DNS',
  'GREETING_TIMEOUT',
  'COMMAND_TIMEOUT',
  'CONNECTION_CLOSED',
  'PROTOCOL',
  'TLS_HANDSHAKE',
  'TLS_VERSION',
  'CERT_EXPIRED',
  'CERT_HOSTNAME',
  'CERT_UNTRUSTED',
  'STARTTLS_UNAVAILABLE',
  'STARTTLS_FAILED',
  'AUTH_UNAVAILABLE',
  'AUTH_BEFORE_TLS',
  'AUTH_FAILED',
  /** The server could not check the password just now (its fault, not the customer's). */
  'AUTH_TEMPORARY',
  'DEADLINE',
] as const;
export type ProbeCode = (typeof PROBE_CODES)[number];

/** A probe failure: its code, and where known the command sent and the server's (redacted) reply. */
export class ProbeError extends Error {
  constructor(
    readonly code: ProbeCode,
    message: string,
    readonly detail: { command?: string; reply?: string } = {},
  ) {
    super(message);
    this.name = 'ProbeError';
  }
}

/** Maps a socket-level error to a probe code. */
export function codeForSocketError(error: NodeJS.ErrnoException): ProbeCode {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'CONNECT_REFUSED';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return 'DNS';
    case 'ETIMEDOUT':
      return 'CONNECT_TIMEOUT';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'CONNECTION_CLOSED';
    default:
      return error.code?.startsWith('ERR_SSL') || error.code?.startsWith('ERR_TLS')
        ? 'TLS_HANDSHAKE'
        : 'PROTOCOL';
  }
}
