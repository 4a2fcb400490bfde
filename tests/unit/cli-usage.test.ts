import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * Every `npm run …` command answers `--help` with its usage (exit 0), and a wrong option or an
 * unprepared database with one clear line (exit 2 or 1) — never a stack trace.
 */
const run = promisify(execFile);
const tsx = (script: string) => ['tsx', '--conditions=react-server', script];
const COMMANDS: Record<string, string[]> = {
  'user:create': tsx('scripts/create-user.ts'),
  mailcheck: tsx('scripts/mailcheck.ts'),
  worker: tsx('scripts/worker.ts'),
  'mail-events:follow': tsx('scripts/mail-events-follow.ts'),
  'edge:config': ['node', 'scripts/edge-config.mjs'],
};

async function invoke(command: string[], args: string[], env: NodeJS.ProcessEnv = process.env) {
  const [bin, ...rest] = command;
  try {
    const { stdout, stderr } = await run(
      bin === 'node' ? 'node' : 'npx',
      bin === 'node' ? [...rest, ...args] : [bin!, ...rest, ...args],
      {
        env: { ...env, NODE_OPTIONS: '' },
        timeout: 60_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

// Each test starts Node and tsx in a child process: seconds on a busy machine, not milliseconds.
describe('command-line usage', { timeout: 60_000 }, () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    it(`${name} --help prints its usage; a bad option is one line and exit 2`, async () => {
      const help = await invoke(command, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: npm run ${name}`));
      expect(help.stdout).toContain('--help');
      const bad = await invoke(command, ['--no-such-option']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toContain("'--no-such-option'");
      noStack(bad.stderr);
    });
  }

  it('mailcheck, user:create and the worker on a database without tables say in one line what to run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-fresh-'));
    const env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'empty.db')}`,
      MAIL_SERVICE_FILE: 'config/mail-service.demo.json',
      PORTAL_USER_PASSWORD: 'a long enough password here',
    };
    try {
      for (const [command, args] of [
        [COMMANDS.mailcheck!, ['--endpoint', 'submission']],
        [COMMANDS['user:create']!, ['--email', 'new@example.test']],
        [COMMANDS.worker!, []],
      ] as const) {
        const result = await invoke(command, [...args], env);
        expect(result.code).toBeGreaterThan(0);
        expect(result.stderr).toContain('npm run db:migrate');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        noStack(result.stderr);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
