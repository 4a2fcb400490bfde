import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoMail } from '@/lib/demo/mail/start-demo-mail';
import { parseRegistry } from '@/lib/mail-registry/load-registry';

/**
 * `npm run mailcheck -- --settings` judges a customer's settings exactly as the web page does: the
 * same verdict decides the exit code, and the text names each policy's date and notice.
 */

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;
let stop: () => Promise<unknown>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailcheck-cli-'));
  const demo = parseRegistry(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
  const mail = await startDemoMail({ dir, registry: demo, portOffset: 33_000 });
  stop = mail.stop;
  env = {
    ...process.env,
    MAIL_SERVICE_FILE: mail.registryFile,
    MAIL_CA_FILE: mail.caFile,
    NODE_OPTIONS: '',
  };
});
afterAll(async () => {
  await stop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function mailcheck(settings: unknown, ...args: string[]) {
  const file = path.join(dir, `settings-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(settings));
  try {
    const { stdout } = await run(
      'npx',
      ['tsx', '--conditions=react-server', 'scripts/mailcheck.ts', '--settings', file, ...args],
      { env, timeout: 60_000 },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

// Each test runs the command in a child process (tsx): seconds on a busy machine.
describe('mailcheck --settings', { timeout: 60_000 }, () => {
  it('exits 1 on action-required and prints the changes with each policy’s date and notice', async () => {
    const { code, stdout } = await mailcheck({
      client: 'outlook',
      incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
      outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'off' },
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^verdict {2}action-required$/m);
    expect(stdout).toMatch(
      /change {3}incoming\.port: 110 → 995 .*policy encrypted-login-required from 2022-08-01, notice encrypted-login-required-2022/,
    );
    expect(stdout).toMatch(
      /theirs {3}outgoing .*:25 .*blocked \(PORT_BLOCKED\) since 2005-01-01, notice outbound-port-25-blocking/,
    );
    expect(stdout).toMatch(
      /policy {3}pop-before-smtp-ended: in force since 2015-07-14 \(notice smtp-auth-replaces-pop-before-smtp\)/,
    );
  });

  it('prints the steps on the customer’s own program, in Japanese or in English', async () => {
    const seeds = {
      client: 'outlook',
      incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
      outgoing: { server: 'mail.example.test', port: 587, security: 'none', auth: 'off' },
    };
    const ja = await mailcheck(seeds);
    expect(ja.stdout).toMatch(
      /^step {2}1 {2}インターネット電子メール設定：送信サーバー: 「送信サーバー \(SMTP\) は認証が必要」にチェックを入れます。 \(オフ → オン\)$/m,
    );
    expect(ja.stdout).toMatch(
      /^step {2}\d {2}インターネット電子メール設定：詳細設定: 「受信サーバー \(POP3\)」に「995」と入力します。 \(110 → 995\)$/m,
    );
    const en = await mailcheck(seeds, '--locale', 'en');
    expect(en.stdout).toMatch(
      /^step {2}1 {2}Internet E-mail Settings – Outgoing Server: Tick “My outgoing server \(SMTP\) requires authentication”\. \(Off → On\)$/m,
    );
  });

  it('exits 0 when the verdict is ok, and shows the server hygiene only staff see', async () => {
    const { code, stdout } = await mailcheck({
      client: 'thunderbird',
      incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls' },
      outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
    });
    expect(stdout).toMatch(/^verdict {2}ok$/m);
    expect(code).toBe(0);
    // The demo's submission server offers AUTH before STARTTLS: a staff line, not a customer problem.
    expect(stdout).toMatch(/^staff {4}submission: AUTH_BEFORE_TLS/m);
  });
});
