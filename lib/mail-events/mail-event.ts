/**
 * What the mail servers saw, as one normalized event, whatever reported it: Dovecot's event export
 * (`auth_request_finished`), Dovecot's login-process log lines, or Postfix's log. The parsers produce
 * these; lib/mail-events/store-events.ts turns the mailbox into a keyed hash and the client's address
 * into "customer network / outside" plus its /24 or /48 before anything is written.
 */

export const MAIL_EVENT_SOURCES = ['dovecot', 'postfix'] as const;
export type MailEventSource = (typeof MAIL_EVENT_SOURCES)[number];

export const MAIL_PROTOCOLS = ['pop3', 'imap', 'smtp'] as const;
export type MailProtocol = (typeof MAIL_PROTOCOLS)[number];

/**
 * - `login`: an authentication attempt (POP3, IMAP, SMTP AUTH) and its result.
 * - `relay-refused`: Postfix refused to relay for a client that had not logged in (`Relay access
 *   denied`): what a program still set up for POP before SMTP, or for port 25 without AUTH, meets.
 * - `sender-refused`: Postfix refused the envelope sender (`Sender address rejected`).
 * - `tls-refused`: a TLS handshake refused for its protocol version (no mailbox is known yet).
 * - `over-quota`: mail for the mailbox refused or deferred because it is full.
 */
export const MAIL_EVENT_KINDS = [
  'login',
  'relay-refused',
  'sender-refused',
  'tls-refused',
  'over-quota',
] as const;
export type MailEventKind = (typeof MAIL_EVENT_KINDS)[number];

/**
 * - `ok`, `failed` (wrong password or unknown user), `tempfail` (the password database did not answer);
 * - `plaintext-refused`: a login sent without encryption where the server allows none;
 * - `refused`: the relay, sender, TLS or quota refusals.
 */
export const MAIL_EVENT_RESULTS = ['ok', 'failed', 'tempfail', 'plaintext-refused', 'refused'] as const;
export type MailEventResult = (typeof MAIL_EVENT_RESULTS)[number];

/** How the mailbox of an event is known: it logged in, or it is the envelope sender or recipient. */
export type MailboxEvidence = 'login' | 'sender' | 'recipient';

export interface MailEvent {
  source: MailEventSource;
  kind: MailEventKind;
  /** When the server saw it (from the event or the log line; the receiving time only as a last resort). */
  at: Date;
  /** The user name as the server logged it (normalized and hashed before storage), or null. */
  user: string | null;
  evidence: MailboxEvidence | null;
  protocol: MailProtocol;
  /** The server's local port (110, 143, 587 …), or null when the line does not tell it. */
  port: number | null;
  /** Whether the connection was encrypted (TLS or STARTTLS) when it happened; null when unknown. */
  tls: boolean | null;
  /** `TLSv1`, `TLSv1.1`, `TLSv1.2`, `TLSv1.3`, when known. */
  tlsVersion: string | null;
  /** The SASL mechanism (`PLAIN`, `LOGIN`, `CRAM-MD5` …), or null. */
  mechanism: string | null;
  /** The client's address as logged; never stored as it is. */
  client: string | null;
  result: MailEventResult;
  /**
   * What makes this event itself: two reports of the same attempt have the same key, so it is
   * counted once (Dovecot's session id and result, or the whole Postfix log line).
   */
  key: string;
}

/** `TLSv1` / `TLSv1.0` / `TLSv1.1` … as one spelling. */
export function normalizeTlsVersion(text: string | null | undefined): string | null {
  const match = /\bTLS\s?v?1(?:\.([0-3]))?\b/i.exec(text ?? '');
  if (!match) return /\bSSLv3\b/i.test(text ?? '') ? 'SSLv3' : null;
  return match[1] === undefined || match[1] === '0' ? 'TLSv1' : `TLSv1.${match[1]}`;
}

/** What a parser makes of one input: events, or why it has none. */
export interface ParseOutcome {
  events: MailEvent[];
  /** Recognized and deliberately not recorded (a Postfix queue line, Dovecot's master starting …). */
  ignored: number;
  /** Not understood: counted, never fatal. */
  unknown: number;
}

export const emptyOutcome = (): ParseOutcome => ({ events: [], ignored: 0, unknown: 0 });
