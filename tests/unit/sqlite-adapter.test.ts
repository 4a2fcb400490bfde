import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import { databaseUrl } from '@/lib/db/database-url';

// Two writers on one SQLite file, as two app instances behind a proxy are: the app's connection and a
// second, raw one that gives up at once instead of waiting (a wait here would block the test's own
// event loop, and with it the transaction it waits for).
const file = databaseUrl().slice('file:'.length);
const app = createPrismaClient();
const other = new Database(file, { timeout: 0 });

afterAll(async () => {
  other.close();
  await app.$disconnect();
});

const otherWrites = (name: string) => () =>
  other
    .prepare('INSERT INTO "JobLease" (name, holder, expiresAt) VALUES (?, ?, ?)')
    .run(name, 'other', Date.now());

describe('the SQLite connection', () => {
  it('switches the file to the WAL journal, so readers and the writer do not block each other', async () => {
    await app.jobLease.count();
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it("sets the app's own connection's cache and checkpoint, not the file's (a raw connection keeps the defaults)", async () => {
    const read = async (name: string) =>
      Number((await app.$queryRawUnsafe<Record<string, bigint | number>[]>(`PRAGMA ${name}`))[0]![name]);
    expect(await read('cache_size')).toBe(-65536);
    expect(await read('wal_autocheckpoint')).toBe(10000);
    expect(other.pragma('cache_size', { simple: true })).not.toBe(-65536);
  });

  it('takes the write lock when a transaction begins, not at its first write', async () => {
    const seen: string[] = [];
    await app.$transaction(async (tx) => {
      await tx.jobLease.findMany();
      // Only read so far: with a deferred BEGIN the other connection could write now and this
      // transaction's write below would fail with SQLITE_BUSY.
      expect(otherWrites('during')).toThrow(/locked|busy/i);
      // Readers are never blocked.
      seen.push(...other.prepare('SELECT name FROM "JobLease"').pluck().all().map(String));
      await tx.jobLease.create({ data: { name: 'mine', holder: 'app', expiresAt: new Date() } });
    });
    expect(seen).not.toContain('mine');
    expect(otherWrites('after')).not.toThrow();
    const names = (await app.jobLease.findMany({ orderBy: { name: 'asc' } })).map((l) => l.name);
    expect(names).toEqual(['after', 'mine']);
  });

  it('ends a transaction cleanly when the write lock cannot be taken, and the connection stays usable', async () => {
    // A database without Prisma's migration table makes the lock statement fail, as a busy timeout would.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-adapter-'));
    const bare = createPrismaClient(`file:${path.join(dir, 'bare.db')}`);
    try {
      for (let i = 0; i < 3; i += 1) {
        await expect(bare.$transaction(async (tx) => tx.$queryRawUnsafe('SELECT 1'))).rejects.toThrow(
          /_prisma_migrations/,
        );
      }
      // Not left inside a transaction the adapter began: plain statements and a new table work.
      await bare.$executeRawUnsafe('CREATE TABLE "_prisma_migrations" (id TEXT)');
      await expect(bare.$transaction(async (tx) => tx.$queryRawUnsafe('SELECT 1 AS one'))).resolves.toEqual([
        { one: 1n },
      ]);
    } finally {
      await bare.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
