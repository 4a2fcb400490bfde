import { createHash, timingSafeEqual } from 'node:crypto';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { readLimitedText } from '@/lib/http/read-limited-body';
import { logger } from '@/lib/operations/logger';
import { portalMetrics } from '@/lib/operations/metrics';
import { parseDovecotEvents } from './dovecot-events';
import { DovecotLogParser } from './dovecot-log';
import { DEFAULT_BATCH_SIZE, MailEventQueue } from './ingest-queue';
import type { MailEvent, MailEventSource, ParseOutcome } from './mail-event';
import { mailEventsHashKey, MailEventsNotConfigured } from './mailbox-identity';
import { parsePostfixServices, PostfixLogParser } from './postfix-log';
import { writeMailEvents } from './store-events';

const log = logger.child({ area: 'mail-events' });

/**
 * POST /api/mail-events/dovecot and POST /api/mail-events/postfix (docs/mail-events.md).
 *
 * - Only with MAIL_EVENTS_TOKEN set (404 otherwise, like /api/metrics), for a request carrying it as
 *   `Authorization: Bearer <token>`, or as the password of HTTP Basic authentication (Dovecot's
 *   exporter can only send a URL's user:password), compared in constant time; else 401.
 * - Dovecot: its exporter's JSON (one event, an array, or one per line), or its log lines as text/plain.
 *   Postfix: log lines as text/plain, or `{"lines": [...]}`.
 * - 202 `{accepted, ignored, unknown}` as soon as the events are queued; 503 `busy` at once (with
 *   Retry-After) when the queue is full, taking nothing of that request; 413 over 1 MB.
 */

export const MAX_BODY_BYTES = 1_000_000;
const NO_STORE = { 'Cache-Control': 'no-store' };
const json = (status: number, body: unknown, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Bearer <token>, or Basic with <token> as the password (any user name). */
export function mailEventsAuthorized(authorization: string | null, token: string): boolean {
  if (!authorization) return false;
  const space = authorization.indexOf(' ');
  const scheme = authorization.slice(0, space).toLowerCase();
  const value = authorization.slice(space + 1).trim();
  let given: string | null = null;
  if (scheme === 'bearer') given = value;
  else if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    given = colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  return timingSafeEqual(digest(given ?? ''), digest(token)) && given !== null;
}

export interface IngestDeps {
  token: string | undefined;
  queue: MailEventQueue;
  dovecotLog: DovecotLogParser;
  postfixLog: PostfixLogParser;
  now: () => Date;
  timeZone?: string;
  hashKey: () => string;
}

function envNumber(name: string, fallback: number, min: number, max: number) {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

const holder = globalThis as unknown as { portalMailEvents?: IngestDeps };

/** This process's queue and parsers (on globalThis: Next may load this module more than once). */
export function mailEventsDeps(): IngestDeps {
  holder.portalMailEvents ??= {
    get token() {
      return process.env.MAIL_EVENTS_TOKEN?.trim() || undefined;
    },
    queue: new MailEventQueue({
      capacity: envNumber('MAIL_EVENTS_QUEUE_MAX', 20_000, 100, 1_000_000),
      batchSize: envNumber('MAIL_EVENTS_BATCH', DEFAULT_BATCH_SIZE, 1, 10_000),
      write: async (events) =>
        writeMailEvents(events, {
          registry: await getActiveRegistry(),
          hashKey: mailEventsHashKey(),
          now: new Date(),
        }),
    }),
    dovecotLog: new DovecotLogParser(),
    postfixLog: new PostfixLogParser({
      services: parsePostfixServices(process.env.MAIL_EVENTS_POSTFIX_SERVICES),
    }),
    now: () => new Date(),
    timeZone: process.env.MAIL_EVENTS_LOG_TIMEZONE?.trim() || undefined,
    hashKey: () => mailEventsHashKey(),
  };
  return holder.portalMailEvents;
}

const lines = (text: string) => text.split(/\r?\n/);

export async function ingestResponse(
  request: Request,
  source: MailEventSource,
  deps: IngestDeps = mailEventsDeps(),
): Promise<Response> {
  const token = deps.token;
  if (!token) return json(404, { error: 'not-found' });
  if (!mailEventsAuthorized(request.headers.get('authorization'), token))
    return json(401, { error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer realm="mail-events"' });
  try {
    deps.hashKey();
  } catch (error) {
    if (!(error instanceof MailEventsNotConfigured)) throw error;
    log.error({ err: error }, 'MAIL_EVENTS_HASH_KEY is not set: mail events refused');
    return json(503, { error: 'not-configured' });
  }
  const metrics = portalMetrics();
  const busy = () => {
    metrics.mailEvents.inc({ source, outcome: 'refused' });
    return json(503, { error: 'busy' }, { 'Retry-After': '1' });
  };
  // Full already: refuse before reading the body.
  if (deps.queue.depth >= deps.queue.capacity) return busy();

  const body = await readLimitedText(request, MAX_BODY_BYTES);
  if (!body.ok) return json(body.error === 'too-large' ? 413 : 400, { error: body.error });
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const isJson = type.includes('json');
  const now = deps.now();
  const options = { now, timeZone: deps.timeZone };
  let outcome: ParseOutcome;
  if (source === 'dovecot') {
    outcome = isJson ? parseDovecotEvents(body.text, now) : deps.dovecotLog.parse(lines(body.text), options);
  } else {
    let input: string[];
    if (isJson) {
      let value: unknown;
      try {
        value = JSON.parse(body.text);
      } catch {
        return json(400, { error: 'invalid-request' });
      }
      const list = (value as { lines?: unknown } | null)?.lines;
      if (!Array.isArray(list) || !list.every((l) => typeof l === 'string'))
        return json(400, { error: 'invalid-request' });
      input = list;
    } else input = lines(body.text);
    outcome = deps.postfixLog.parse(input, options);
  }
  numberRepeatedLines(outcome.events);
  if (outcome.ignored > 0) metrics.mailEvents.inc({ source, outcome: 'ignored' }, outcome.ignored);
  if (outcome.unknown > 0) metrics.mailEvents.inc({ source, outcome: 'unknown' }, outcome.unknown);
  if (!deps.queue.offer(outcome.events)) return busy();
  return json(202, { accepted: outcome.events.length, ignored: outcome.ignored, unknown: outcome.unknown });
}

/**
 * A log line's key is the line itself, so a line posted again counts once. But a log can hold the
 * same line twice for two real events (a device failing its login twice within the log's one-second
 * resolution, in one session): within one request, the second and later copies of a line are
 * numbered, so each counts, and posting the same request again still changes nothing. (Copies that a
 * follower happens to send in two different requests still count once: the log cannot tell them apart.)
 */
export function numberRepeatedLines(events: MailEvent[]): void {
  const seen = new Map<string, number>();
  for (const event of events) {
    if (!event.key.startsWith('postfix:') && !event.key.startsWith('dovecot:line:')) continue;
    const copies = seen.get(event.key) ?? 0;
    seen.set(event.key, copies + 1);
    if (copies > 0) event.key = `${event.key}#${copies}`;
  }
}
