// The two-instance test's site (playwright.multi.config.ts): one fresh database, the end-to-end
// build, two `next start` instances and a round-robin reverse proxy in front, like a deployment with
// N instances behind a load balancer. Ports: proxy MULTI_PORT (3200), instances +1 and +2.
// MULTI_DATABASE=postgresql puts the site on a fresh PostgreSQL database on PG_TEST_URL's server (the
// production setup); otherwise both instances share one SQLite file (the embedded default).
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib/tasks.mjs';
import { prepareTestSite, startTestInstances } from './lib/test-instances.mjs';
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

const env = await prepareTestSite({
  databaseUrl,
  baseUrl: `http://127.0.0.1:${port}`,
  dataDir,
  mailPortOffset: 20100,
});
// The proxy listens once both instances answer, so the test starts against a complete site.
const children = await startTestInstances(env, instances);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && process.exit(code));
await startRoundRobinProxy(port, instances);
console.log(
  `Two instances (${instances.join(', ')}) on ${onPostgres ? 'PostgreSQL' : 'SQLite'} behind http://127.0.0.1:${port}`,
);
