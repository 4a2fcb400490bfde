// `npm run db:new-migration -- <name>`: writes the SQL that turns the last committed schema into the
// current prisma/schema.prisma, for both providers: prisma/migrations/<timestamp>_<name>/ (SQLite) and
// prisma/postgresql/migrations/<timestamp>_<name>/ (PostgreSQL, from the derived schema).
// (`prisma migrate dev` needs a native schema engine that cannot be downloaded here; a datamodel-to-
// datamodel diff runs on the bundled WASM engine. tests/unit/migrations.test.ts and
// tests/postgres/migrations-postgres.test.ts prove the migrations and the schema agree.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib/tasks.mjs';
import { PG_MIGRATIONS, PG_SCHEMA, postgresSchemaText, writePostgresSchema } from './lib/postgres-schema.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(2);
}
const committed = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: root, encoding: 'utf8' });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
writePostgresSchema(root);

const providers = [
  {
    label: 'SQLite',
    previous: committed,
    current: path.join('prisma', 'schema.prisma'),
    migrations: path.join('prisma', 'migrations'),
    url: 'file:./data/portal.db',
  },
  {
    label: 'PostgreSQL',
    previous: postgresSchemaText(committed),
    current: PG_SCHEMA,
    migrations: PG_MIGRATIONS,
    // Datamodel-to-datamodel diffs run offline with the SQLite adapter, whatever the provider.
    url: 'file:./data/portal.db',
  },
];
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
for (const provider of providers) {
  const previous = path.join(tmp, `${provider.label}.prisma`);
  fs.writeFileSync(previous, provider.previous);
  const sql = execFileSync(
    path.join(root, 'node_modules', '.bin', 'prisma'),
    [
      'migrate',
      'diff',
      '--from-schema-datamodel',
      previous,
      '--to-schema-datamodel',
      provider.current,
      '--script',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: provider.url } },
  );
  if (!/^(CREATE|ALTER|DROP|INSERT|PRAGMA)/m.test(sql)) {
    console.log(`${provider.label}: the schema matches the last commit, no migration written.`);
    continue;
  }
  const dir = path.join(root, provider.migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`${provider.label}: wrote ${path.relative(root, dir)}/migration.sql`);
}
