// The two-instance test's site (playwright.multi.config.ts): one fresh database, the end-to-end
// build, two `next start` instances and a round-robin reverse proxy in front, like a deployment with
// N instances behind a load balancer. Ports: proxy MULTI_PORT (3200), instances +1 and +2.
// MULTI_DATABASE=postgresql puts the site on a fresh PostgreSQL database on PG_TEST_URL's server (the
// production setup); otherwise both instances share one SQLite file (the embedded default).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  baseEnv,
  clearRuntimeCache,
  ensureBuild,
  migrate,
  nextStartEnv,
  root,
  seedDemo,
  startDemoMail,
} from './lib/tasks.mjs';
import { freshPostgresDatabase } from './lib/fresh-postgres-database.mjs';
import { startRoundRobinProxy } from './lib/round-robin-proxy.mjs';

const port = Number(process.env.MULTI_PORT || 3200);
const instances = [port + 1, port + 2];
const dataDir = path.join(root, 'data', 'e2e-multi');
fs.rmSync(dataDir, { recursive: true, force: true });
const onPostgres = process.env.MULTI_DATABASE === 'postgresql';
if (onPostgres && !process.env.PG_TEST_URL) {
  console.error('MULTI_DATABASE=postgresql needs PG_TEST_URL (see docs/configuration.md, PostgreSQL).');
  process.exit(1);
}
const databaseUrl = onPostgres
  ? await freshPostgresDatabase(process.env.PG_TEST_URL, 'portal_e2e_multi')
  : `file:${path.join(dataDir, 'portal.db')}`;

const env = baseEnv({
  DATABASE_URL: databaseUrl,
  NEXT_DIST_DIR: '.next-test',
  PORTAL_BASE_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: 'production',
  PORTAL_DEMO_STAFF: '1',
  DEMO_MAIL_PORT_OFFSET: '20100',
});
await migrate(env);
seedDemo(env);
ensureBuild(env, '.next-test');
const mail = await startDemoMail(env, path.join('data', 'e2e-multi', 'demo-mail'));
env.MAIL_SERVICE_FILE = mail.registryFile;
env.MAIL_CA_FILE = mail.caFile;
clearRuntimeCache('.next-test');

const children = instances.map((instance) =>
  spawn(
    path.join(root, 'node_modules', '.bin', 'next'),
    ['start', '--port', String(instance), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      // The round-robin proxy in front is ours: its X-Forwarded-For names the client.
      env: nextStartEnv({ ...env, PORT: String(instance), TRUSTED_PROXIES: '127.0.0.1' }),
      stdio: 'inherit',
    },
  ),
);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && process.exit(code));

// The proxy listens once both instances answer, so the test starts against a complete site.
for (const instance of instances) {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${instance}/en`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
}
await startRoundRobinProxy(port, instances);
console.log(
  `Two instances (${instances.join(', ')}) on ${onPostgres ? 'PostgreSQL' : 'SQLite'} behind http://127.0.0.1:${port}`,
);
