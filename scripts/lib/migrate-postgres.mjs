// Applies prisma/postgresql/migrations to a PostgreSQL database. Prisma 6's JS migration engine cannot
// read PostgreSQL's catalogs through the pg driver adapter (prisma/orm#27403), so this small runner
// does what `migrate deploy` would: each migration once, in order, in its own transaction, under an
// advisory lock so that app instances starting together never apply one twice.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PG_MIGRATIONS } from './postgres-schema.mjs';

const LOCK_KEY = 72_010_001; // any constant; shared by every instance of the portal

export async function migratePostgres(url, root, log = console.log) {
  const dir = path.join(root, PG_MIGRATIONS);
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS "_portal_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const applied = new Map(
      (await client.query('SELECT name, checksum FROM "_portal_migrations"')).rows.map((r) => [
        r.name,
        r.checksum,
      ]),
    );
    let count = 0;
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      if (applied.has(name)) {
        if (applied.get(name) !== checksum)
          throw new Error(`migration ${name} was changed after it was applied`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO "_portal_migrations" (name, checksum) VALUES ($1, $2)', [
          name,
          checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${name} failed: ${error.message}`);
      }
      count += 1;
      log(`Applied ${name}`);
    }
    log(count === 0 ? 'PostgreSQL: no pending migrations.' : `PostgreSQL: ${count} migration(s) applied.`);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
