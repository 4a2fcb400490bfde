import type { Prisma, PrismaClient } from './generated/client';

/** The client inside `prisma.$transaction(async (tx) => …)`: every write a domain function makes. */
export type Tx = Prisma.TransactionClient;

/** Either the shared client (a write of its own) or a transaction's client (part of the caller's). */
export type Db = PrismaClient | Tx;

const UNIQUE_CODES = new Set([
  'P2002', // Prisma: unique constraint failed
  '23505', // PostgreSQL: unique_violation
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
]);

/**
 * True only for a unique-constraint violation: Prisma's P2002, the driver adapter's
 * `UniqueConstraintViolation`, or the driver's own code (better-sqlite3, pg), wherever it sits in the
 * chain of causes. Anything else (a lost connection, a closed transaction, a full disk) is not.
 */
export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      kind?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof e.code === 'string' && UNIQUE_CODES.has(e.code)) return true;
    if (e.kind === 'UniqueConstraintViolation') return true;
    current = e.meta?.driverAdapterError ?? e.cause;
  }
  return false;
}
