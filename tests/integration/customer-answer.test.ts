import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSettings } from '@/lib/mail-check/check-settings';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';
import type { ProbeCredentials } from '@/lib/mail-probe/probe-result';
import { runProbes, type ProbeTarget } from '@/lib/mail-probe/run-probes';
import { registrySchema, type MailRegistry } from '@/lib/mail-registry/registry-schema';
import { buildRegistry } from '../support/mail-servers/real-registry';
import type { RealMailServers } from '../support/mail-servers/real-mail-servers';
import {
  secretForms,
  sent,
  skipRealServers,
  useRealMailServers,
} from '../support/mail-servers/real-server-suite';

/**
 * The customer's answer against real Postfix and Dovecot: what a program set up the customer's way
 * meets (plaintext refused, a busy greeting, a password check that is down, TLS 1.0), and the
 * verdict checkSettings builds from it. The demo servers (tests/unit/check-answer.test.ts) only
 * imitate these replies; here the servers' own words are what the engine has to understand.
 * Its own server instance, so real-servers.test.ts's log assertions are not disturbed.
 */

const skip = skipRealServers('the customer-answer tests against real servers');

const HOST = 'mail.example.test';

/**
 * The harness's registry as the ISP runs it for customers: port 25 blocked from customer lines (the
 * harness leaves it open so the relay can be probed) and logins only with encryption.
 */
function customerRegistry(servers: RealMailServers): MailRegistry {
  const registry = buildRegistry(servers);
  return registrySchema.parse({
    ...registry,
    endpoints: registry.endpoints.map((e) =>
      e.id === 'smtp' ? { ...e, blockedFromCustomerNetworks: true } : e,
    ),
    policies: [
      { id: 'outbound-port-25-blocked', effective: '2005-01-01', notice: 'outbound-port-25-blocking' },
      { id: 'encrypted-login-required', effective: '2022-08-01', notice: 'encrypted-login-required-2022' },
    ],
  });
}

const asCustomer = (endpointId: string, security: 'none' | 'starttls' | 'tls'): ProbeTarget => ({
  endpointId,
  program: { security, signIn: true },
});

describe.skipIf(skip)('the customer’s answer against real Postfix and Dovecot', () => {
  const suite = useRealMailServers(customerRegistry);

  const check = (value: unknown, credentials?: ProbeCredentials) =>
    checkSettings(suite.registry, customerSettingsSchema.parse(value), { credentials });

  it('POP3 and IMAP without encryption on 110/143: PLAINTEXT_REFUSED in Dovecot’s words, no password sent', async () => {
    const [pop3, imap] = await runProbes(
      suite.registry,
      [asCustomer('pop3', 'none'), asCustomer('imap', 'none')],
      {
        credentials: suite.servers.user,
      },
    );
    expect(pop3).toMatchObject({ id: 'pop3', asConfigured: true, status: 'fail', code: 'PLAINTEXT_REFUSED' });
    // Dovecot refuses the made-up USER itself: the answer the customer's program would get.
    expect(pop3!.findings[0]).toMatchObject({ code: 'PLAINTEXT_REFUSED', command: 'USER' });
    expect(pop3!.findings[0]!.reply).toMatch(/^-ERR .*Plaintext authentication disallowed/);
    expect(imap).toMatchObject({ id: 'imap', asConfigured: true, status: 'fail', code: 'PLAINTEXT_REFUSED' });
    expect(imap!.findings[0]!.reply).toMatch(/LOGINDISABLED/);

    for (const result of [pop3!, imap!]) {
      // Credentials were given, yet nothing of them may cross a connection without TLS.
      expect(result.login, result.id).toBe('refused');
      expect(result.tls, result.id).toBeNull();
      const commands = sent(result).join('\n');
      expect(commands, result.id).not.toMatch(/^(PASS|APOP|AUTH)\b|^a\d+ (LOGIN|AUTHENTICATE)\b/m);
      expect(commands, result.id).not.toContain(suite.servers.user.username);
      const json = JSON.stringify(result);
      for (const secret of secretForms(suite.servers.user)) expect(json, result.id).not.toContain(secret);
    }
    expect(sent(pop3!)).toContain('USER mail-settings-checker@checker.invalid');
  });

  it('POP3 110 without SSL and SMTP 25 without AUTH: refused and blocked; 995 and 465 proved to work', async () => {
    const result = await check(
      {
        client: 'outlook',
        email: suite.servers.user.username,
        incoming: { protocol: 'pop3', server: HOST, port: 110, security: 'none' },
        outgoing: { server: HOST, port: 25, security: 'none', auth: 'off' },
      },
      suite.servers.user,
    );
    expect(result.verdict).toBe('action-required');
    expect(result.yourSettings).toMatchObject([
      { role: 'incoming', port: 110, outcome: 'refused', code: 'PLAINTEXT_REFUSED', login: 'refused' },
      {
        role: 'outgoing',
        port: 25,
        outcome: 'blocked',
        code: 'PORT_BLOCKED',
        policy: { effective: '2005-01-01' },
      },
    ]);
    expect(result.yourSettings[0]!.reply).toMatch(/Plaintext authentication disallowed/);
    // The harness marks only the implicit-TLS endpoints recommended: 995 and 465 (587 is not).
    expect(result.recommended).toMatchObject([
      { role: 'incoming', port: 995, security: 'tls', outcome: 'works', login: 'ok' },
      { role: 'outgoing', port: 465, security: 'tls', outcome: 'works', login: 'ok' },
    ]);
    // Port 25 is never dialled: a blocked port is answered from the plan, not from the server.
    expect(result.endpoints.map((e) => [e.id, e.asConfigured])).toEqual([
      ['pop3', true],
      ['pop3s', false],
      ['submissions', false],
    ]);
    expect(result.changes.map((c) => [c.field, c.suggested])).toEqual(
      expect.arrayContaining([
        ['incoming.port', '995'],
        ['incoming.security', 'tls'],
        ['outgoing.port', '465'],
        ['outgoing.auth', 'on'],
      ]),
    );
    expect(sent(result.endpoints[0]!).join('\n')).not.toMatch(/PASS|probe-user/);
    const json = JSON.stringify(result);
    for (const secret of secretForms(suite.servers.user)) expect(json).not.toContain(secret);
  });

  it('IMAP 993 and SMTP 465 with the right password: ok, and only those two are probed', async () => {
    const result = await check(
      {
        client: 'thunderbird',
        email: suite.servers.user.username,
        incoming: { protocol: 'imap', server: HOST, port: 993, security: 'tls' },
        outgoing: { server: HOST, port: 465, security: 'tls', auth: 'on' },
      },
      suite.servers.user,
    );
    expect(result.verdict).toBe('ok');
    expect(result.endpoints.map((e) => e.id)).toEqual(['imaps', 'submissions']);
    expect(result.yourSettings.map((s) => [s.outcome, s.login])).toEqual([
      ['works', 'ok'],
      ['works', 'ok'],
    ]);
    expect(result.recommended).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('a 421 greeting is SERVER_BUSY, and the customer on that port is told to wait (verdict busy)', async () => {
    const [busy] = await runProbes(suite.registry, ['busy-smtp'], { credentials: suite.servers.user });
    expect(busy).toMatchObject({ id: 'busy-smtp', status: 'fail', code: 'SERVER_BUSY', login: 'skipped' });
    expect(busy!.findings[0]!.reply).toMatch(/^421 /);
    // Postfix hangs up after its 421: the probe must not have tried to talk on.
    expect(sent(busy!)).toEqual([]);

    const result = await check(
      { client: 'thunderbird', outgoing: { server: HOST, port: 2587, security: 'starttls', auth: 'on' } },
      suite.servers.user,
    );
    expect(result.verdict).toBe('busy');
    expect(result.yourSettings).toMatchObject([{ port: 2587, outcome: 'busy', code: 'SERVER_BUSY' }]);
  });

  it('a password check that is down is AUTH_TEMPORARY on POP3 and IMAP, and busy (not login-failed) overall', async () => {
    const [pop3s, imaps] = await runProbes(suite.registry, ['pop3s', 'imaps'], {
      credentials: suite.servers.busyUser,
    });
    expect(pop3s).toMatchObject({ status: 'fail', code: 'AUTH_TEMPORARY' });
    expect(pop3s!.findings[0]!.reply).toMatch(/^-ERR \[SYS\/TEMP\]/);
    expect(imaps).toMatchObject({ status: 'fail', code: 'AUTH_TEMPORARY' });
    expect(imaps!.findings[0]!.reply).toMatch(/ NO \[UNAVAILABLE\]/);

    const result = await check(
      {
        client: 'thunderbird',
        email: suite.servers.busyUser.username,
        incoming: { protocol: 'imap', server: HOST, port: 993, security: 'tls' },
        outgoing: { server: HOST, port: 465, security: 'tls', auth: 'on' },
      },
      suite.servers.busyUser,
    );
    // Postfix turns Dovecot's temporary failure into a plain 535: that alone would read as a wrong
    // password. IMAP's [UNAVAILABLE] in the same check is why the customer is told to wait instead.
    expect(result.yourSettings).toMatchObject([
      { role: 'incoming', outcome: 'busy', code: 'AUTH_TEMPORARY' },
      { role: 'outgoing', outcome: 'login-failed', code: 'AUTH_FAILED' },
    ]);
    expect(result.verdict).toBe('busy');
    const json = JSON.stringify([pop3s, imaps, result]);
    for (const secret of secretForms(suite.servers.busyUser)) expect(json).not.toContain(secret);
  });

  it('a TLS 1.0-only server is named TLS_VERSION / outdated, and hears no AUTH', async () => {
    const [result] = await runProbes(suite.registry, ['tls10-smtps'], { credentials: suite.servers.user });
    expect(result).toMatchObject({
      id: 'tls10-smtps',
      status: 'fail',
      code: 'TLS_VERSION',
      login: 'refused',
    });
    expect(result!.tls).toMatchObject({ version: 'TLSv1', grade: 'outdated' });
    // Only the version is wrong: the certificate is the same sound one the other listeners use.
    expect(result!.findings.map((f) => f.code)).toEqual(['TLS_VERSION']);
    expect(result!.tls?.certificate?.trusted).toBe(true);
    expect(sent(result!).some((c) => /^AUTH\b/i.test(c))).toBe(false);
    expect(sent(result!)).toContain('QUIT');

    // Postfix's own count of the session's commands: EHLO and QUIT, no AUTH (postlogd writes late).
    let session: string | undefined;
    for (let i = 0; i < 40 && !session; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      session = fs
        .readFileSync(suite.servers.logs.postfixExtra, 'utf8')
        .split('\n')
        .find((l) => /postfix\/tls10\/smtpd\[\d+\]: disconnect from .* ehlo=/.test(l));
    }
    expect(session).toMatch(/ ehlo=1 quit=1 commands=2$/);
  });

  it('left the servers with only the expected complaints: the busy user’s temporary failures', async () => {
    // postlogd writes asynchronously: wait until the busy user's SMTP login has been logged.
    let postfix = '';
    for (let i = 0; i < 40 && !/sasl_username=busy@example\.test/.test(postfix); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      postfix = fs.readFileSync(suite.servers.logs.postfix, 'utf8');
    }
    expect(postfix).not.toMatch(/(fatal|panic|error):|NOQUEUE|: client=|\bfrom=</);
    const warnings = postfix.split('\n').filter((l) => /warning:/.test(l));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    for (const line of warnings)
      expect(line).toMatch(/SASL PLAIN authentication failed: .*sasl_username=busy@example\.test$/);

    const dovecot = fs.readFileSync(suite.servers.logs.dovecot, 'utf8');
    expect(dovecot).not.toMatch(/(Warning|Fatal|Panic):/);
    const errors = dovecot.split('\n').filter((l) => /Error:/.test(l));
    // One per busy-user login: POP3 and IMAP by runProbes, IMAP and SMTP by checkSettings.
    expect(errors.length).toBeGreaterThanOrEqual(4);
    for (const line of errors)
      expect(line).toMatch(
        /auth: Error: checkpassword\(busy@example\.test,.*\): Child \d+ exited with status 111$/,
      );
  });
});
