import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseUrl } from './lib/db/database-url';

// The CLI reads `url = env("DATABASE_URL")` from the schema; default it to the embedded file.
process.env.DATABASE_URL ||= databaseUrl();

// Prisma 7's CLI needs a native schema engine that cannot be downloaded here; Prisma 6 with the
// JS engine and the better-sqlite3 driver adapter runs `migrate deploy`, `migrate diff` and
// `db push` fully offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx prisma/seed.ts' },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
