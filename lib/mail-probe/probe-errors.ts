/**
 * The closed set of probe result codes (documented in docs/checker.md). Every failure a probe can meet maps
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
  /** TCP connected, but the TLS handshake did not finish in time (kept apart from CONNECT_TIMEOUT). */
  'TLS_TIMEOUT',
  'TLS_VERSION',
  /**
   * TLS 1.2 or later, but with a cipher or key that current programs refuse (RC4, 3DES, a DH group
   * or RSA key under 2048 bits). Seen only because the diagnostic handshake allows it; no password.
   */
  'TLS_WEAK',
  'CERT_EXPIRED',
  'CERT_HOSTNAME',
  'CERT_UNTRUSTED',
  /** The server sends its certificate without the intermediates that link it to a trusted root. */
  'CHAIN_INCOMPLETE',
  /** Staff only: the certificate is valid but expires within the warning window. */
  'CERT_EXPIRING',
  'STARTTLS_UNAVAILABLE',
  'STARTTLS_FAILED',
  'AUTH_UNAVAILABLE',
  /** Staff only: sign-in is offered before encryption (a hygiene finding, not a customer's problem). */
  'AUTH_BEFORE_TLS',
  /** The server will refuse a password sent without encryption (what a program on port 110 meets). */
  'PLAINTEXT_REFUSED',
  /** The program's sign-in method (APOP, CRAM-MD5, SPA) is not one the server offers. */
  'AUTH_METHOD_UNAVAILABLE',
  'AUTH_FAILED',
  /** The server could not check the password just now (its fault, not the customer's). */
  'AUTH_TEMPORARY',
  /** The server is overloaded or in maintenance (SMTP 421, POP3 [SYS/TEMP] / [IN-USE], IMAP BYE [UNAVAILABLE]). */
  'SERVER_BUSY',
  /** Not probed: the port is blocked from the ISP's customer lines (outbound port 25 blocking). */
  'PORT_BLOCKED',
  /** Staff only: the host's IPv6 address (registry `ipv6`) does not answer, though IPv4 may. */
  'IPV6_UNREACHABLE',
  /**
   * The "can I send" step: the server refused MAIL FROM or RCPT TO with the customer's own address.
   * Whose problem it is comes from the reply (assess-check's sendRefusalNamesAddress).
   */
  'SEND_REFUSED',
  'DEADLINE',
] as const;
export type ProbeCode = (typeof PROBE_CODES)[number];

/** Codes that mean "try again later", not "broken": the customer is told to wait, not to call. */
export const TEMPORARY_CODES: ReadonlySet<ProbeCode> = new Set(['SERVER_BUSY', 'AUTH_TEMPORARY']);

/**
 * Findings about how our servers are kept, not about what a customer's program will meet: shown to
 * staff (report view, CLI, status probes), never as a warning to a customer whose settings are fine.
 */
export const STAFF_ONLY_CODES: ReadonlySet<ProbeCode> = new Set([
  'AUTH_BEFORE_TLS',
  'CERT_EXPIRING',
  'IPV6_UNREACHABLE',
]);

/**
 * Every finding of one probe, most important first: a later failure must never hide an earlier one
 * (an expired certificate stays the headline even when no AUTH follows).
 */
export const CODE_RANK: readonly ProbeCode[] = [
  'DEADLINE',
  'DNS',
  'CONNECT_REFUSED',
  'CONNECT_TIMEOUT',
  'PORT_BLOCKED',
  'SERVER_BUSY',
  'TLS_TIMEOUT',
  'TLS_HANDSHAKE',
  'TLS_VERSION',
  'TLS_WEAK',
  'CERT_EXPIRED',
  'CERT_HOSTNAME',
  'CHAIN_INCOMPLETE',
  'CERT_UNTRUSTED',
  'GREETING_TIMEOUT',
  'STARTTLS_UNAVAILABLE',
  'STARTTLS_FAILED',
  'COMMAND_TIMEOUT',
  'CONNECTION_CLOSED',
  'PROTOCOL',
  'PLAINTEXT_REFUSED',
  'AUTH_TEMPORARY',
  'AUTH_UNAVAILABLE',
  'AUTH_METHOD_UNAVAILABLE',
  'AUTH_FAILED',
  'SEND_REFUSED',
  'CERT_EXPIRING',
  'IPV6_UNREACHABLE',
  'AUTH_BEFORE_TLS',
  'OK',
];

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
