// What the two-instance tests share (scripts/e2e-multi-server.mjs behind a round-robin proxy,
// scripts/e2e-edge-server.mjs behind nginx): one fresh demo site on the end-to-end build, its demo
// mail servers, and `next start` instances that trust a proxy on this host.
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  baseEnv,
  clearRuntimeCache,
  ensureBuild,
  migrate,
  nextStartArgs,
  nextStartEnv,
  root,
  seedDemo,
  startDemoMail,
  startWorker,
} from './tasks.mjs';

/**
 * Migrates and seeds `databaseUrl`, builds `.next-test` when needed, starts the demo mail servers
 * (their files under `dataDir`) and returns the environment the instances run with.
 */
export async function prepareTestSite({ databaseUrl, baseUrl, dataDir, mailPortOffset }) {
  const env = baseEnv({
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: '.next-test',
    PORTAL_BASE_URL: baseUrl,
    NODE_ENV: 'production',
    PORTAL_DEMO_STAFF: '1',
    DEMO_MAIL_PORT_OFFSET: String(mailPortOffset),
  });
  await migrate(env);
  seedDemo(env);
  ensureBuild(env, '.next-test');
  const mail = await startDemoMail(env, path.relative(root, path.join(dataDir, 'demo-mail')));
  env.MAIL_SERVICE_FILE = mail.registryFile;
  env.MAIL_CA_FILE = mail.caFile;
  clearRuntimeCache('.next-test');
  return env;
}

/**
 * Starts one `next start` per port and one background-job worker, and resolves once every instance
 * answers (with the instances; the worker stops with this process). The proxy in front runs on
 * this host, so its X-Forwarded-For names the client (TRUSTED_PROXIES=127.0.0.1).
 */
export async function startTestInstances(env, ports) {
  const children = ports.map((port) =>
    spawn(path.join(root, 'node_modules', '.bin', 'next'), nextStartArgs(port, '127.0.0.1'), {
      cwd: root,
      env: nextStartEnv({ ...env, PORT: String(port), TRUSTED_PROXIES: '127.0.0.1' }),
      stdio: 'inherit',
    }),
  );
  startWorker(env);
  for (const [i, port] of ports.entries()) {
    for (;;) {
      if (children[i].exitCode !== null)
        throw new Error(`next start on port ${port} stopped (exit code ${children[i].exitCode})`);
      const ok = await fetch(`http://127.0.0.1:${port}/en`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return children;
}
