// `npm run bench:notify`: fan-out of one notice to BENCH_SUBSCRIBERS confirmed subscribers (default
// 100,000) and sending BENCH_SEND of the mails (default 10,000) through a local SMTP sink with
// pooled connections, on a fresh SQLite database and, when PG_TEST_URL is set, a fresh PostgreSQL
// database as well. A benchmark: it prints figures (docs/benchmarks.md) and exits 0.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseEnv, migrate, root } from './lib/tasks.mjs';

const runs = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-notify-'));
runs.push({ label: 'SQLite', url: `file:${path.join(dir, 'bench.db')}` });

let pgAdmin;
if (process.env.PG_TEST_URL) {
  const { default: pg } = await import('pg');
  pgAdmin = new pg.Client({ connectionString: process.env.PG_TEST_URL });
  await pgAdmin.connect();
  const name = `bench_notify_${Date.now()}`;
  await pgAdmin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.PG_TEST_URL);
  url.pathname = `/${name}`;
  runs.push({ label: 'PostgreSQL', url: url.toString(), drop: name });
}

try {
  for (const run of runs) {
    const env = baseEnv({ DATABASE_URL: run.url });
    await migrate(env);
    console.log(`\n${run.label}`);
    execFileSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/bench-notify.ts'],
      {
        cwd: root,
        env,
        stdio: 'inherit',
      },
    );
  }
} finally {
  for (const run of runs)
    if (run.drop) await pgAdmin.query(`DROP DATABASE IF EXISTS ${run.drop} WITH (FORCE)`);
  await pgAdmin?.end();
  fs.rmSync(dir, { recursive: true, force: true });
}
