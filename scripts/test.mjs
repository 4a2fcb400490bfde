// `npm test`: type check, lint, formatting, unit tests, the alert rules (promtool), integration tests
// against real Postfix and Dovecot, the same on PostgreSQL, then end-to-end tests in Debian's Chromium
// (one instance, then two).
// Stops at the first failing step. Without Chromium the end-to-end step cannot run: under CI that is
// a failure; on a workstation it is reported loudly and the other steps still count.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { baseEnv, root } from './lib/tasks.mjs';

const env = baseEnv();
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ci = ['1', 'true'].includes(String(process.env.CI).toLowerCase());

function step(title, name, args, command = bin(name)) {
  console.log(`\n▶ ${title}: ${name} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step('Route types', 'next', ['typegen']);
step('Type check', 'tsc', ['--noEmit']);
step('Lint', 'eslint', ['.', '--max-warnings', '0']);
step('Formatting', 'prettier', ['--check', '.']);
step('Unit tests', 'vitest', ['run']);
// The Prometheus alert rules (deploy/prometheus/): syntax, then their unit tests, with Debian's
// promtool (apt: prometheus). Missing, it says what to install; under CI that is a failure.
if (spawnSync('promtool', ['--version'], { stdio: 'ignore' }).error) {
  const message = [
    'promtool was not found; it checks and tests the alert rules in deploy/prometheus/.',
    'Install it with:  sudo apt-get install -y --no-install-recommends prometheus',
  ].join('\n  ');
  if (ci) {
    console.error(`\n✖ ${message}`);
    process.exit(1);
  }
  console.warn(`\n⚠ ALERT RULES NOT TESTED. ${message}`);
} else {
  step('Alert rules', 'promtool', ['check', 'rules', 'deploy/prometheus/portal-alerts.yml'], 'promtool');
  step(
    'Alert rule tests',
    'promtool',
    ['test', 'rules', 'deploy/prometheus/portal-alerts.test.yml'],
    'promtool',
  );
}
// Real Postfix and Dovecot on loopback (apt: postfix dovecot-core dovecot-imapd dovecot-pop3d); without
// them the suite says what to install, and under CI it fails.
step('Integration tests (Postfix, Dovecot)', 'vitest', ['run', '-c', 'vitest.integration.config.mts']);
// The data layer and the integration tests again on PostgreSQL, when PG_TEST_URL names a server and a
// role that may create databases (.ci/run starts Debian's postgresql on loopback). CI must run them.
if (process.env.PG_TEST_URL) {
  step('Data layer and integration tests on PostgreSQL', 'vitest', [
    'run',
    '-c',
    'vitest.postgres.config.mts',
  ]);
} else if (ci) {
  console.error(
    '\n✖ PG_TEST_URL is not set: CI must run the PostgreSQL tests (see docs/configuration.md, PostgreSQL).',
  );
  process.exit(1);
} else {
  console.warn(
    '\n⚠ POSTGRESQL TESTS NOT RUN: set PG_TEST_URL=postgresql://user:password@127.0.0.1:5432/postgres',
  );
}

if (!fs.existsSync(chromium)) {
  const message = [
    `Chromium was not found at ${chromium}; the end-to-end tests need it.`,
    'Install Debian’s browser and Japanese fonts:  sudo apt-get install -y chromium fonts-noto-cjk',
    'or point CHROMIUM_PATH at another Chromium binary.',
  ].join('\n  ');
  if (ci) {
    console.error(`\n✖ ${message}`);
    process.exit(1);
  }
  console.warn(`\n⚠ END-TO-END TESTS NOT RUN. ${message}`);
  process.exit(0);
}
step('End-to-end tests', 'playwright', ['test']);
// Two `next start` instances over one database behind a round-robin proxy: sessions, and a publish on
// one instance showing on the other within two seconds (scripts/e2e-multi-server.mjs).
// On the embedded SQLite file, then on PostgreSQL (the production setup) when PG_TEST_URL is set.
step('Two app instances behind a proxy (SQLite)', 'playwright', ['test', '-c', 'playwright.multi.config.ts']);
if (process.env.PG_TEST_URL) {
  env.MULTI_DATABASE = 'postgresql';
  step('Two app instances behind a proxy (PostgreSQL)', 'playwright', [
    'test',
    '-c',
    'playwright.multi.config.ts',
  ]);
}
// Debian's nginx with the shipped edge configuration in front of two instances: what is cached and
// what never is, a publish within two seconds, and the site with both instances killed.
step('Edge cache (nginx) in front of two instances', 'playwright', [
  'test',
  '-c',
  'playwright.edge.config.ts',
]);
console.log('\n✓ All tests passed.');
