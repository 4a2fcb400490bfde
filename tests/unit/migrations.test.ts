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

  it('carry the stored usage patterns into their ways (mail_ways)', () => {
    const dir = path.join(root, 'prisma', 'migrations');
    const names = fs
      .readdirSync(dir)
      .filter((n) => fs.statSync(path.join(dir, n)).isDirectory())
      .sort();
    const at = names.findIndex((n) => n.endsWith('_mail_ways'));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ways-')), 'ways.db');
    const db = new Database(file);
    const apply = (name: string) => db.exec(fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8'));
    names.slice(0, at).forEach(apply);
    const insert = db.prepare(
      `INSERT INTO "MailUsagePattern" ("day", "mailboxHash", "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result", "count", "firstSeen", "lastSeen")
       VALUES (?, ?, 'login', ?, ?, ?, '', 'PLAIN', 'customer', 'ok', 3, '2026-12-01T00:00:00.000+00:00', '2026-12-01T00:00:00.000+00:00')`,
    );
    insert.run('2026-12-01', 'a', 'pop3', 110, 'no');
    insert.run('2026-12-02', 'b', 'pop3', 110, 'no');
    insert.run('2026-12-02', 'a', 'imap', 993, 'yes');
    names.slice(at).forEach(apply);
    const ways = db.prepare('SELECT * FROM "MailWay" ORDER BY "protocol"').all() as {
      id: number;
      protocol: string;
    }[];
    expect(ways.map((w) => w.protocol)).toEqual(['imap', 'pop3']);
    const patterns = db
      .prepare(
        'SELECT "mailboxHash", "protocol", "wayId", "count" FROM "MailUsagePattern" ORDER BY "day", "mailboxHash"',
      )
      .all() as { protocol: string; wayId: number }[];
    expect(patterns).toHaveLength(3);
    for (const p of patterns) expect(p.wayId).toBe(ways.find((w) => w.protocol === p.protocol)!.id);
    db.close();
  });
});
