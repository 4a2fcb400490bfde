import type messages from '@/messages/en.json';
import type { PolicyKind } from '@/lib/mail-registry/registry-schema';

/**
 * The closed set of answers "paste the error, get the answer" gives (docs/diagnose.md). Each code
 * says whose side the problem is on, which FAQ entries explain it, which policy (if any) it stems
 * from and which settings bring the customer's program to the registry's recommended values.
 */
export const DIAGNOSIS_CODES = [
  'PORT_25_BLOCKED',
  'POP_BEFORE_SMTP_ENDED',
  'SMTP_AUTH_REQUIRED',
  'PLAINTEXT_LOGIN_REFUSED',
  'STARTTLS_REQUIRED',
  'ENCRYPTION_MISMATCH',
  'WRONG_PASSWORD',
  'CONNECTION_FAILED',
  'SERVER_NAME_WRONG',
  'CERTIFICATE_PROBLEM',
  'TLS_OUTDATED',
  'SENDER_REJECTED',
  'RECIPIENT_UNKNOWN',
  'MAILBOX_FULL',
  'MESSAGE_TOO_LARGE',
  'BLOCKED_AS_SPAM',
  'SERVER_BUSY',
  'UNKNOWN',
] as const;
export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

/**
 * Whose problem it is: `settings` (the customer's program: changing settings helps), `account` (the
 * password or the address, not the server settings), `other-side` (the recipient's server or
 * mailbox: changing settings will not help), `wait` (a busy server), `unknown`.
 */
export type DiagnosisSide = 'settings' | 'account' | 'other-side' | 'wait' | 'unknown';

/** Which of the program's settings move to the recommended values for this code. */
export type SettingsScope = 'outgoing' | 'incoming' | 'protocol' | 'server' | 'none';

/** The FAQ entries a cause can link, each named in messages Diagnose.faq. */
export type DiagnosisFaq = keyof (typeof messages)['Diagnose']['faq'];

export interface CodeInfo {
  side: DiagnosisSide;
  /** FAQ slugs (demo FAQ), the one that explains it best first. */
  faq: readonly DiagnosisFaq[];
  policy?: PolicyKind;
  settings: SettingsScope;
}

export const CODE_INFO: Record<DiagnosisCode, CodeInfo> = {
  PORT_25_BLOCKED: {
    side: 'settings',
    faq: ['port-25-blocked', 'error-messages'],
    policy: 'outbound-port-25-blocked',
    settings: 'outgoing',
  },
  POP_BEFORE_SMTP_ENDED: {
    side: 'settings',
    faq: ['relay-denied-error', 'error-messages'],
    policy: 'pop-before-smtp-ended',
    settings: 'outgoing',
  },
  SMTP_AUTH_REQUIRED: {
    side: 'settings',
    faq: ['relay-denied-error', 'error-messages'],
    settings: 'outgoing',
  },
  PLAINTEXT_LOGIN_REFUSED: {
    side: 'settings',
    faq: ['ssl-cannot-connect', 'error-messages'],
    policy: 'encrypted-login-required',
    settings: 'protocol',
  },
  STARTTLS_REQUIRED: {
    side: 'settings',
    faq: ['ssl-cannot-connect', 'error-messages'],
    policy: 'encrypted-login-required',
    settings: 'outgoing',
  },
  ENCRYPTION_MISMATCH: {
    side: 'settings',
    faq: ['ssl-cannot-connect', 'error-messages'],
    settings: 'protocol',
  },
  WRONG_PASSWORD: { side: 'account', faq: ['forgot-mail-password', 'error-messages'], settings: 'none' },
  CONNECTION_FAILED: {
    side: 'settings',
    faq: ['error-messages', 'ssl-cannot-connect'],
    settings: 'protocol',
  },
  SERVER_NAME_WRONG: { side: 'settings', faq: ['error-messages'], settings: 'server' },
  CERTIFICATE_PROBLEM: { side: 'settings', faq: ['certificate-warning'], settings: 'server' },
  TLS_OUTDATED: {
    side: 'settings',
    faq: ['ssl-cannot-connect'],
    policy: 'minimum-tls-version',
    settings: 'none',
  },
  SENDER_REJECTED: { side: 'account', faq: ['error-messages', 'relay-denied-error'], settings: 'none' },
  RECIPIENT_UNKNOWN: { side: 'other-side', faq: ['error-messages'], settings: 'none' },
  MAILBOX_FULL: { side: 'other-side', faq: ['mailbox-full'], settings: 'none' },
  MESSAGE_TOO_LARGE: { side: 'account', faq: ['error-messages'], settings: 'none' },
  BLOCKED_AS_SPAM: { side: 'other-side', faq: ['error-messages'], settings: 'none' },
  SERVER_BUSY: { side: 'wait', faq: ['error-messages'], settings: 'none' },
  UNKNOWN: { side: 'unknown', faq: ['error-messages'], settings: 'none' },
};
