import path from 'node:path';
import pg from 'pg';
import { migratePostgres } from '../../scripts/lib/migrate-postgres.mjs';

/**
 * Global setup of the PostgreSQL runs (vitest.postgres.config.mts): a template database migrated
 * with the real PostgreSQL migrations, which each test file copies (per-file-postgres.ts).
 * PG_TEST_URL names a server and a role allowed to create databases.
 */
export const TEMPLATE = 'portal_test_template';

export function serverUrl(database: string): string {
  const url = new URL(process.env.PG_TEST_URL ?? '');
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup() {
  if (!process.env.PG_TEST_URL) throw new Error('PG_TEST_URL is not set (see README: PostgreSQL)');
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'portal_test_%'");
    for (const { datname } of stale.rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  await migratePostgres(serverUrl(TEMPLATE), path.resolve(__dirname, '../..'), () => undefined);
}
