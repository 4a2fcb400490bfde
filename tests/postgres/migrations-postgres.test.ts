import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { serverUrl } from '../support/postgres-setup';

const root = path.resolve(import.meta.dirname, '../..');

/** Tables, columns, indexes and foreign keys of a PostgreSQL database, normalised for comparison. */
async function shape(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%'
        ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY indexname`,
    );
    const foreignKeys = await client.query(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'f' ORDER BY conname`,
    );
    return { columns: columns.rows, indexes: indexes.rows, foreignKeys: foreignKeys.rows };
  } finally {
    await client.end();
  }
}

describe('PostgreSQL migrations', () => {
  it('produce exactly the database that the schema describes (no drift between providers)', async () => {
    // The schema as PostgreSQL SQL, straight from the derived datamodel (offline)…
    const sql = execFileSync(
      path.join(root, 'node_modules/.bin/prisma'),
      [
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema-datamodel',
        'prisma/postgresql/schema.prisma',
        '--script',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        // Offline: the SQLite adapter of prisma.config.ts diffs PostgreSQL datamodels without a connection.
        env: { ...process.env, DATABASE_URL: 'file:./data/portal.db' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const name = `portal_test_fromschema_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const fresh = new pg.Client({ connectionString: serverUrl(name) });
    await fresh.connect();
    await fresh.query(sql);
    await fresh.end();
    // …must equal what the committed migrations built (this file's database, from the template).
    const [migrated, described] = await Promise.all([
      shape(process.env.DATABASE_URL!),
      shape(serverUrl(name)),
    ]);
    expect(migrated.columns.length).toBeGreaterThan(50);
    expect(migrated).toEqual(described);
  });
});
