// `npm run bench:notify`: fan-out of one notice to BENCH_SUBSCRIBERS confirmed subscribers (default
// 100,000) and sending BENCH_SEND of the mails (default 10,000) through a local SMTP sink with
// pooled connections, on a fresh SQLite database and, when PG_TEST_URL is set, a fresh PostgreSQL
// database as well. A benchmark: it prints figures (docs/benchmarks.md) and exits 0.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { onBenchDatabases } from './lib/bench-databases.mjs';
import { root } from './lib/tasks.mjs';

await onBenchDatabases('bench-notify', (_run, env) => {
  execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/bench-notify.ts'],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
});
