import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Path of the migrated, empty template database that each test file copies. TEST_DATA_DIR gives a run
 * a folder of its own (two runs in one checkout would otherwise delete each other's databases).
 */
export const TEMPLATE_DB = path.resolve(
  process.env.TEST_DATA_DIR ?? path.resolve(__dirname, '../../data/test'),
  'template.db',
);

/** Migrates a fresh template database once per run with the real migrations. */
export default function setup() {
  fs.rmSync(path.dirname(TEMPLATE_DB), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  execFileSync(path.resolve(__dirname, '../../node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: 'pipe',
  });
}
