// The edge test's site (playwright.edge.config.ts): one fresh database, the end-to-end build, two
// `next start` instances and Debian's nginx in front of them with the shipped edge configuration
// (deploy/nginx/portal.conf.template). Ports: nginx EDGE_PORT (3300), instances +1 and +2.
// The test kills the instances itself (their pids are in data/e2e-edge/site.json) to show what the
// edge serves while the app is down; this script keeps nginx running until it is stopped.
import fs from 'node:fs';
import path from 'node:path';
import { nginxInstalled, startEdge } from './lib/start-edge.mjs';
import { root } from './lib/tasks.mjs';
import { prepareTestSite, startTestInstances } from './lib/test-instances.mjs';

const port = Number(process.env.EDGE_PORT || 3300);
const instances = [port + 1, port + 2];
const dataDir = path.join(root, 'data', 'e2e-edge');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

if (!nginxInstalled()) {
  console.error('nginx was not found: apt-get install -y nginx (Debian’s package; it need not be running).');
  process.exit(1);
}

const env = await prepareTestSite({
  databaseUrl: `file:${path.join(dataDir, 'portal.db')}`,
  baseUrl: `http://127.0.0.1:${port}`,
  dataDir,
  mailPortOffset: 20200,
});
// nginx listens once both instances answer, so the test starts against a complete site.
const children = await startTestInstances(env, instances);
const edge = await startEdge({ port, upstreams: instances, env });
fs.writeFileSync(
  path.join(dataDir, 'site.json'),
  JSON.stringify({
    instances: children.map((c, i) => ({ port: instances[i], pid: c.pid })),
    portalConf: edge.portalConf,
  }),
);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  edge.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
edge.process.on('exit', (code) => {
  console.error(`nginx stopped (exit code ${code}); see ${path.join(edge.dir, 'error.log')}`);
  process.exit(1);
});
console.log(`Two instances (${instances.join(', ')}) behind nginx on http://127.0.0.1:${port}`);
