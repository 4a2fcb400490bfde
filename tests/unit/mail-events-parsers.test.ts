import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDovecotEvents } from '@/lib/mail-events/dovecot-events';
import { DovecotLogParser } from '@/lib/mail-events/dovecot-log';
import { parseLogLine } from '@/lib/mail-events/log-line';
import { parsePostfixServices, PostfixLogParser } from '@/lib/mail-events/postfix-log';

/**
 * The parsers against lines captured from the real Debian Postfix 3.7.11 and Dovecot 2.3.19 by
 * tests/integration/mail-events.test.ts (MAIL_EVENTS_CAPTURE), plus the shapes other setups log.
 */

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/mail-events/${name}`, 'utf8');
const now = new Date('2026-12-07T12:00:00Z');
const options = { now, timeZone: 'UTC' };
const summary = (e: {
  kind: string;
  protocol: string;
  port: number | null;
  tls: boolean | null;
  tlsVersion: string | null;
  result: string;
  user: string | null;
}) => `${e.kind} ${e.protocol} ${e.port} ${e.tls} ${e.tlsVersion} ${e.result} ${e.user}`;

describe('log line fronts', () => {
  it('reads maillog_file, syslog, RFC 3339 syslog and Dovecot log_path lines', () => {
    const postfix = parseLogLine(
      'Dec 07 01:44:09 mail postfix/smtpd[7191]: connect from unknown[127.0.0.1]',
      options,
    )!;
    expect(postfix).toMatchObject({
      host: 'mail',
      program: 'postfix/smtpd',
      pid: 7191,
      message: 'connect from unknown[127.0.0.1]',
    });
    expect(postfix.at.toISOString()).toBe('2026-12-07T01:44:09.000Z');
    expect(parseLogLine('Dec  7 01:44:09 mx1 postfix/submission/smtpd[12]: x', options)!.program).toBe(
      'postfix/submission/smtpd',
    );
    const iso = parseLogLine(
      '2026-12-07T10:44:09.123456+09:00 mx1 postfix/smtpd[12]: connect from x[192.0.2.1]',
      options,
    )!;
    expect(iso.at.toISOString()).toBe('2026-12-07T01:44:09.123Z');
    const dovecot = parseLogLine('Dec 07 01:44:09 pop3-login: Info: Login: user=<a>', options)!;
    expect(dovecot).toMatchObject({
      host: null,
      program: 'pop3-login',
      level: 'Info',
      message: 'Login: user=<a>',
    });
    const mail = parseLogLine(
      'Dec 07 01:44:09 imap(a@example.test)<7203><lpelXAFi+KF/AAAB>: Info: Disconnected: Logged out',
      options,
    )!;
    expect(mail.program).toBe('imap(a@example.test)<7203><lpelXAFi+KF/AAAB>');
    expect(parseLogLine('garbage', options)).toBeNull();
    expect(parseLogLine('Foo 07 01:44:09 mail postfix/smtpd[1]: x', options)).toBeNull();
  });

  it('gives a year-less line the year that is not in the future, in the servers’ time zone', () => {
    const newYear = { now: new Date('2027-01-01T00:00:30Z'), timeZone: 'UTC' };
    expect(parseLogLine('Dec 31 23:59:59 mx postfix/smtpd[1]: x', newYear)!.at.toISOString()).toBe(
      '2026-12-31T23:59:59.000Z',
    );
    const tokyo = { now, timeZone: 'Asia/Tokyo' };
    expect(parseLogLine('Dec 07 10:44:09 mx postfix/smtpd[1]: x', tokyo)!.at.toISOString()).toBe(
      '2026-12-07T01:44:09.000Z',
    );
  });

  it('reads a repeated stamp once, yet never carries it to another zone, year or line', () => {
    const line = 'Dec 07 10:44:09 mx postfix/smtpd[1]: x';
    const utc = parseLogLine(line, options)!;
    const again = parseLogLine(line, options)!;
    expect(again.at.toISOString()).toBe('2026-12-07T10:44:09.000Z');
    // Each line gets its own Date: changing one cannot move another line's time.
    again.at.setTime(0);
    expect(parseLogLine(line, options)!.at.toISOString()).toBe(utc.at.toISOString());
    // The same stamp in another zone, and read a year later: other instants.
    expect(parseLogLine(line, { now, timeZone: 'Asia/Tokyo' })!.at.toISOString()).toBe(
      '2026-12-07T01:44:09.000Z',
    );
    const nextYear = { now: new Date('2027-12-08T00:00:00Z'), timeZone: 'UTC' };
    expect(parseLogLine(line, nextYear)!.at.toISOString()).toBe('2027-12-07T10:44:09.000Z');
    // An RFC 3339 stamp without an offset is in the servers' zone, each zone its own instant.
    const bare = '2026-12-07T10:44:09.5 mx postfix/smtpd[1]: x';
    expect(parseLogLine(bare, options)!.at.toISOString()).toBe('2026-12-07T10:44:09.500Z');
    expect(parseLogLine(bare, { now, timeZone: 'Asia/Tokyo' })!.at.toISOString()).toBe(
      '2026-12-07T01:44:09.500Z',
    );
    expect(parseLogLine('2026-12-07T10:44:09Z mx postfix/smtpd[1]: x\r\n', options)!.message).toBe('x');
  });
});

describe('Dovecot event export', () => {
  it('reads the exporter’s real events: POP3 and IMAP logins, SMTP AUTH through Dovecot ignored', () => {
    const outcome = parseDovecotEvents(fixture('dovecot-2.3.19-events.ndjson'), now);
    expect(outcome.unknown).toBe(0);
    expect(outcome.ignored).toBeGreaterThanOrEqual(1); // service smtp (Postfix's own log reports it)
    expect(outcome.events.map(summary)).toEqual(
      expect.arrayContaining([
        'login imap 24143 true null ok probe-user@example.test',
        'login pop3 24995 true null ok probe-user@example.test',
      ]),
    );
    expect(outcome.events.every((e) => /^dovecot:[A-Za-z0-9+/]+:(ok|fail)$/.test(e.key))).toBe(true);
    expect(outcome.events[0]!.at.toISOString()).toMatch(/^2026-12-07T01:44:/);
  });

  it('reads a failure (no "success"), an array body, and counts what it does not know', () => {
    const failed = {
      event: 'auth_request_finished',
      hostname: 'mx1',
      start_time: '2026-12-07T01:36:17.286325Z',
      end_time: '2026-12-07T01:36:17.286586Z',
      fields: {
        mechanism: 'PLAIN',
        transport: 'insecure',
        service: 'imap',
        session: 'ViSGQAFi1MZ/AAAB',
        local_port: 143,
        remote_ip: '198.51.100.7',
        user: 'a@example.test',
      },
    };
    const other = { event: 'imap_command_finished', fields: {} };
    const outcome = parseDovecotEvents(JSON.stringify([failed, other, { nonsense: true }, 42]), now);
    expect(outcome.events.map(summary)).toEqual(['login imap 143 false null failed a@example.test']);
    expect(outcome.events[0]!.key).toBe('dovecot:ViSGQAFi1MZ/AAAB:fail');
    expect(outcome.ignored).toBe(1);
    expect(outcome.unknown).toBe(2);
    // Malformed lines of an NDJSON body are counted, the good ones kept.
    const mixed = parseDovecotEvents(`${JSON.stringify(failed)}\n{not json\n`, now);
    expect(mixed.events).toHaveLength(1);
    expect(mixed.unknown).toBe(1);
    expect(parseDovecotEvents('', now).events).toHaveLength(0);
  });
});

describe('Dovecot login-process log', () => {
  it('reads the real log: plaintext refused on 110, logins with their TLS version', () => {
    const outcome = new DovecotLogParser().parse(fixture('dovecot-2.3.19.log').split('\n'), options);
    expect(outcome.unknown).toBe(0);
    expect(outcome.events.map(summary)).toEqual([
      'login pop3 24110 false null plaintext-refused probe-user@example.test',
      'login imap 24143 true TLSv1.3 ok probe-user@example.test',
      'login pop3 24995 true TLSv1.3 ok probe-user@example.test',
    ]);
    // Keyed by session like the exporter's events, so the two reports of a login are one.
    const exported = parseDovecotEvents(fixture('dovecot-2.3.19-events.ndjson'), now).events.map(
      (e) => e.key,
    );
    expect(exported).toEqual(expect.arrayContaining(outcome.events.slice(1).map((e) => e.key)));
  });

  it('reads the shapes of older 2.3 and of syslog, a wrong password, TLS refused for its version, a full mailbox', () => {
    const lines = [
      // Older 2.3: no "Login failed" lines, the reason in the Disconnected line.
      'Dec  7 09:14:02 mx1 dovecot: pop3-login: Disconnected (tried to use disallowed plaintext auth): user=<old@example.test>, rip=198.51.100.23, lip=192.0.2.10, session=<Aa1>',
      'Dec  7 09:15:02 mx1 dovecot: imap-login: Disconnected (auth failed, 3 attempts in 12 secs): user=<tablet@example.test>, method=PLAIN, rip=198.51.100.24, lip=192.0.2.10, TLS, session=<Bb2>',
      'Dec 07 09:16:02 imap-login: Info: Disconnected: Connection closed: SSL_accept() failed: error:0A000102:SSL routines::unsupported protocol (no auth attempts in 0 secs): user=<>, rip=198.51.100.25, rport=50902, lip=192.0.2.10, lport=993, TLS handshaking: SSL_accept() failed: error:0A000102:SSL routines::unsupported protocol, session=<Cc3>',
      'Dec 07 09:17:02 lmtp(full@example.test)<123><Dd4>: Error: Mailbox INBOX: Failed to save mail: Quota exceeded (mailbox for user is full)',
      'Dec 07 09:18:02 master: Info: Dovecot v2.3.19.1 starting up',
      'Dec 07 09:18:03 pop3-login: Info: Disconnected: Connection closed (no auth attempts in 0 secs): user=<>, rip=198.51.100.26, lip=192.0.2.10, session=<Ee5>',
      'Dec 07 09:18:04 this is not a dovecot line',
    ];
    const outcome = new DovecotLogParser().parse(lines, options);
    expect(outcome.events.map(summary)).toEqual([
      'login pop3 null false null plaintext-refused old@example.test',
      'login imap null true null failed tablet@example.test',
      'tls-refused imap 993 false null refused null',
      'over-quota smtp null null null refused full@example.test',
    ]);
    expect(outcome.ignored).toBe(2);
    expect(outcome.unknown).toBe(1);
  });
});

describe('Postfix log', () => {
  const services = parsePostfixServices('tls10=24010');

  it('reads the real log: ports by service name, TLS versions, SASL failures and logins, refusals', () => {
    const outcome = new PostfixLogParser({ services }).parse(
      fixture('postfix-3.7.11.log').split('\n'),
      options,
    );
    expect(outcome.unknown).toBe(0);
    expect(outcome.events.map(summary)).toEqual([
      'relay-refused smtp 25 false null refused probe-user@example.test',
      'login smtp 587 true TLSv1.3 failed probe-user@example.test',
      'login smtp 587 true TLSv1.3 failed probe-user@example.test',
      'sender-refused smtp 587 true TLSv1.3 refused probe-user@example.test',
      'login smtp 587 true TLSv1.3 ok probe-user@example.test',
      'login smtp 24010 true TLSv1 ok probe-user@example.test',
    ]);
    expect(outcome.events.map((e) => e.client)).toEqual(Array(6).fill('127.0.0.1'));
    expect(outcome.events[0]!.evidence).toBe('sender');
    expect(outcome.events[3]!.evidence).toBe('login');
  });

  it('reads syslog lines of other setups, a full mailbox on delivery, and counts the rest', () => {
    const lines = [
      'Dec  7 09:14:02 mx1 postfix/smtps/smtpd[900]: connect from p123.example.net[2001:db8:8001::7]',
      'Dec  7 09:14:02 mx1 postfix/smtps/smtpd[900]: warning: p123.example.net[2001:db8:8001::7]: SASL LOGIN authentication failed: UGFzc3dvcmQ6, sasl_username=a@example.test',
      'Dec  7 09:14:03 mx1 postfix/smtpd[901]: NOQUEUE: reject: RCPT from unknown[198.51.100.9]:50123: 554 5.7.1 <x@elsewhere.test>: Relay access denied; from=<> to=<x@elsewhere.test> proto=ESMTP helo=<pc>',
      'Dec  7 09:14:04 mx1 postfix/lmtp[902]: 4F2C81A3: to=<full@example.test>, relay=mail[private/dovecot-lmtp], delay=0.1, dsn=5.2.2, status=bounced (host mail said: 552 5.2.2 <full@example.test> Quota exceeded (mailbox for user is full))',
      'Dec  7 09:14:05 mx1 postfix/qmgr[903]: 4F2C81A3: removed',
      'Dec  7 09:14:06 mx1 sshd[1]: something else',
      'not a log line at all',
    ];
    const outcome = new PostfixLogParser().parse(lines, options);
    expect(outcome.events.map(summary)).toEqual([
      'login smtp 465 true null failed a@example.test',
      'relay-refused smtp 25 null null refused null',
      'over-quota smtp null null null refused full@example.test',
    ]);
    expect(outcome.events[0]!.mechanism).toBe('LOGIN');
    expect(outcome.events[1]!.client).toBe('198.51.100.9');
    expect(outcome.ignored).toBe(3);
    expect(outcome.unknown).toBe(1);
  });

  it('keys each line by its text: the same line twice is one event', () => {
    const line =
      'Dec  7 09:14:03 mx1 postfix/smtpd[901]: NOQUEUE: reject: RCPT from unknown[198.51.100.9]: 554 5.7.1 <x@elsewhere.test>: Relay access denied; from=<a@example.test> to=<x@elsewhere.test> proto=ESMTP helo=<pc>';
    const parser = new PostfixLogParser();
    const [a] = parser.parse([line], options).events;
    const [b] = parser.parse([`${line}\r`], options).events;
    expect(a!.key).toBe(b!.key);
  });

  it('reads service names from MAIL_EVENTS_POSTFIX_SERVICES', () => {
    expect(parsePostfixServices('msa=10587, bad, x=99999')).toMatchObject({
      smtp: 25,
      submission: 587,
      msa: 10587,
    });
    expect(parsePostfixServices(undefined).x).toBeUndefined();
  });
});
