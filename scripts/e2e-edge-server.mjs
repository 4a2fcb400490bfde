// The edge test's site (playwright.edge.config.ts): one fresh database, the end-to-end build, two
// `next start` instances and Debian's nginx in front of them with the shipped edge configuration
// (deploy/nginx/portal.conf.template). Ports: nginx EDGE_PORT (3300), instances +1 and +2.
// The test kills the instances itself (their pids are in data/e2e-edge/site.json) to show what the
// edge serves while the app is down; this script keeps nginx running until it is stopped.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { nginxInstalled, startEdge } from './lib/start-edge.mjs';
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

const port = Number(process.env.EDGE_PORT || 3300);
const instances = [port + 1, port + 2];
const dataDir = path.join(root, 'data', 'e2e-edge');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

if (!nginxInstalled()) {
  console.error('nginx was not found: apt-get install -y nginx (Debian’s package; it need not be running).');
  process.exit(1);
}

const env = baseEnv({
  DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`,
  NEXT_DIST_DIR: '.next-test',
  PORTAL_BASE_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: 'production',
  PORTAL_DEMO_STAFF: '1',
  DEMO_MAIL_PORT_OFFSET: '20200',
});
await migrate(env);
seedDemo(env);
ensureBuild(env, '.next-test');
const mail = await startDemoMail(env, path.join('data', 'e2e-edge', 'demo-mail'));
env.MAIL_SERVICE_FILE = mail.registryFile;
env.MAIL_CA_FILE = mail.caFile;
clearRuntimeCache('.next-test');

const children = instances.map((instance) =>
  spawn(
    path.join(root, 'node_modules', '.bin', 'next'),
    ['start', '--port', String(instance), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      // nginx on this host is the trusted proxy: its X-Forwarded-For names the client.
      env: nextStartEnv({ ...env, PORT: String(instance), TRUSTED_PROXIES: '127.0.0.1' }),
      stdio: 'inherit',
    },
  ),
);

// nginx listens once both instances answer, so the test starts against a complete site.
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
