import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EndpointResult, ProbeCredentials } from '@/lib/mail-probe/probe-result';
import { runProbes } from '@/lib/mail-probe/run-probes';
import { buildRegistry } from '../support/mail-servers/real-registry';
import {
  secretForms,
  sent,
  skipRealServers,
  useRealMailServers,
} from '../support/mail-servers/real-server-suite';

const skip = skipRealServers('the real Postfix/Dovecot tests');

const ALL = ['submission', 'submissions', 'smtp', 'pop3', 'pop3s', 'imap', 'imaps'];
const WITH_LOGIN = ALL.filter((id) => id !== 'smtp');
const SMTP = ['submission', 'submissions', 'smtp'];

const byId = (results: EndpointResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));

describe.skipIf(skip)('mail probe against real Postfix and Dovecot', () => {
  const suite = useRealMailServers(buildRegistry);

  async function probe(ids: string[], credentials?: ProbeCredentials) {
    const results = await runProbes(suite.registry, ids, { credentials });
    expect(results.map((r) => r.id)).toEqual(ids);
    return byId(results);
  }

  it('finds all seven endpoints sound, probed in parallel without credentials', async () => {
    const results = await probe(ALL);
    for (const id of ALL) {
      const result = results[id]!;
      // The id in the object makes a failure say which endpoint it was.
      expect({ id, status: result.status, code: result.code, login: result.login }).toEqual({
        id,
        status: 'ok',
        code: 'OK',
        login: 'skipped',
      });
      expect(['TLSv1.2', 'TLSv1.3']).toContain(result.tls?.version);
      expect(result.tls?.certificate).toMatchObject({
        subject: 'mail.example.test',
        names: ['mail.example.test'],
        issuer: 'Mail Probe Tests / Mail Probe Test CA',
        trusted: true,
      });
      // The greeting proves which real server answered, not a stray listener.
      const greeting = result.transcript.find((l) => l.dir === 'S')?.text ?? '';
      expect(greeting, id).toMatch(SMTP.includes(id) ? /ESMTP Postfix/ : /Dovecot/);
    }
  });

  it('sees SMTP AUTH only after STARTTLS on submission, and none on the port-25 relay', async () => {
    const { submission, submissions, smtp } = await probe(['submission', 'submissions', 'smtp']);
    expect(submission!.auth.beforeTls).toEqual([]);
    expect(submission!.auth.afterTls).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN']));
    expect(sent(submission!)).toContain('STARTTLS');
    expect(submission!.status).toBe('ok');

    expect(submissions!.auth.afterTls).toEqual(expect.arrayContaining(['PLAIN']));

    expect(smtp!.auth).toEqual({ beforeTls: [], afterTls: [] });
    expect(smtp!).toMatchObject({ status: 'ok', code: 'OK', login: 'skipped' });
  });

  it('sees no plaintext login on POP3 and IMAP before STARTTLS, and login methods after it', async () => {
    const { pop3, imap } = await probe(['pop3', 'imap']);

    const tlsAt = imap!.transcript.findIndex((l) => l.dir === '*' && l.text.startsWith('TLS established'));
    expect(tlsAt).toBeGreaterThan(0);
    expect(
      imap!.transcript.slice(0, tlsAt).some((l) => l.dir === 'S' && /\bLOGINDISABLED\b/.test(l.text)),
    ).toBe(true);
    expect(imap!.auth.beforeTls).not.toContain('LOGIN');
    expect(imap!.auth.beforeTls).toEqual([]);
    expect(imap!.auth.afterTls).toEqual(expect.arrayContaining(['LOGIN', 'PLAIN']));
    expect(imap!).toMatchObject({ status: 'ok', code: 'OK' });

    expect(pop3!.auth.beforeTls).toEqual([]);
    expect(pop3!.auth.afterTls).toEqual(expect.arrayContaining(['USER', 'PLAIN']));
    expect(pop3!).toMatchObject({ status: 'ok', code: 'OK' });
  });

  it('logs in with the right password on every endpoint that takes one', async () => {
    const results = await probe(ALL, suite.servers.user);
    for (const id of WITH_LOGIN) {
      const result = results[id]!;
      expect({ id, login: result.login, code: result.code, status: result.status }).toEqual({
        id,
        login: 'ok',
        code: 'OK',
        status: 'ok',
      });
    }
    // The port-25 relay takes no login: credentials are not even tried there.
    expect(results.smtp!.login).toBe('skipped');
    const json = JSON.stringify(Object.values(results));
    for (const secret of secretForms(suite.servers.user)) expect(json).not.toContain(secret);
  });

  it('reports AUTH_FAILED for a wrong password and never reveals it', async () => {
    const wrong = {
      username: suite.servers.user.username,
      password: `wrong "pass\\word" ${crypto.randomBytes(6).toString('hex')}`,
    };
    const results = await probe(WITH_LOGIN, wrong);
    for (const id of WITH_LOGIN) {
      const result = results[id]!;
      expect({ id, code: result.code, login: result.login, status: result.status }).toEqual({
        id,
        code: 'AUTH_FAILED',
        login: 'failed',
        status: 'fail',
      });
      const json = JSON.stringify(result);
      for (const secret of secretForms(wrong)) expect(json, id).not.toContain(secret);
    }
  });

  it('logs in right after failed logins: no penalty delay from the servers', async () => {
    await probe(['imaps', 'pop3s', 'submission'], { ...suite.servers.user, password: 'not the password' });
    const results = await probe(['imaps', 'pop3s', 'submission'], suite.servers.user);
    for (const result of Object.values(results)) {
      expect(result.login, result.id).toBe('ok');
      const login = result.steps.find((s) => s.name === 'login');
      // Dovecot's anvil would hold this for at least 2 s after the failures above.
      expect(login?.durationMs, result.id).toBeLessThan(1_500);
    }
  });

  it('refuses to send a password past an untrusted certificate (no MAIL_CA_FILE)', async () => {
    const caFile = process.env.MAIL_CA_FILE;
    delete process.env.MAIL_CA_FILE;
    let results: Record<string, EndpointResult>;
    try {
      results = await probe(ALL, suite.servers.user);
    } finally {
      process.env.MAIL_CA_FILE = caFile;
    }
    for (const id of ALL) {
      const result = results[id]!;
      expect({
        id,
        code: result.code,
        status: result.status,
        trusted: result.tls?.certificate?.trusted,
      }).toEqual({ id, code: 'CERT_UNTRUSTED', status: 'fail', trusted: false });
      expect(result.login, id).toBe(id === 'smtp' ? 'skipped' : 'refused');
      const commands = sent(result).join('\n');
      expect(commands, id).not.toMatch(/^(AUTH|USER|PASS|APOP)\b|^a\d+ (LOGIN|AUTHENTICATE)\b/m);
    }
  });

  it('never made Postfix accept MAIL, RCPT or DATA, and left the servers without errors', async () => {
    // postlogd writes asynchronously: wait for the sessions above to be logged.
    let log = '';
    for (let i = 0; i < 40 && (log.match(/\bauth=1\b/g) ?? []).length < 3; i++) {
      log = fs.readFileSync(suite.servers.logs.postfix, 'utf8');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sessions = log.split('\n').filter((line) => / disconnect from /.test(line));
    expect(sessions.filter((line) => /\bauth=1\b/.test(line)).length).toBeGreaterThanOrEqual(3);
    for (const line of sessions) expect(line).not.toMatch(/\b(mail|rcpt|data|bdat)=/);
    expect(log).not.toMatch(/NOQUEUE|: client=|\bfrom=</);
    // Nothing else went wrong on the servers' side: the only warnings are the wrong-password tests'.
    expect(log).not.toMatch(/(fatal|panic|error):/);
    for (const line of log.split('\n').filter((l) => /warning:/.test(l)))
      expect(line).toMatch(/SASL PLAIN authentication failed/);
    expect(fs.readFileSync(suite.servers.logs.dovecot, 'utf8')).not.toMatch(/(Warning|Error|Fatal|Panic):/);
  });
});
