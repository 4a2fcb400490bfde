// `postinstall`: generates the Prisma clients for SQLite (lib/db/generated) and PostgreSQL
// (lib/db/generated-pg), the latter from the schema derived from prisma/schema.prisma.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib/tasks.mjs';
import { PG_SCHEMA, writePostgresSchema } from './lib/postgres-schema.mjs';

writePostgresSchema(root);
const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
// prisma.config.ts picks the provider from DATABASE_URL; generating needs no connection.
for (const [schema, url] of [
  [path.join('prisma', 'schema.prisma'), 'file:./data/portal.db'],
  [PG_SCHEMA, 'postgresql://localhost/portal'],
]) {
  execFileSync(prisma, ['generate', '--schema', schema], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
}
