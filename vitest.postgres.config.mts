import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The data layer and the integration tests again, on PostgreSQL (PG_TEST_URL): every test file gets
 * its own database copied from a migrated template. Two SQLite-only tests stay out: the migration test
 * (replaced by tests/postgres/, which checks the PostgreSQL migrations against the schema) and the
 * SQLite connection's locking test.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/postgres/**/*.test.ts'],
    exclude: ['tests/unit/migrations.test.ts', 'tests/unit/sqlite-adapter.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/postgres-setup.ts'],
    setupFiles: ['tests/support/per-file-postgres.ts'],
    // Integration tests bind fixed ports: one file at a time keeps them apart.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
