// `npm run bench:mail-events`: sustained ingestion of Dovecot exporter events and Postfix log lines
// through the real parsers, queue and batched writes (BENCH_EVENTS, default 100,000 each), with the
// process's memory sampled throughout; then the staff readiness queries over BENCH_DAYS (30) days ×
// BENCH_MAILBOXES (100,000) mailboxes. On a fresh SQLite database and, when PG_TEST_URL is set, a fresh
// PostgreSQL database. A benchmark: it prints figures (docs/mail-events.md) and exits 0.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { onBenchDatabases } from './lib/bench-databases.mjs';
import { root } from './lib/tasks.mjs';

await onBenchDatabases('bench-mail-events', (_run, env) => {
  execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/bench-mail-events.ts'],
    { cwd: root, env, stdio: 'inherit' },
  );
});
