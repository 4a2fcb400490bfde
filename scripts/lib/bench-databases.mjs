// The databases a data-layer benchmark runs on: a fresh SQLite file and, when PG_TEST_URL names a
// server, a fresh PostgreSQL database, each migrated, dropped or deleted afterwards whatever happens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseEnv, migrate } from './tasks.mjs';

/**
 * Calls `measure(run, env)` once per database, in turn; `run.label` is "SQLite" or "PostgreSQL" and
 * `env` the environment to start the measuring process with. Returns the runs (with whatever
 * `measure` stored on them).
 */
export async function onBenchDatabases(prefix, measure) {
  const runs = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  runs.push({ label: 'SQLite', url: `file:${path.join(dir, 'bench.db')}` });
  let pgAdmin;
  if (process.env.PG_TEST_URL) {
    const { default: pg } = await import('pg');
    pgAdmin = new pg.Client({ connectionString: process.env.PG_TEST_URL });
    await pgAdmin.connect();
    const name = `${prefix.replace(/-/g, '_')}_${Date.now()}`;
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
      await measure(run, env);
    }
  } finally {
    for (const run of runs)
      if (run.drop) await pgAdmin.query(`DROP DATABASE IF EXISTS ${run.drop} WITH (FORCE)`);
    await pgAdmin?.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}
