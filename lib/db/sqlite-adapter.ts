import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type { Database } from 'better-sqlite3';

/**
 * Prisma's better-sqlite3 adapter, set up for several writers on one file (two app instances, or the
 * app and a script):
 *
 * - **WAL journal.** Readers no longer block the writer nor the writer the readers; the setting is
 *   stored in the file, so every later connection uses it too.
 * - **`synchronous = NORMAL`.** SQLite's recommended setting with WAL: a commit no longer waits for
 *   the disk to flush (at FULL every write did, a ceiling of about 150 commits a second here, which
 *   capped notification sending near 70 mails/s); the database cannot be corrupted by a crash of the
 *   app or the machine, and only the last commits before a power cut may be rolled back.
 * - **`BEGIN IMMEDIATE` for transactions.** The adapter opens interactive transactions with a plain
 *   (deferred) `BEGIN`: a save that reads first and writes later then fails with SQLITE_BUSY at once
 *   when another connection wrote in between (a deadlock SQLite refuses rather than waits out; Prisma
 *   reports it as P1008). Taking the write lock at the start makes a concurrent save wait its turn
 *   (up to the busy timeout) instead of failing.
 */
export class PortalSqliteAdapter extends PrismaBetterSQLite3 {
  override async connect(): ReturnType<PrismaBetterSQLite3['connect']> {
    const adapter = await super.connect();
    const db = (adapter as unknown as { client: Database }).client;
    configureConnection(db);
    return adapter;
  }
}

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

function configureConnection(db: Database) {
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  try {
    db.pragma('journal_mode = WAL');
  } catch {
    // Another connection is mid-transaction while the file is switched for the first time; this
    // connection works in the old mode and a later one makes the switch.
  }
  db.pragma('synchronous = NORMAL');
  const prepare = db.prepare.bind(db);
  // The adapter's only `BEGIN` is the start of an interactive transaction.
  db.prepare = ((source: string) =>
    prepare(source === 'BEGIN' ? 'BEGIN IMMEDIATE' : source)) as typeof db.prepare;
}
