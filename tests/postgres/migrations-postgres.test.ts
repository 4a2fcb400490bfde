import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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

  it('carry the stored usage patterns into their ways (mail_ways)', async () => {
    const dir = path.join(root, 'prisma', 'postgresql', 'migrations');
    const names = fs
      .readdirSync(dir)
      .filter((n) => fs.statSync(path.join(dir, n)).isDirectory())
      .sort();
    const at = names.findIndex((n) => n.endsWith('_mail_ways'));
    const name = `portal_test_ways_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const db = new pg.Client({ connectionString: serverUrl(name) });
    await db.connect();
    try {
      const apply = async (migration: string) =>
        db.query(fs.readFileSync(path.join(dir, migration, 'migration.sql'), 'utf8'));
      for (const migration of names.slice(0, at)) await apply(migration);
      for (const [day, hash, protocol, port, tls] of [
        ['2026-12-01', 'a', 'pop3', 110, 'no'],
        ['2026-12-02', 'b', 'pop3', 110, 'no'],
        ['2026-12-02', 'a', 'imap', 993, 'yes'],
      ])
        await db.query(
          `INSERT INTO "MailUsagePattern" ("day", "mailboxHash", "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result", "count", "firstSeen", "lastSeen")
           VALUES ($1, $2, 'login', $3, $4, $5, '', 'PLAIN', 'customer', 'ok', 3, now(), now())`,
          [day, hash, protocol, port, tls],
        );
      for (const migration of names.slice(at)) await apply(migration);
      const ways = (await db.query('SELECT "id", "protocol" FROM "MailWay" ORDER BY "protocol"')).rows;
      expect(ways.map((w) => w.protocol)).toEqual(['imap', 'pop3']);
      const patterns = (await db.query('SELECT "protocol", "wayId" FROM "MailUsagePattern"')).rows;
      expect(patterns).toHaveLength(3);
      for (const p of patterns) expect(p.wayId).toBe(ways.find((w) => w.protocol === p.protocol)!.id);
    } finally {
      await db.end();
    }
  });
});
