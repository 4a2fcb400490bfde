import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * Prisma's better-sqlite3 adapter, set up for several writers on one file (two app instances, the
 * worker, a script), through the driver adapter interface Prisma documents (nothing private):
 *
 * - **WAL journal.** Readers no longer block the writer nor the writer the readers; the setting is
 *   stored in the file, so every later connection uses it too.
 * - **`synchronous = NORMAL`.** SQLite's recommended setting with WAL: a commit no longer waits for
 *   the disk to flush (at FULL every write did, a ceiling of about 150 commits a second here, which
 *   capped notification sending near 70 mails/s); the database cannot be corrupted by a crash of the
 *   app or the machine, and only the last commits before a power cut may be rolled back.
 * - **A 64 MB page cache and a checkpoint every 10,000 WAL pages** (`SQLITE_PRAGMAS`). The mail
 *   servers' record writes each event into several B-trees keyed by hashes (random positions): with
 *   better-sqlite3's defaults (16 MB of cache, a checkpoint every 1,000 pages ≈ 4 MB of WAL) every few
 *   batches copy the same pages into the file again and read them back. Measured with 100,000
 *   distinct mailboxes (`npm run bench:mail-events`), in alternating pairs on one host: Dovecot events
 *   +10 % (6,288 → 6,919 and 6,499 → 7,118 events/s), Postfix sessions +1–4 % (4,659 → 4,825, 4,727 →
 *   4,761); the larger cache alone (32 MB) gained nothing. The cache is an upper bound, filled only
 *   as pages are read; the WAL is still checkpointed (≈ 40 MB at most) as before.
 * - **The write lock at a transaction's start.** The adapter opens transactions with a plain
 *   (deferred) `BEGIN`: a save that reads first and writes later then fails with SQLITE_BUSY at once
 *   when another connection wrote in between (a deadlock SQLite refuses rather than waits out; Prisma
 *   reports it as P1008). Each transaction's first statement is therefore a write that changes
 *   nothing, which takes SQLite's write lock before anything is read — waiting its turn, up to the
 *   busy timeout, as `BEGIN IMMEDIATE` would. lib/db/key-lock.ts relies on it: one writer at a time.
 */
export class PortalSqliteAdapter implements SqlDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName: string;
  readonly #inner: PrismaBetterSQLite3;

  constructor({ url }: { url: string }) {
    // `timeout`: better-sqlite3's busy timeout (how long a statement waits for another connection's lock).
    this.#inner = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    try {
      await adapter.executeScript('PRAGMA journal_mode = WAL');
    } catch {
      // Another connection is mid-transaction while the file is switched for the first time; this
      // connection works in the old mode and a later one makes the switch.
    }
    await adapter.executeScript('PRAGMA synchronous = NORMAL');
    for (const pragma of SQLITE_PRAGMAS) await adapter.executeScript(pragma);
    return writeLockedTransactions(adapter);
  }
}

/** Per-connection settings beyond WAL and `synchronous` (why: the comment at the top). */
export const SQLITE_PRAGMAS = ['PRAGMA cache_size = -65536', 'PRAGMA wal_autocheckpoint = 10000'] as const;

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * A write that changes nothing. SQLite takes the write lock when a writing statement starts, whether
 * or not a row matches (tests/unit/sqlite-adapter.test.ts holds it to that). `_prisma_migrations`
 * exists in every migrated database and is never written by the app.
 */
export const TAKE_WRITE_LOCK: SqlQuery = {
  sql: 'DELETE FROM "_prisma_migrations" WHERE 0',
  args: [],
  argTypes: [],
};

const ROLLBACK: SqlQuery = { sql: 'ROLLBACK', args: [], argTypes: [] };

/** The adapter as it is, except that every transaction holds the write lock from its start. */
function writeLockedTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel): Promise<Transaction> {
      const transaction = await adapter.startTransaction(isolationLevel);
      try {
        await transaction.executeRaw(TAKE_WRITE_LOCK);
      } catch (error) {
        // Busy past the timeout (or no migrated database): end the transaction the adapter began
        // (Prisma sends ROLLBACK itself before calling rollback(), which only releases the adapter's
        // lock), then report.
        await transaction.executeRaw(ROLLBACK).catch(() => undefined);
        await transaction.rollback();
        throw error;
      }
      return transaction;
    },
  };
}
