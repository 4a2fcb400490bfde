import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Integration tests against real servers started by the tests themselves (Postfix and Dovecot for the
 * mail probe and the status probes). They bind fixed ports: one file at a time.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; the libraries are tested directly.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    // Status probes record their results in a real (per-file, migrated) SQLite database.
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/per-file-database.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    // Starting and stopping real daemons takes longer than a unit test's hook.
    hookTimeout: 60_000,
  },
});
