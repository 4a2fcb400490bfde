// `npm run bench:insights`: the staff insights dashboard over BENCH_EVENTS recorded check events
// (default 1,000,000) on a fresh SQLite database and, when PG_TEST_URL is set, a fresh PostgreSQL
// database as well (scripts/bench-insights.ts does the recording and the timing). A benchmark: it
// prints figures and exits 0. The other half of the budget, cached pages with recording on
// and off, is `npm run bench:recording` (scripts/bench-recording.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, writeDocSection } from './lib/bench-server.mjs';
import { baseEnv, migrate, root } from './lib/tasks.mjs';

const runs = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-insights-'));
runs.push({ label: 'SQLite', url: `file:${path.join(dir, 'bench.db')}` });

let pgAdmin;
if (process.env.PG_TEST_URL) {
  const { default: pg } = await import('pg');
  pgAdmin = new pg.Client({ connectionString: process.env.PG_TEST_URL });
  await pgAdmin.connect();
  const name = `bench_insights_${Date.now()}`;
  await pgAdmin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.PG_TEST_URL);
  url.pathname = `/${name}`;
  runs.push({ label: 'PostgreSQL', url: url.toString(), drop: name });
} else {
  console.log('PG_TEST_URL is not set: SQLite only.');
}

try {
  for (const run of runs) {
    const env = baseEnv({ DATABASE_URL: run.url });
    await migrate(env);
    console.log(`\n${run.label}`);
    const child = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/bench-insights.ts'],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
    );
    process.stdout.write(child.stdout);
    run.figures = child.stdout
      .split('\n')
      .filter((line) => /^ {2}(recorded|policy|checks|whole|target)/.test(line))
      .map((line) => line.trim());
  }
  writeDocSection(
    'insights',
    [
      '## Insights dashboard',
      '',
      `${machineLine()} · \`npm run bench:insights\`, ${process.env.BENCH_EVENTS || '1000000'} events`,
      '',
      ...runs.flatMap((run) => [`**${run.label}**`, '', '```text', ...(run.figures ?? []), '```', '']),
    ].join('\n'),
  );
} finally {
  for (const run of runs)
    if (run.drop) await pgAdmin.query(`DROP DATABASE IF EXISTS ${run.drop} WITH (FORCE)`);
  await pgAdmin?.end();
  fs.rmSync(dir, { recursive: true, force: true });
}
