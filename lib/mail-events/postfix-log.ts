import { createHash } from 'node:crypto';
import { parseLines, parseLogLine, SessionTable, type LineOptions } from './log-line';
import { normalizeTlsVersion, type MailEvent, type ParseOutcome } from './mail-event';

/**
 * Postfix's log (Postfix 3.x, `maillog_file` or syslog), one stream at a time. Postfix names the
 * service in each line's program (`postfix/smtpd` on 25, `postfix/submission/smtpd`,
 * `postfix/smtps/smtpd`, as Debian's master.cf sets `syslog_name`), so every line tells its port.
 * Recorded:
 *
 *   warning: unknown[192.0.2.7]: SASL PLAIN authentication failed: …, sasl_username=user@example.test
 *   4F2C81A3: client=unknown[192.0.2.7], sasl_method=PLAIN, sasl_username=user@example.test
 *   NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 554 5.7.1 <x@elsewhere.test>: Relay access denied; from=<…> to=<…> proto=ESMTP helo=<…>
 *   NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 553 5.7.1 <…>: Sender address rejected: not owned by user …; from=<…> …
 *   4F2C81A3: to=<user@example.test>, relay=…, status=bounced (… 5.2.2 … quota exceeded …)
 *
 * and, to know each connection's TLS version (`smtpd_tls_loglevel = 1`), per smtpd process:
 *
 *   connect from unknown[192.0.2.7]
 *   Anonymous TLS connection established from unknown[192.0.2.7]: TLSv1.2 with cipher …
 *   disconnect from unknown[192.0.2.7] ehlo=1 auth=1 …
 *
 * A successful SMTP AUTH is logged with its user name only once the client starts a message
 * (`client=…, sasl_username=…`): a login that sends nothing is not seen by user. Each recorded line
 * is its own event (its key is the line: a line posted twice counts once).
 */

/** syslog_name service → the port it listens on (MAIL_EVENTS_POSTFIX_SERVICES adds or changes some). */
export const DEFAULT_POSTFIX_SERVICES: Record<string, number> = {
  smtp: 25,
  submission: 587,
  smtps: 465,
  submissions: 465,
};

/** `submission=587,smtps=465,msa=10587` → a map (invalid entries are left out). */
export function parsePostfixServices(text: string | undefined): Record<string, number> {
  const map = { ...DEFAULT_POSTFIX_SERVICES };
  for (const entry of (text ?? '').split(',')) {
    const match = /^\s*([\w.-]+)\s*=\s*(\d{1,5})\s*$/.exec(entry);
    if (match && Number(match[2]) > 0 && Number(match[2]) < 65536) map[match[1]!] = Number(match[2]);
  }
  return map;
}

interface Session {
  client: string | null;
  tlsVersion: string | null;
  tls: boolean;
}

const PROGRAM = /^postfix(?:\/([\w.-]+(?:\/[\w.-]+)*))?\/(smtpd|smtp|lmtp|local|virtual|pipe|[\w-]+)$/;
/** A log's program names are few (`postfix/submission/smtpd` …): each is read once, up to this many. */
const MAX_PROGRAMS = 1_000;

const CLIENT = /([^\s[]*)\[([^\]]+)\](?::\d+)?/;
/** Deliveries: `4F2C81A3: to=<…>, relay=…, status=bounced (…)`. */
const DELIVERY = /^[0-9A-Za-z]+: to=<([^>]*)>,.*\bstatus=(bounced|deferred) \((.*)\)$/;
/** `Anonymous TLS connection established from …: TLSv1.2 with cipher …` */
const TLS_ESTABLISHED = /^\w+ TLS connection established from [^:]+: (\S+) with cipher/;
/** `warning: unknown[192.0.2.7]: SASL PLAIN authentication failed: …, sasl_username=…` */
const SASL_FAILED =
  /^warning: [^:]*\[([^\]]+)\](?::\d+)?: SASL (\S+) authentication failed(?::.*?)?(?:, sasl_username=(\S+))?$/;
/** `4F2C81A3: client=unknown[192.0.2.7], sasl_method=PLAIN, sasl_username=…` */
const CLIENT_LINE =
  /^[0-9A-Za-z]+: client=[^\s[]*\[([^\]]+)\](?::\d+)?(?:, sasl_method=([^,\s]+))?(?:, sasl_username=([^,\s]+))?/;
/** `NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 554 5.7.1 <…>: Relay access denied; from=<…> …` */
const REJECT =
  /^NOQUEUE: reject: (?:RCPT|MAIL) from [^\s[]*\[([^\]]+)\](?::\d+)?: (\d{3}) [\d.]+ <[^>]*>: (.*?); from=<([^>]*)>/;
const lineKey = (line: string) =>
  `postfix:${createHash('sha256').update(line.trim()).digest('hex').slice(0, 32)}`;
const QUOTA = /quota|mailbox (?:is )?full|\b5\.2\.2\b|\b4\.2\.2\b|over ?quota/i;

export class PostfixLogParser {
  private readonly sessions: SessionTable<Session>;
  private readonly services: Record<string, number>;
  private readonly programs = new Map<string, { daemon: string; service: string } | null>();

  constructor(options: { services?: Record<string, number>; maxSessions?: number } = {}) {
    this.services = options.services ?? DEFAULT_POSTFIX_SERVICES;
    this.sessions = new SessionTable(options.maxSessions ?? 10_000);
  }

  parse(lines: string[], options: LineOptions): ParseOutcome {
    return parseLines(lines, (raw) => this.parseOne(raw, options));
  }

  /** `postfix/submission/smtpd` → daemon smtpd, service submission (`postfix/smtpd`: service smtp). */
  private readProgram(name: string) {
    let program = this.programs.get(name);
    if (program === undefined) {
      const match = PROGRAM.exec(name);
      const daemon = match?.[2];
      program = daemon ? { daemon, service: match[1] ?? (daemon === 'smtpd' ? 'smtp' : daemon) } : null;
      if (this.programs.size >= MAX_PROGRAMS) this.programs.clear();
      this.programs.set(name, program);
    }
    return program;
  }

  private parseOne(raw: string, options: LineOptions): MailEvent | 'ignored' | 'unknown' {
    const line = parseLogLine(raw, options);
    if (!line) return 'unknown';
    const program = this.readProgram(line.program);
    if (!program) return 'ignored';
    const { daemon, service } = program;
    const message = line.message;

    // Deliveries (smtp/lmtp/local/virtual clients): only a full mailbox is of interest.
    if (daemon !== 'smtpd') {
      const delivery = DELIVERY.exec(message);
      if (delivery && QUOTA.test(delivery[3]!)) {
        return {
          source: 'postfix',
          kind: 'over-quota',
          at: line.at,
          user: delivery[1] || null,
          evidence: 'recipient',
          protocol: 'smtp',
          port: null,
          tls: null,
          tlsVersion: null,
          mechanism: null,
          client: null,
          result: 'refused',
          key: lineKey(raw),
        };
      }
      return 'ignored';
    }

    const port = this.services[service] ?? null;
    const sessionKey = `${line.host ?? ''}|${line.program}|${line.pid ?? ''}`;
    const session = this.sessions.get(sessionKey);
    const implicitTls = service === 'smtps' || service === 'submissions';

    if (message.startsWith('connect from ')) {
      this.sessions.set(sessionKey, {
        client: CLIENT.exec(message)?.[2] ?? null,
        tls: implicitTls,
        tlsVersion: null,
      });
      return 'ignored';
    }
    if (message.startsWith('disconnect from ')) {
      this.sessions.delete(sessionKey);
      return 'ignored';
    }
    const tlsLine = TLS_ESTABLISHED.exec(message);
    if (tlsLine) {
      this.sessions.set(sessionKey, {
        client: session?.client ?? CLIENT.exec(message)?.[2] ?? null,
        tls: true,
        tlsVersion: normalizeTlsVersion(tlsLine[1]),
      });
      return 'ignored';
    }

    const base = {
      source: 'postfix' as const,
      at: line.at,
      protocol: 'smtp' as const,
      port,
      tls: session ? session.tls : implicitTls ? true : null,
      tlsVersion: session?.tlsVersion ?? null,
      key: lineKey(raw),
    };

    const saslFailed = SASL_FAILED.exec(message);
    if (saslFailed) {
      return {
        ...base,
        kind: 'login',
        user: saslFailed[3] ?? null,
        evidence: saslFailed[3] ? 'login' : null,
        mechanism: saslFailed[2]!,
        client: saslFailed[1]!,
        result: 'failed',
      };
    }
    const client = CLIENT_LINE.exec(message);
    if (client) {
      if (!client[3]) return 'ignored';
      return {
        ...base,
        kind: 'login',
        user: client[3],
        evidence: 'login',
        mechanism: client[2] ?? null,
        client: client[1]!,
        result: 'ok',
      };
    }
    const reject = REJECT.exec(message);
    if (reject) {
      const text = reject[3]!;
      if (/Relay access denied/i.test(text)) {
        return {
          ...base,
          kind: 'relay-refused',
          user: reject[4] || null,
          evidence: reject[4] ? 'sender' : null,
          mechanism: null,
          client: reject[1]!,
          result: 'refused',
        };
      }
      if (/Sender address rejected/i.test(text)) {
        const owner = /not owned by user (\S+?)\.?$/.exec(text)?.[1];
        return {
          ...base,
          kind: 'sender-refused',
          user: owner ?? (reject[4] || null),
          evidence: owner ? 'login' : reject[4] ? 'sender' : null,
          mechanism: null,
          client: reject[1]!,
          result: 'refused',
        };
      }
      return 'ignored';
    }
    return 'ignored';
  }
}
