import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSettings, forCustomer, type SettingsCheck } from '@/lib/mail-check/check-settings';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import { startDemoMail } from '@/lib/demo/mail/start-demo-mail';
import { DEMO_MAILBOX } from '@/lib/demo/mail/start-demo-mail';
import { parseRegistry } from '@/lib/mail-registry/load-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';

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
    // The demo server refuses every sender, as it accepts no mail at all.
    expect(result.yourSettings).toMatchObject([{ outcome: 'refused', code: 'SEND_REFUSED', login: 'ok' }]);
    const commands = sent(result, 0);
    expect(commands).toContain('MAIL FROM:<***>');
    expect(commands.some((c) => /^DATA|^BDAT/i.test(c))).toBe(false);
    expect(JSON.stringify(result.endpoints)).not.toContain(DEMO_MAILBOX.username);
  });
});
