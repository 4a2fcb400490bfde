import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { PrismaClient as PostgresPrismaClient } from './generated-pg/client';
import { databaseUrl, isPostgresUrl } from './database-url';
import { PortalSqliteAdapter } from './sqlite-adapter';

/**
 * A new Prisma client for DATABASE_URL: the embedded SQLite file by default, PostgreSQL for a
 * postgresql:// URL. Both clients come from the one schema (the PostgreSQL one is derived from it by
 * scripts/lib/postgres-schema.mjs), so they expose the same models and queries; the app and tests use
 * the SQLite client's types for both. The app uses the shared client in ./client; scripts and tests
 * make their own.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PostgresPrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
    }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PortalSqliteAdapter({ url }) });
}

export type { PrismaClient };
