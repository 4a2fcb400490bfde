import type { DiagnosisCode } from './diagnosis-codes';

/**
 * SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463, and the registered and vendor
 * details seen in Postfix, Gmail and Microsoft replies): DATA, extended like message-table.ts.
 *
 * Enhanced codes are keyed by `subject.detail` (the class, 4 or 5, only says temporary or
 * permanent); `bounce` is the code to use when the text is a returned mail rather than what the
 * customer's program said (5.7.1 in a bounce is the recipient's server refusing the message; in a
 * program's dialog, our server refusing to relay).
 */
export const ENHANCED_STATUS: Record<
  string,
  { code: DiagnosisCode; weight: number; bounce?: DiagnosisCode }
> = {
  '1.1': { code: 'RECIPIENT_UNKNOWN', weight: 7 },
  '1.2': { code: 'RECIPIENT_UNKNOWN', weight: 6 },
  '1.3': { code: 'RECIPIENT_UNKNOWN', weight: 5 },
  '1.6': { code: 'RECIPIENT_UNKNOWN', weight: 5 },
  '1.10': { code: 'RECIPIENT_UNKNOWN', weight: 7 },
  '1.7': { code: 'SENDER_REJECTED', weight: 6 },
  '1.8': { code: 'SENDER_REJECTED', weight: 6 },
  '2.1': { code: 'RECIPIENT_UNKNOWN', weight: 5 },
  '2.2': { code: 'MAILBOX_FULL', weight: 7 },
  '2.3': { code: 'MESSAGE_TOO_LARGE', weight: 7 },
  '3.4': { code: 'MESSAGE_TOO_LARGE', weight: 7 },
  '3.1': { code: 'SERVER_BUSY', weight: 4 },
  '3.2': { code: 'SERVER_BUSY', weight: 4 },
  '4.1': { code: 'SERVER_BUSY', weight: 3 },
  '4.4': { code: 'RECIPIENT_UNKNOWN', weight: 4 },
  '4.7': { code: 'SERVER_BUSY', weight: 3 },
  '7.0': { code: 'SMTP_AUTH_REQUIRED', weight: 3, bounce: 'BLOCKED_AS_SPAM' },
  '7.1': { code: 'SMTP_AUTH_REQUIRED', weight: 4, bounce: 'BLOCKED_AS_SPAM' },
  '7.8': { code: 'WRONG_PASSWORD', weight: 7 },
  '7.9': { code: 'PLAINTEXT_LOGIN_REFUSED', weight: 6 },
  '7.10': { code: 'STARTTLS_REQUIRED', weight: 6 },
  '7.11': { code: 'STARTTLS_REQUIRED', weight: 7 },
  '7.57': { code: 'SMTP_AUTH_REQUIRED', weight: 8 },
  '7.7': { code: 'BLOCKED_AS_SPAM', weight: 6 },
  '7.23': { code: 'BLOCKED_AS_SPAM', weight: 7 },
  '7.25': { code: 'BLOCKED_AS_SPAM', weight: 7 },
  '7.26': { code: 'BLOCKED_AS_SPAM', weight: 7 },
  '7.27': { code: 'BLOCKED_AS_SPAM', weight: 7 },
  '7.28': { code: 'BLOCKED_AS_SPAM', weight: 7 },
  '7.708': { code: 'BLOCKED_AS_SPAM', weight: 7 },
  '7.750': { code: 'BLOCKED_AS_SPAM', weight: 7 },
};

/** Microsoft's 5.7.606–5.7.649: the sending address or IP is blocked. */
export function enhancedStatusRule(status: string) {
  const [klass, subject, detail] = status.split('.');
  const key = `${subject}.${detail}`;
  const found = ENHANCED_STATUS[key];
  // A temporary failure (4.x.x) is "try again later", except a full mailbox (4.2.2).
  if (klass === '4')
    return found?.code === 'MAILBOX_FULL'
      ? found
      : { code: 'SERVER_BUSY' as const, weight: found?.weight ?? 2 };
  if (found) return found;
  const n = Number(detail);
  if (subject === '7' && n >= 606 && n <= 649) return { code: 'BLOCKED_AS_SPAM' as const, weight: 7 };
  return undefined;
}

/** Basic SMTP reply codes, a weak sign that the words or the enhanced code refine. */
export const REPLY_CODES: Record<string, { code: DiagnosisCode; weight: number }> = {
  '421': { code: 'SERVER_BUSY', weight: 5 },
  '450': { code: 'SERVER_BUSY', weight: 3 },
  '451': { code: 'SERVER_BUSY', weight: 4 },
  '452': { code: 'SERVER_BUSY', weight: 3 },
  '454': { code: 'SERVER_BUSY', weight: 4 },
  '530': { code: 'SMTP_AUTH_REQUIRED', weight: 4 },
  '534': { code: 'PLAINTEXT_LOGIN_REFUSED', weight: 5 },
  '535': { code: 'WRONG_PASSWORD', weight: 6 },
  '538': { code: 'STARTTLS_REQUIRED', weight: 6 },
  '550': { code: 'RECIPIENT_UNKNOWN', weight: 2 },
  '551': { code: 'RECIPIENT_UNKNOWN', weight: 3 },
  '552': { code: 'MAILBOX_FULL', weight: 3 },
  '553': { code: 'SENDER_REJECTED', weight: 3 },
};
