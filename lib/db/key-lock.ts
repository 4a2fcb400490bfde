import { databaseUrl, isPostgresUrl } from './database-url';
import type { prisma } from './client';

type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * Serialises "count, then record" for the given keys, inside an interactive transaction, so that
 * parallel requests cannot all count before any records (the race that let 30 parallel sign-ins past
 * a limit of 10). PostgreSQL: one transaction-scoped advisory lock per key, taken in sorted order so
 * two callers never deadlock. SQLite: nothing to do, because every transaction begins with
 * BEGIN IMMEDIATE (lib/db/sqlite-adapter.ts), which already admits one writer at a time.
 */
export async function lockKeys(tx: Transaction, keys: string[]): Promise<void> {
  if (!isPostgresUrl(databaseUrl())) return;
  for (const key of [...new Set(keys)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  }
}
