// `npm run bench:insights`: the staff insights dashboard over BENCH_EVENTS recorded check events
// (default 1,000,000) on a fresh SQLite database and, when PG_TEST_URL is set, a fresh PostgreSQL
// database as well (scripts/bench-insights.ts does the recording and the timing). A benchmark: it
// prints figures and exits 0. The other half of the budget, cached pages with recording on
// and off, is `npm run bench:recording` (scripts/bench-recording.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { onBenchDatabases } from './lib/bench-databases.mjs';
import { machineLine, writeDocSection } from './lib/bench-server.mjs';
import { root } from './lib/tasks.mjs';

const runs = await onBenchDatabases('bench-insights', (run, env) => {
  const child = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/bench-insights.ts'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  process.stdout.write(child.stdout);
  run.figures = child.stdout
    .split('\n')
    .filter((line) => /^ {2}(recorded|policy|checks|whole|target)/.test(line))
    .map((line) => line.trim());
});
writeDocSection(
  'insights',
  [
    '## Insights dashboard',
    '',
    `${machineLine()} · \`npm run bench:insights\`, ${process.env.BENCH_EVENTS || '1000000'} events`,
    '',
    ...runs.flatMap((run) => [`**${run.label}**`, '', '```text', ...(run.figures ?? []), '```', '']),
  ].join('\n'),
);
