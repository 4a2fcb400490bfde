/**
 * A returned mail as a customer pastes it whole (its source): a `multipart/report` whose parts are
 * given as they appear between the boundaries (headers, blank line, body), for the diagnoser's tests.
 */
export const returnedMail = (parts: string[]) =>
  [
    'From: MAILER-DAEMON@mail.example.test (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    ...parts.flatMap((part) => ['--B', part]),
    '--B--',
    '',
  ].join('\n');

/** A part in base64 (UTF-8 text by default), as many servers send the human-readable part. */
export const base64Part = (text: string, contentType = 'text/plain; charset=utf-8') =>
  `Content-Type: ${contentType}\nContent-Transfer-Encoding: base64\n\n${Buffer.from(text, 'utf8').toString('base64')}`;

/** The customer's original, returned with the report: its words ("relay access denied") are not the error. */
export const RETURNED_ORIGINAL = [
  'Content-Type: message/rfc822',
  '',
  'From: taro@example.test',
  'To: hanako@other.test',
  'Subject: re: 554 5.7.1 Relay access denied',
  '',
  'Last week my program said: 554 5.7.1 Relay access denied. Port 25, Secure(SSL): No.',
  '',
].join('\n');
