import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/client';
import { databaseUrl } from './database-url';

/** A new Prisma client. The app uses the shared one in ./client; scripts and tests make their own. */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export type { PrismaClient };
