import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrl, isPostgresUrl } from './lib/db/database-url';

// The CLI reads `url = env("DATABASE_URL")` from the schema; default it to the embedded file.
process.env.DATABASE_URL ||= databaseUrl();
const postgres = isPostgresUrl(process.env.DATABASE_URL);

// Prisma 7's CLI needs a native schema engine that cannot be downloaded here; Prisma 6 with the
// JS engine and a driver adapter runs `migrate deploy`, `migrate diff` and `db push` fully offline.
// A postgresql:// DATABASE_URL selects the PostgreSQL schema (derived from prisma/schema.prisma by
// scripts/lib/postgres-schema.mjs) with its own migrations.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres
    ? path.join('prisma', 'postgresql', 'schema.prisma')
    : path.join('prisma', 'schema.prisma'),
  migrations: {
    path: postgres ? path.join('prisma', 'postgresql', 'migrations') : path.join('prisma', 'migrations'),
    seed: 'tsx prisma/seed.ts',
  },
  async adapter() {
    return postgres
      ? new PrismaPg({ connectionString: process.env.DATABASE_URL })
      : new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
