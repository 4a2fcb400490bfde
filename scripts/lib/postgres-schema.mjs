// The PostgreSQL schema is derived from prisma/schema.prisma (the one source): same models, another
// provider and client output. Written to prisma/postgresql/schema.prisma (git-ignored) before every
// `prisma generate` and migration step, so the two can never differ.
import fs from 'node:fs';
import path from 'node:path';

export const PG_SCHEMA = path.join('prisma', 'postgresql', 'schema.prisma');
export const PG_MIGRATIONS = path.join('prisma', 'postgresql', 'migrations');

/** The PostgreSQL variant of a SQLite schema text. */
export function postgresSchemaText(sqliteSchema) {
  const provider = /provider\s*=\s*"sqlite"/;
  const output = /output\s*=\s*"\.\.\/lib\/db\/generated"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema))
    throw new Error('prisma/schema.prisma no longer has the expected provider or output lines');
  return (
    '// GENERATED from prisma/schema.prisma by scripts/lib/postgres-schema.mjs. Do not edit.\n' +
    sqliteSchema
      .replace(provider, 'provider = "postgresql"')
      .replace(output, 'output     = "../../lib/db/generated-pg"')
  );
}

/** Writes prisma/postgresql/schema.prisma from prisma/schema.prisma under `root`. */
export function writePostgresSchema(root) {
  const text = postgresSchemaText(fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8'));
  const target = path.join(root, PG_SCHEMA);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) fs.writeFileSync(target, text);
  return target;
}

/** Whether a database URL is PostgreSQL (anything else is the embedded SQLite file). */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url ?? '');
}
