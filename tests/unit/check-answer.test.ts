import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineOf, type HeadlineKey } from '@/lib/mail-check/assess-check';
import { checkSettings, forCustomer, type SettingsCheck } from '@/lib/mail-check/check-settings';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import { startDemoMail } from '@/lib/demo/mail/start-demo-mail';
import { DEMO_MAILBOX } from '@/lib/demo/mail/start-demo-mail';
import { parseRegistry } from '@/lib/mail-registry/load-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { flatEn, flatJa } from '../support/message-catalogs';

/**
 * The customer's answer against the demo mail servers (which behave as the real service: logins only
 * after TLS, LOGINDISABLED before STARTTLS, AUTH only after STARTTLS): the customer's own combination
 * is what gets tested, and the answer never contradicts itself.
 */

let registry: MailRegistry;
let stop: () => Promise<unknown>;
let dir: string;
const callerCa = process.env.MAIL_CA_FILE;
const fast = { connect: 1000, greeting: 800, command: 1000, tls: 1000, deadline: 5000 };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-answer-'));
  const demo = parseRegistry(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
  const mail = await startDemoMail({ dir, registry: demo, portOffset: 31_000 });
  stop = mail.stop;
  registry = parseRegistry(JSON.parse(fs.readFileSync(mail.registryFile, 'utf8')));
  process.env.MAIL_CA_FILE = mail.caFile;
});
afterAll(async () => {
  if (callerCa === undefined) delete process.env.MAIL_CA_FILE;
  else process.env.MAIL_CA_FILE = callerCa;
  await stop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

const settings = (value: unknown) => customerSettingsSchema.parse(value);
const check = (value: unknown, options: Parameters<typeof checkSettings>[2] = {}) =>
  checkSettings(registry, settings(value), { timeouts: fast, ...options });
const sent = (result: SettingsCheck, index: number) =>
  result.endpoints[index]!.transcript.filter((l) => l.dir === 'C').map((l) => l.text);

describe('the checker tests the customer’s own combination', () => {
  it('110 without SSL and 25 without AUTH: refused and blocked, never "working"; the fix proved separately', async () => {
    const result = await check(
      {
        client: 'outlook',
        email: DEMO_MAILBOX.username,
        incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
        outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'off' },
      },
      { credentials: DEMO_MAILBOX },
    );
    expect(result.verdict).toBe('action-required');
    expect(result.yourSettings).toMatchObject([
      { role: 'incoming', port: 110, outcome: 'refused', code: 'PLAINTEXT_REFUSED', login: 'refused' },
      {
        role: 'outgoing',
        port: 25,
        outcome: 'blocked',
        code: 'PORT_BLOCKED',
        policy: { effective: '2005-01-01', notice: 'outbound-port-25-blocking' },
      },
    ]);
    // The server's own refusal, as the customer's program would meet it.
    expect(result.yourSettings[0]!.reply).toMatch(/Plaintext/i);
    // The recommended settings work, with the password accepted over TLS.
    expect(result.recommended).toMatchObject([
      { role: 'incoming', port: 995, security: 'tls', outcome: 'works', login: 'ok' },
      { role: 'outgoing', port: 587, security: 'starttls', outcome: 'works', login: 'ok' },
    ]);
    // Port 25 is never dialled; port 110 hears no password, only a made-up user name.
    expect(result.endpoints.map((e) => [e.id, e.asConfigured])).toEqual([
      ['pop3', true],
      ['pop3s', false],
      ['submission', false],
    ]);
    expect(sent(result, 0).join('\n')).not.toMatch(/PASS|demo@example\.test|STLS/);
    expect(JSON.stringify(result)).not.toContain(DEMO_MAILBOX.password);
    // One list, in the order of Outlook's dialogs: sign-in first, then the Advanced tab.
    expect(result.changes.map((c) => [c.field, c.suggested])).toEqual([
      ['outgoing.auth', 'on'],
      ['incoming.port', '995'],
      ['incoming.security', 'tls'],
      ['outgoing.port', '587'],
      ['outgoing.security', 'starttls'],
    ]);
  });

  it('correct settings on 465 and 993: only those are tested, and no server hygiene reaches the customer', async () => {
    const result = await check({
      client: 'thunderbird',
      incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls' },
      outgoing: { server: 'mail.example.test', port: 465, security: 'tls', auth: 'on' },
    });
    expect(result.verdict).toBe('ok');
    expect(result.endpoints.map((e) => e.id)).toEqual(['imaps', 'submissions']);
    expect(result.recommended).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.endpoints.map(forCustomer).every((e) => e.status === 'ok')).toBe(true);
  });

  it('a wrong password is the headline, with every field correct', async () => {
    const result = await check(
      {
        client: 'iphone',
        email: DEMO_MAILBOX.username,
        incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls' },
        outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
      },
      { credentials: { username: DEMO_MAILBOX.username, password: 'not-the-password' } },
    );
    expect(result.verdict).toBe('login-failed');
    expect(result.fields.every((f) => f.status === 'ok' && !f.breaksOn)).toBe(true);
    expect(result.changes).toEqual([]);
    expect(result.yourSettings.map((s) => s.outcome)).toEqual(['login-failed', 'login-failed']);
  });

  it('587 without encryption but with AUTH: refused, because AUTH is only offered after STARTTLS', async () => {
    const result = await check({
      client: 'becky',
      outgoing: { server: 'mail.example.test', port: 587, security: 'none', auth: 'on' },
    });
    expect(result.yourSettings).toMatchObject([{ outcome: 'refused', code: 'PLAINTEXT_REFUSED' }]);
    expect(result.changes).toMatchObject([{ field: 'outgoing.security', suggested: 'starttls' }]);
    expect(result.recommended).toMatchObject([{ port: 587, security: 'starttls', outcome: 'works' }]);
  });

  it('a security choice that does not fit the port is what the program meets', async () => {
    const result = await check({
      client: 'thunderbird',
      incoming: { protocol: 'imap', server: 'mail.example.test', port: 143, security: 'tls' },
      outgoing: { server: 'mail.example.test', port: 465, security: 'starttls', auth: 'on' },
    });
    expect(result.yourSettings).toMatchObject([
      { role: 'incoming', outcome: 'refused', code: 'TLS_HANDSHAKE', expects: 'starttls' },
      { role: 'outgoing', outcome: 'refused', code: 'GREETING_TIMEOUT', expects: 'tls' },
    ]);
    expect(result.verdict).toBe('action-required');
    expect(result.changes.map((c) => [c.field, c.suggested])).toEqual([
      ['incoming.security', 'starttls'],
      ['outgoing.security', 'tls'],
    ]);
  });

  it('a sign-in method the server does not offer becomes a change of that field', async () => {
    const result = await check({
      client: 'thunderbird',
      incoming: {
        protocol: 'imap',
        server: 'mail.example.test',
        port: 993,
        security: 'tls',
        auth: 'cram-md5',
      },
    });
    expect(result.yourSettings).toMatchObject([{ outcome: 'refused', code: 'AUTH_METHOD_UNAVAILABLE' }]);
    expect(result.changes).toMatchObject([
      { field: 'incoming.auth', suggested: 'password', reason: 'auth-method-unavailable' },
    ]);
    expect(result.verdict).toBe('action-required');
  });

  it('"can I send": MAIL FROM and RCPT TO the customer’s address, then RSET, never DATA', async () => {
    const result = await check(
      {
        client: 'outlook',
        email: DEMO_MAILBOX.username,
        outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
      },
      { credentials: DEMO_MAILBOX, sendTest: true },
    );
    // The demo server takes the demo mailbox as sender and recipient (and refuses DATA, never sent).
    expect(result.yourSettings).toMatchObject([{ outcome: 'works', login: 'ok', sendTest: 'passed' }]);
    const commands = sent(result, 0);
    expect(commands).toEqual(expect.arrayContaining(['MAIL FROM:<***>', 'RCPT TO:<***>', 'RSET']));
    expect(commands.some((c) => /^DATA|^BDAT/i.test(c))).toBe(false);
    expect(JSON.stringify(result.endpoints)).not.toContain(DEMO_MAILBOX.username);
  });
});

/** The headline as the page words it (`Checker.verdict.<key>`), in one language. */
const headline = (result: SettingsCheck, catalog: Record<string, string>, locale: string) => {
  const { key, date } = headlineOf(result);
  return new IntlMessageFormat(catalog[`Checker.verdict.${key}`]!, locale).format({
    date: date ?? '',
    id: 'ABCDE-FGHJK',
  }) as string;
};

describe('the answer never contradicts itself', () => {
  it('correct modern settings, the right password and the send test: the success headline, no list', async () => {
    const result = await check(
      {
        client: 'thunderbird',
        email: DEMO_MAILBOX.username,
        incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls' },
        outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
      },
      { credentials: DEMO_MAILBOX, sendTest: true },
    );
    expect(result.yourSettings).toMatchObject([
      { role: 'incoming', outcome: 'works', login: 'ok' },
      { role: 'outgoing', outcome: 'works', login: 'ok', sendTest: 'passed' },
    ]);
    expect(result.changes).toEqual([]);
    expect(result.verdict).toBe('ok');
    expect(headlineOf(result)).toEqual({ key: 'ok' });
    expect(headline(result, flatJa, 'ja')).toBe('設定は正しく、当社のサーバーも正常に応答しました。');
  });

  it('the old settings (110, 25, POP before SMTP) with the send test: the way out is shown working', async () => {
    const result = await check(
      {
        client: 'outlook',
        email: DEMO_MAILBOX.username,
        incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
        outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'pop-before-smtp' },
      },
      { credentials: DEMO_MAILBOX, sendTest: true },
    );
    // Every recommended setting works, the send test included: "change to 587" is believable.
    expect(result.recommended).toMatchObject([
      { role: 'incoming', port: 995, outcome: 'works', login: 'ok' },
      {
        role: 'outgoing',
        port: 587,
        security: 'starttls',
        outcome: 'works',
        login: 'ok',
        sendTest: 'passed',
      },
    ]);
    expect(result.verdict).toBe('action-required');
    expect(result.changes.map((c) => c.field)).toContain('outgoing.port');
    expect(headlineOf(result)).toEqual({ key: 'action-required' });
  });

  it('a wrong password with other changes needed: the password first, and the list as well', async () => {
    const result = await check(
      {
        client: 'outlook',
        email: DEMO_MAILBOX.username,
        incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
        outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
      },
      { credentials: { username: DEMO_MAILBOX.username, password: 'not-the-password' } },
    );
    expect(result.verdict).toBe('login-failed');
    expect(result.changes.map((c) => c.field)).toEqual(['incoming.port', 'incoming.security']);
    expect(headlineOf(result)).toEqual({ key: 'login-failed-changes' });
    expect(headline(result, flatJa, 'ja')).toBe(
      'メールパスワードが受け付けられませんでした。パスワードのほかに、下記の設定の変更も必要です。',
    );
    expect(headline(result, flatEn, 'en')).toBe(
      'Your mail password was not accepted. Besides the password, the settings below also need to be changed.',
    );
  });

  it('the demo SMTP server takes the send test for the demo mailbox only, and never a message', async () => {
    const submissions = registry.endpoints.find((e) => e.id === 'submissions')!;
    const replies = await smtpExchange(submissions.probePort!, [
      `AUTH PLAIN ${Buffer.from(`\0${DEMO_MAILBOX.username}\0${DEMO_MAILBOX.password}`).toString('base64')}`,
      'MAIL FROM:<someone-else@example.test>',
      `MAIL FROM:<${DEMO_MAILBOX.username}>`,
      'RCPT TO:<someone-else@example.test>',
      `RCPT TO:<${DEMO_MAILBOX.username}>`,
      'DATA',
      'Subject: test\r\n\r\nhello\r\n.',
      'QUIT',
    ]);
    expect(replies.map((r) => r.slice(0, 3))).toEqual([
      '235',
      '553',
      '250',
      '550',
      '250',
      '354',
      '554',
      '221',
    ]);
    // The refusals name the address (X.1.Y), as a real server's would.
    expect(replies[1]).toMatch(/^553 5\.1\.\d/);
    expect(replies[3]).toMatch(/^550 5\.1\.\d/);
  });
});

describe('the headline summarises exactly what follows', () => {
  const works = { role: 'outgoing', host: 'h', port: 587, security: 'starttls', login: 'ok' } as const;
  const change = { field: 'outgoing.port', status: 'change', current: '25', suggested: '587' } as const;
  const later = { ...change, status: 'ok', breaksOn: '2099-01-01' } as const;
  const answer = (
    verdict: SettingsCheck['verdict'],
    outcome: Partial<SettingsCheck['yourSettings'][number]>,
    changes: unknown[] = [],
    recommended: Partial<SettingsCheck['yourSettings'][number]>[] = [],
  ) =>
    headlineOf({
      verdict,
      yourSettings: [{ ...works, outcome: 'works', code: 'OK', ...outcome }],
      recommended: recommended.map((r) => ({ ...works, outcome: 'works', code: 'OK', ...r })),
      changes: changes as SettingsCheck['changes'],
    }).key;

  it('never "change the settings below" without a list below', () => {
    expect(answer('action-required', { outcome: 'refused', code: 'PLAINTEXT_REFUSED' })).toBe('refused');
    expect(answer('action-required', { outcome: 'refused', code: 'SEND_REFUSED' })).toBe('address-refused');
    expect(answer('action-required', { outcome: 'refused', code: 'SEND_REFUSED' }, [change])).toBe(
      'address-refused-changes',
    );
    expect(answer('action-required', {}, [change])).toBe('action-required');
    expect(answer('action-required', {}, [later])).toBe('upcoming');
    // Refused today: not "works today".
    expect(answer('action-required', { outcome: 'refused', code: 'PLAINTEXT_REFUSED' }, [later])).toBe(
      'action-required',
    );
  });

  it('a busy or faulty server, or a wrong password, says so and whether changes are needed too', () => {
    expect(answer('busy', { outcome: 'busy', code: 'SERVER_BUSY' })).toBe('busy');
    expect(answer('busy', { outcome: 'busy', code: 'SERVER_BUSY' }, [change])).toBe('busy-changes');
    expect(answer('error', { outcome: 'our-problem', code: 'CERT_EXPIRED' })).toBe('error');
    expect(answer('error', { outcome: 'our-problem', code: 'CERT_EXPIRED' }, [change])).toBe('error-changes');
    expect(answer('login-failed', { outcome: 'login-failed', code: 'AUTH_FAILED' })).toBe('login-failed');
    expect(answer('login-failed', { outcome: 'login-failed', code: 'AUTH_FAILED' }, [change])).toBe(
      'login-failed-changes',
    );
    expect(answer('login-failed', { outcome: 'login-failed', code: 'AUTH_FAILED' }, [later])).toBe(
      'login-failed-upcoming',
    );
  });

  it('a send test refused by our server asks for support with the report ID, in both languages', () => {
    const refused = { outcome: 'our-problem', code: 'SEND_REFUSED' } as const;
    expect(answer('error', refused)).toBe('send-refused');
    expect(answer('error', {}, [change], [refused])).toBe('send-refused-changes');
    expect(answer('error', refused, [], [{ outcome: 'our-problem', code: 'CERT_EXPIRED' }])).toBe('error');
    for (const catalog of [flatEn, flatJa])
      for (const key of ['send-refused', 'send-refused-changes'])
        expect(catalog[`Checker.verdict.${key}`]).toContain('{id}');
  });

  it('every headline is worded in both languages', () => {
    const keys: HeadlineKey[] = [
      'ok',
      'action-required',
      'upcoming',
      'refused',
      'address-refused',
      'address-refused-changes',
      'login-failed',
      'login-failed-changes',
      'login-failed-upcoming',
      'busy',
      'busy-changes',
      'error',
      'error-changes',
      'send-refused',
      'send-refused-changes',
    ];
    for (const catalog of [flatEn, flatJa])
      for (const key of keys) expect(catalog[`Checker.verdict.${key}`], key).toBeTruthy();
  });
});

/** One SMTP session over implicit TLS to a demo port: each line sent, its reply's last line. */
async function smtpExchange(port: number, lines: string[]): Promise<string[]> {
  const socket = tls.connect({
    host: '127.0.0.1',
    port,
    servername: 'mail.example.test',
    ca: fs.readFileSync(process.env.MAIL_CA_FILE!),
  });
  const replies: string[] = [];
  let buffer = '';
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const read = () => {
        const match = /^(\d{3}) .*$/m.exec(buffer);
        if (!match) return;
        const end = buffer.indexOf('\n', match.index);
        socket.off('data', onData);
        buffer = buffer.slice(end + 1);
        resolve(match[0].trimEnd());
      };
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString('latin1');
        read();
      };
      socket.on('data', onData);
      socket.once('error', reject);
      read();
    });
  await next(); // greeting
  socket.write('EHLO checker.invalid\r\n');
  await next();
  for (const line of lines) {
    socket.write(`${line}\r\n`);
    replies.push(await next());
  }
  socket.destroy();
  return replies;
}
