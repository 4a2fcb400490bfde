import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DB } from '../support/global-setup';

const root = path.resolve(import.meta.dirname, '../..');

/** Tables, columns, indexes and foreign keys of a SQLite file, normalised for comparison. */
function shape(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    return tables.map(({ name }) => ({
      name,
      columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
      indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
        .map((i) => ({
          unique: i.unique,
          columns: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map(
            (c) => c.name,
          ),
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
    }));
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('produce exactly the database that prisma/schema.prisma describes (no drift)', () => {
    // The schema as SQL, straight from the datamodel (offline, no database involved)…
    const sql = execFileSync(
      path.join(root, 'node_modules/.bin/prisma'),
      ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const fromSchema = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.db');
    const db = new Database(fromSchema);
    db.exec(sql);
    db.close();
    // …must equal the template database built by applying every migration in order.
    expect(shape(TEMPLATE_DB)).toEqual(shape(fromSchema));
  }, 60_000);
});
