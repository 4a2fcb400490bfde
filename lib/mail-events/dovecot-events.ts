import { createHash } from 'node:crypto';
import { emptyOutcome, type MailEvent, type MailProtocol, type ParseOutcome } from './mail-event';

/**
 * Dovecot's event export (`event_exporter` with `format = json`, `format_args = time-rfc3339`,
 * Dovecot ≥ 2.3.7), as its `http-post` transport sends it: one JSON object per request,
 *
 *   {"event":"auth_request_finished","hostname":"mx1","start_time":"2026-12-07T01:36:16.359829Z",
 *    "end_time":"…","fields":{"success":"yes","mechanism":"PLAIN","transport":"TLS","service":"pop3",
 *    "session":"CAF4QAFiFq9/AAAB","local_ip":"…","local_port":995,"remote_ip":"…","remote_port":44822,
 *    "user":"…", …}}
 *
 * (`success` is absent on a failure). A JSON array of such objects, or one per line, is read too.
 * Only `auth_request_finished` of POP3, IMAP and Dovecot's own submission service is recorded:
 * SMTP AUTH that Postfix asks Dovecot for (service `smtp`) carries no port or TLS state and is
 * reported by Postfix's log instead. Anything else is counted, never fatal.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
const port = (value: unknown) => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 65536 ? n : null;
};

const SERVICES: Record<string, MailProtocol> = { pop3: 'pop3', imap: 'imap', submission: 'smtp' };

/** The JSON documents in a request body: one object, an array, or one object per line. */
export function splitJsonDocuments(body: string): { documents: unknown[]; malformed: number } {
  const text = body.trim();
  if (text === '') return { documents: [], malformed: 0 };
  try {
    const value: unknown = JSON.parse(text);
    return { documents: Array.isArray(value) ? value : [value], malformed: 0 };
  } catch {
    const documents: unknown[] = [];
    let malformed = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        documents.push(JSON.parse(line));
      } catch {
        malformed++;
      }
    }
    return { documents, malformed };
  }
}

/** One exported event → a mail event, `ignored` (another event or service) or `unknown` (not understood). */
export function parseDovecotEvent(document: unknown, receivedAt: Date): MailEvent | 'ignored' | 'unknown' {
  if (!isObject(document) || typeof document.event !== 'string' || !isObject(document.fields))
    return 'unknown';
  if (document.event !== 'auth_request_finished') return 'ignored';
  const fields = document.fields;
  const service = str(fields.service);
  if (!service) return 'unknown';
  const protocol = SERVICES[service];
  if (!protocol) return 'ignored';
  const end = str(document.end_time) ?? str(document.start_time);
  const endDate = end ? new Date(end) : null;
  const unixEnd = typeof document.end_time === 'number' ? new Date(document.end_time * 1000) : null;
  const at = endDate && !Number.isNaN(endDate.getTime()) ? endDate : (unixEnd ?? receivedAt);
  const transport = str(fields.transport)?.toLowerCase();
  const success = fields.success === 'yes' || fields.success === true;
  const error = str(fields.error) ?? '';
  const result = success ? 'ok' : /temporar|internal|unavailable/i.test(error) ? 'tempfail' : 'failed';
  const session = str(fields.session);
  const user = str(fields.user) ?? str(fields.original_user);
  const key = session
    ? `dovecot:${session}:${success ? 'ok' : 'fail'}`
    : `dovecot:event:${createHash('sha256')
        .update(
          JSON.stringify([
            document.hostname,
            document.start_time,
            document.end_time,
            service,
            user,
            fields.remote_ip,
            fields.remote_port,
            result,
          ]),
        )
        .digest('hex')
        .slice(0, 32)}`;
  return {
    source: 'dovecot',
    kind: 'login',
    at,
    user,
    evidence: user ? 'login' : null,
    protocol,
    port: port(fields.local_port),
    tls: transport === 'tls' ? true : transport === 'insecure' ? false : null,
    tlsVersion: null,
    mechanism: str(fields.mechanism),
    client: str(fields.remote_ip),
    result,
    key,
  };
}

export function parseDovecotEvents(body: string, receivedAt: Date): ParseOutcome {
  const outcome = emptyOutcome();
  const { documents, malformed } = splitJsonDocuments(body);
  outcome.unknown += malformed;
  for (const document of documents) {
    const event = parseDovecotEvent(document, receivedAt);
    if (event === 'ignored') outcome.ignored++;
    else if (event === 'unknown') outcome.unknown++;
    else outcome.events.push(event);
  }
  return outcome;
}
