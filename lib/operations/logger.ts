import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

/**
 * The portal's one logger (docs/operations.md, "Logs"): one JSON object per line on stdout, written
 * synchronously (no transport, so no worker thread inside Next), or readable lines for a terminal.
 * Each area logs through a child: `logger.child({ area: 'check' })`; a request's handler through
 * `requestLogger(request, 'check')`, which adds the request id.
 *
 * Secrets are removed by configuration (REDACT_PATHS), whatever a caller passes, and errors are
 * serialized as their class and code only (an error's message can quote what a user submitted or the
 * query behind it). Messages are fixed strings: user input (addresses, passwords, pasted text) never
 * goes into a message or a field.
 *
 * Settings, read once when the module loads:
 * - LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent.
 * - LOG_FORMAT: `json` or `pretty`; unset, pretty when stdout is a terminal, JSON otherwise.
 * Under vitest the output is discarded unless a test captures it (setLogDestination).
 */

const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'pass',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'sessions',
  'session',
  'credentials',
  'apiKey',
  'smtpUrl',
  'databaseUrl',
];

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `["${name}"]`);
const join = (prefix: string, name: string) =>
  key(name).startsWith('[') ? `${prefix}${key(name)}` : `${prefix}.${name}`;

/** Where secrets may sit in a logged object: at the top, one or two levels down, and in headers. */
export const REDACT_PATHS = [
  ...SECRET_KEYS.map(key),
  ...SECRET_KEYS.map((name) => join('*', name)),
  ...SECRET_KEYS.map((name) => join('*.*', name)),
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-portal-job-secret"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/** What a redacted value is replaced with. */
export const CENSOR = '[redacted]';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function logLevel(env: Record<string, string | undefined> = process.env): string {
  const level = env.LOG_LEVEL?.trim().toLowerCase();
  return level && LEVELS.includes(level) ? level : 'info';
}

export function logFormat(
  env: Record<string, string | undefined> = process.env,
  isTTY = Boolean(process.stdout.isTTY),
): 'json' | 'pretty' {
  const format = env.LOG_FORMAT?.trim().toLowerCase();
  if (format === 'json' || format === 'pretty') return format;
  return isTTY ? 'pretty' : 'json';
}

/** An error as it may be logged: its class and code (Prisma's P-codes, Node's E-codes), never its message. */
function safeError(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const responseCode = (error as { responseCode?: unknown }).responseCode;
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
  };
}

function defaultTarget(): DestinationStream {
  if (process.env.VITEST) return { write() {} };
  if (logFormat() === 'pretty') {
    // Formatted in the writing call, no stream in between: the line is out before the call returns.
    const prettify = prettyFactory({
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,area',
      messageFormat: '{if area}{area}: {end}{msg}',
      singleLine: true,
    });
    return { write: (line: string) => void process.stdout.write(prettify(line)) };
  }
  return pino.destination({ dest: 1, sync: true });
}

// The destination lives on globalThis: Next may load this module more than once (each route bundle,
// instrumentation), and a test's destination must reach every copy.
const holder = globalThis as unknown as {
  portalLogTarget?: DestinationStream;
  portalLogDefault?: DestinationStream;
};

/** Every copy of the logger writes through here to the current destination. */
const sink: DestinationStream = {
  write(line: string) {
    const target = holder.portalLogTarget ?? (holder.portalLogDefault ??= defaultTarget());
    target.write(line);
  },
};

/**
 * Tests: sends every log line (JSON, whatever LOG_FORMAT says) to `stream`; `null` restores the
 * default. Returns a function that restores the previous destination.
 */
export function setLogDestination(stream: DestinationStream | null): () => void {
  const previous = holder.portalLogTarget;
  holder.portalLogTarget = stream ?? undefined;
  return () => {
    holder.portalLogTarget = previous;
  };
}

const LINE_FORMAT = {
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label: string) => ({ level: label }) },
};

export const logger: Logger = pino(
  {
    level: logLevel(),
    ...LINE_FORMAT,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: { err: safeError, error: safeError },
  },
  sink,
);

/**
 * The one line per answered request (lib/operations/http-metrics.ts), in the same format and
 * destination. It has no redaction because its fields are fixed and hold nothing to hide (a route
 * template, a method, a status, a duration, a validated request id), and redaction's wildcard paths
 * cost about 30–50 µs a line against 6 µs, on every request (`npm run bench:operability`).
 */
export const requestLineLogger: Logger = pino({ level: logLevel(), ...LINE_FORMAT }, sink).child({
  area: 'http',
});

type HeaderSource = Pick<Headers, 'get'>;

/** A request id as accepted from the edge's `X-Request-Id`: a plain token; anything else is replaced. */
export const REQUEST_ID_PATTERN = /^[\w.:-]{8,128}$/;

/**
 * The request id of a request: its `X-Request-Id` when it is a plain token, else a new one. Under
 * `next start` every request has one by now (the edge's, or one lib/operations/http-metrics.ts gave it).
 */
export function requestId(source: Request | HeaderSource): string {
  // Next's headers() is Headers-like, not necessarily a Headers instance.
  const headers = 'get' in source ? source : source.headers;
  const given = headers.get('x-request-id');
  return given && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}

/** The logger of one request's work in `area`, with its request id. */
export function requestLogger(source: Request | HeaderSource, area: string): Logger {
  return logger.child({ area, requestId: requestId(source) });
}

export type { Logger };
