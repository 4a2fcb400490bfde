import { createHash } from 'node:crypto';
import { parseLines, parseLogLine, SessionTable, type LineOptions } from './log-line';
import { normalizeTlsVersion, type MailEvent, type MailProtocol, type ParseOutcome } from './mail-event';

/**
 * Dovecot's login-process log lines (Dovecot 2.3), for what the event export cannot see: a login
 * refused before authentication (a plaintext login on 110/143 where only encrypted logins are
 * allowed), the TLS version of each login, TLS handshakes refused for their version, and mailboxes
 * over quota. The lines carry `login_log_format_elements` as deploy/dovecot/mail-events.conf sets it:
 *
 *   user=<%u> method=%m rip=%r rport=%b lip=%l lport=%a mpid=%e %c session=<%{session}> tls=<%k>
 *
 * which Dovecot prints as `user=<…>, method=PLAIN, rip=…, rport=…, lip=…, lport=…, mpid=…, TLS,
 * session=<…>, tls=<TLSv1.3 with cipher …>` (elements with no value are left out). The default
 * format (no ports, no TLS version) is read as well; what it lacks stays unknown.
 *
 * One session's attempts are one event: the `Login failed:` lines (Dovecot ≥ 2.3.18) only mark the
 * session, whose `Disconnected … (auth failed, N attempts …)` line is recorded, keyed by the session
 * id like the exporter's event for the same session (so a session reported by both counts once).
 */

const LOGIN_PROCESS = /^(pop3|imap|submission|managesieve)-login$/;
const MAIL_PROCESS = /^(pop3|imap|lmtp|lda|dovecot-lda|submission)\(([^)]*)\)/;
const TLS_VERSION_FAILURE =
  /unsupported protocol|wrong version number|no protocols available|version too low|protocol version|unsupported_protocol/i;
const QUOTA = /quota exceeded|mailbox is full|\bOVERQUOTA\b|not enough disk space|\bquota\b.*\bfull\b/i;
const PLAINTEXT = /plaintext auth|Plaintext authentication disabled|SSL required for authentication/i;

/** The elements of a login line: `user=<…>, method=PLAIN, rip=…, …, TLS, session=<…>`. */
export function loginElements(text: string) {
  const value = (name: string) => {
    const bracketed = new RegExp(`(?:^|[ ,])${name}=<([^>]*)>`).exec(text);
    if (bracketed) return bracketed[1]!;
    const plain = new RegExp(`(?:^|[ ,])${name}=([^,\\s]+)`).exec(text);
    return plain ? plain[1]! : null;
  };
  const port = (name: string) => {
    const v = Number(value(name));
    return Number.isInteger(v) && v > 0 && v < 65536 ? v : null;
  };
  // %c: "TLS", "TLS handshaking[: error]" (not yet encrypted), "secured" (a trusted network), or absent.
  const secured = /(?:^|, )(TLS|secured)(?=,|$)/.exec(text)?.[1] ?? null;
  return {
    user: value('user') || null,
    method: value('method'),
    rip: value('rip'),
    rport: port('rport'),
    lip: value('lip'),
    lport: port('lport'),
    session: value('session'),
    tls: secured === 'TLS' ? true : secured === 'secured' ? null : false,
    tlsVersion: normalizeTlsVersion(value('tls')),
  };
}

const lineKey = (line: string) =>
  `dovecot:line:${createHash('sha256').update(line.trim()).digest('hex').slice(0, 32)}`;

/** Splits `Disconnected: <reason> (auth failed, 2 attempts in 0 secs): user=<…>, …` into reason and elements. */
function splitDisconnected(message: string) {
  const at = message.search(/: user=<|: method=|: rip=/);
  if (at < 0) return null;
  return { reason: message.slice('Disconnected'.length, at), elements: message.slice(at + 2) };
}

/**
 * A parser for one stream of Dovecot log lines. It remembers, per session, the `Login failed:` lines
 * that tell why (plaintext refused) until that session's `Disconnected` line; at most `maxSessions`.
 */
export class DovecotLogParser {
  private readonly plaintextSessions: SessionTable<true>;
  constructor(maxSessions = 10_000) {
    this.plaintextSessions = new SessionTable(maxSessions);
  }

  parse(lines: string[], options: LineOptions): ParseOutcome {
    return parseLines(lines, (raw) => this.parseOne(raw, options));
  }

  private parseOne(raw: string, options: LineOptions): MailEvent | 'ignored' | 'unknown' {
    const line = parseLogLine(raw, options);
    if (!line) return 'unknown';
    let { program, message } = line;
    // Through syslog: `host dovecot: pop3-login: Login: …` (the level is syslog's, not in the text).
    if (program === 'dovecot') {
      const inner =
        /^([^\s:]+(?:\([^)]*\))?(?:<[^>]*>)*): (?:(?:Debug|Info|Warning|Error|Fatal|Panic): )?(.*)$/.exec(
          message,
        );
      if (!inner) return 'unknown';
      program = inner[1]!;
      message = inner[2]!;
    } else if (line.host !== null && !/^dovecot\b/.test(program) && !LOGIN_PROCESS.test(program)) {
      return 'unknown';
    }

    const mail = MAIL_PROCESS.exec(program);
    if (mail) {
      if (!QUOTA.test(message)) return 'ignored';
      const protocol: MailProtocol = mail[1] === 'imap' ? 'imap' : mail[1] === 'pop3' ? 'pop3' : 'smtp';
      return {
        source: 'dovecot',
        kind: 'over-quota',
        at: line.at,
        user: mail[2] || null,
        evidence: mail[1] === 'imap' || mail[1] === 'pop3' ? 'login' : 'recipient',
        protocol,
        port: null,
        tls: null,
        tlsVersion: null,
        mechanism: null,
        client: null,
        result: 'refused',
        key: lineKey(raw),
      };
    }

    const login = LOGIN_PROCESS.exec(program);
    if (!login) return /^[a-z0-9-]+(\(|$|<)/i.test(program) ? 'ignored' : 'unknown';
    const protocol: MailProtocol = login[1] === 'pop3' ? 'pop3' : login[1] === 'imap' ? 'imap' : 'smtp';
    if (login[1] === 'managesieve') return 'ignored';

    if (message.startsWith('Login failed:')) {
      const e = loginElements(message);
      if (e.session && PLAINTEXT.test(message)) this.plaintextSessions.set(e.session, true);
      return 'ignored';
    }
    if (message.startsWith('Login: ')) {
      const e = loginElements(message.slice('Login: '.length));
      if (!e.user) return 'unknown';
      return {
        source: 'dovecot',
        kind: 'login',
        at: line.at,
        user: e.user,
        evidence: 'login',
        protocol,
        port: e.lport,
        tls: e.tls,
        tlsVersion: e.tlsVersion,
        mechanism: e.method,
        client: e.rip,
        result: 'ok',
        key: e.session ? `dovecot:${e.session}:ok` : lineKey(raw),
      };
    }
    if (!message.startsWith('Disconnected')) return 'ignored';
    const parts = splitDisconnected(message);
    if (!parts) return 'unknown';
    const e = loginElements(parts.elements);
    const reason = parts.reason;

    if (/\(no auth attempts/.test(reason) || /disconnected before auth was ready/.test(reason)) {
      const handshake = /TLS handshaking: (.*?)(?:, session=<|$)/.exec(parts.elements)?.[1] ?? '';
      if (!TLS_VERSION_FAILURE.test(handshake) && !TLS_VERSION_FAILURE.test(reason)) {
        // Plaintext refused without a recorded attempt (older 2.3: "tried to use disallowed plaintext auth").
        if (!/disallowed plaintext/.test(reason)) return 'ignored';
      } else {
        return {
          source: 'dovecot',
          kind: 'tls-refused',
          at: line.at,
          user: e.user,
          evidence: e.user ? 'login' : null,
          protocol,
          port: e.lport,
          tls: false,
          tlsVersion: null,
          mechanism: null,
          client: e.rip,
          result: 'refused',
          key: e.session ? `dovecot:${e.session}:tls` : lineKey(raw),
        };
      }
    }
    const plaintext =
      /disallowed plaintext/.test(reason) || (e.session !== null && this.plaintextSessions.has(e.session));
    if (!plaintext && !/\(auth failed|\(internal failure|\(auth aborted|\(auth unavailable/.test(reason))
      return 'ignored';
    if (e.session) this.plaintextSessions.delete(e.session);
    return {
      source: 'dovecot',
      kind: 'login',
      at: line.at,
      user: e.user,
      evidence: e.user ? 'login' : null,
      protocol,
      port: e.lport,
      tls: plaintext ? false : e.tls,
      tlsVersion: e.tlsVersion,
      mechanism: e.method,
      client: e.rip,
      result: plaintext
        ? 'plaintext-refused'
        : /\(internal failure|\(auth unavailable/.test(reason)
          ? 'tempfail'
          : 'failed',
      key: e.session ? `dovecot:${e.session}:fail` : lineKey(raw),
    };
  }
}
