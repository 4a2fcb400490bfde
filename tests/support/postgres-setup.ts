import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../scripts/lib/fresh-postgres-database.mjs';
import { migratePostgres } from '../../scripts/lib/migrate-postgres.mjs';

/**
 * Global setup of the PostgreSQL runs (vitest.postgres.config.mts): a template database migrated
 * with the real PostgreSQL migrations, which each test file copies (per-file-postgres.ts).
 * PG_TEST_URL names a server and a role allowed to create databases.
 */
/** Per role, so that test runs of different roles on one server never touch each other's databases. */
export const TEMPLATE = `portal_test_template_${new URL(process.env.PG_TEST_URL ?? 'postgresql://x@y').username.replace(/\W/g, '_')}`;

export function serverUrl(database: string): string {
  return withDatabase(process.env.PG_TEST_URL ?? '', database);
}

/** Drops this role's test databases: those of an interrupted earlier run, or of this one at its end. */
async function dropTestDatabases(admin: pg.Client) {
  const owned = await admin.query(
    `SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
      WHERE datname LIKE 'portal\\_test\\_%' AND r.rolname = current_user`,
  );
  for (const { datname } of owned.rows)
    await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

async function withAdmin(work: (admin: pg.Client) => Promise<void>) {
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

export default async function setup() {
  if (!process.env.PG_TEST_URL) throw new Error('PG_TEST_URL is not set (see README: PostgreSQL)');
  await withAdmin(async (admin) => {
    await dropTestDatabases(admin);
    await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  });
  await migratePostgres(serverUrl(TEMPLATE), path.resolve(__dirname, '../..'), () => undefined);
  return () => withAdmin(dropTestDatabases);
}
