import { emptyOutcome, type MailEvent, type ParseOutcome } from './mail-event';

/**
 * The common front of mail server log lines: the time, the host and the program that wrote it, in
 * the three shapes they come in — classic syslog and Postfix's own `maillog_file` (`Dec  7 01:36:12
 * host postfix/smtpd[123]: …`, local time, no year), RFC 3339 syslog (`2026-12-07T01:36:12.123+09:00
 * host …`), and Dovecot's `log_path` file (`Dec 07 01:36:12 pop3-login: Info: …`, no host).
 */

export interface LogLine {
  at: Date;
  host: string | null;
  /** `postfix/submission/smtpd`, `pop3-login`, `imap(user@example.test)<123><session>`, `dovecot` … */
  program: string;
  pid: number | null;
  /** Dovecot's level (`Info`, `Error` …) when the line carries it. */
  level: string | null;
  message: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LEGACY_TIME = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))? /;
const ISO_TIME = /^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?) /;
const SYSLOG_REST = /^(\S+) ([^\s[:]+(?:\([^)]*\))?(?:<[^>]*>)*)(?:\[(\d+)\])?: (.*)$/;
const DOVECOT_REST = /^([^\s:]+(?:\([^)]*\))?(?:<[^>]*>)*): (Debug|Info|Warning|Error|Fatal|Panic): (.*)$/;

/** One formatter per time zone: building one costs far more than using it, and logs name one or two. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** The UTC offset (minutes) of an IANA time zone at an instant. */
function zoneOffsetMinutes(timeZone: string, at: number): number {
  const parts = zoneFormat(timeZone).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time without a year, in `timeZone` (IANA; the process's own zone when undefined):
 * the year that puts it at most a day after `now` (a log read on January 1st still has December's lines).
 */
export function legacyTime(
  fields: { month: number; day: number; hour: number; minute: number; second: number; micros: number },
  now: Date,
  timeZone?: string,
): Date {
  const at = (year: number) => {
    const ms = fields.micros / 1000;
    if (!timeZone)
      return new Date(
        year,
        fields.month,
        fields.day,
        fields.hour,
        fields.minute,
        fields.second,
        ms,
      ).getTime();
    const wall = Date.UTC(year, fields.month, fields.day, fields.hour, fields.minute, fields.second, ms);
    return wall - zoneOffsetMinutes(timeZone, wall) * 60_000;
  };
  let year = now.getUTCFullYear();
  if (at(year) > now.getTime() + 86_400_000) year -= 1;
  return new Date(at(year));
}

export interface LineOptions {
  now: Date;
  /** The servers' time zone for lines without one (MAIL_EVENTS_LOG_TIMEZONE); default the process's. */
  timeZone?: string;
}

/**
 * The last time stamp read and its instant: a log's lines come many to a second, so consecutive lines
 * mostly repeat the stamp, and reading it (a date parse, a time zone's offset) is the costliest part of
 * a line. Keyed by everything the reading depends on.
 */
let lastStamp = { key: '', time: Number.NaN };
function rememberedTime(key: string, read: () => Date): Date {
  if (key !== lastStamp.key) lastStamp = { key, time: read().getTime() };
  return new Date(lastStamp.time);
}

/** The line without its line break (most lines come without one). */
function withoutLineBreak(raw: string): string {
  const last = raw.charCodeAt(raw.length - 1);
  return last === 10 || last === 13 ? raw.replace(/[\r\n]+$/, '') : raw;
}

/** An RFC 3339 stamp; one without an offset is in `options.timeZone` (the process's own when unset). */
function isoTime(stamp: string, options: LineOptions): Date {
  const text = stamp.replace(' ', 'T');
  if (/(?:Z|[+-]\d\d:?\d\d)$/.test(text)) return new Date(text);
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?$/.exec(text);
  if (!m) return new Date(NaN);
  const fields = {
    month: Number(m[2]) - 1,
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6]),
    micros: Number((m[7] ?? '').slice(0, 6).padEnd(6, '0')),
  };
  // The year is given: shift "now" so legacyTime keeps it.
  return legacyTime(fields, new Date(Date.UTC(Number(m[1]), 11, 31)), options.timeZone);
}

/** The front of a log line, or null when it has none of the known shapes. */
export function parseLogLine(raw: string, options: LineOptions): LogLine | null {
  const line = withoutLineBreak(raw);
  let at: Date | null = null;
  let rest: string;
  const legacy = LEGACY_TIME.exec(line);
  if (legacy) {
    const month = MONTHS.indexOf(legacy[1]!);
    if (month < 0) return null;
    at = rememberedTime(`${legacy[0]}|${options.timeZone ?? ''}|${options.now.getTime()}`, () =>
      legacyTime(
        {
          month,
          day: Number(legacy[2]),
          hour: Number(legacy[3]),
          minute: Number(legacy[4]),
          second: Number(legacy[5]),
          micros: Number((legacy[6] ?? '').padEnd(6, '0')),
        },
        options.now,
        options.timeZone,
      ),
    );
    rest = line.slice(legacy[0].length);
  } else {
    const iso = ISO_TIME.exec(line);
    if (!iso) return null;
    const parsed = rememberedTime(`${iso[1]}|${options.timeZone ?? ''}`, () => isoTime(iso[1]!, options));
    if (Number.isNaN(parsed.getTime())) return null;
    at = parsed;
    rest = line.slice(iso[0].length);
  }
  const dovecot = DOVECOT_REST.exec(rest);
  if (dovecot)
    return { at, host: null, program: dovecot[1]!, pid: null, level: dovecot[2]!, message: dovecot[3]! };
  const syslog = SYSLOG_REST.exec(rest);
  if (!syslog) return null;
  return {
    at,
    host: syslog[1]!,
    program: syslog[2]!,
    pid: syslog[3] ? Number(syslog[3]) : null,
    level: null,
    message: syslog[4]!,
  };
}

/** Runs a parser's one-line function over a batch and tallies what it made of each line. */
export function parseLines(
  lines: string[],
  parseOne: (raw: string) => MailEvent | 'ignored' | 'unknown',
): ParseOutcome {
  const outcome = emptyOutcome();
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const result = parseOne(raw);
    if (result === 'unknown') outcome.unknown++;
    else if (result === 'ignored') outcome.ignored++;
    else outcome.events.push(result);
  }
  return outcome;
}

/**
 * The sessions a parser follows across lines, at most `max` of them: writing one makes it the newest,
 * and beyond `max` the oldest is forgotten (a session whose end never came cannot grow the table).
 */
export class SessionTable<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
