// Starts Debian's nginx with the shipped edge configuration (deploy/nginx/portal.conf.template) in
// front of app instances on loopback, everything in a private temporary folder: for the edge test
// (scripts/e2e-edge-server.mjs) and the page benchmark's "edge" column (scripts/bench-pages.mjs).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasBrotliModule, renderPortalConf, standaloneNginxConf } from './nginx-config.mjs';
import { root } from './tasks.mjs';

export function nginxInstalled() {
  return !spawnSync('nginx', ['-v']).error;
}

/**
 * @param {{ port: number, upstreams: number[], env: NodeJS.ProcessEnv, workers?: number }} options
 * @returns {Promise<{ base: string, portalConf: string, dir: string, process: import('node:child_process').ChildProcess, stop: () => void }>}
 */
export async function startEdge({ port, upstreams, env, workers = 1 }) {
  // nginx's workers run as `nobody` when started as root: a world-readable folder outside the
  // checkout, with the cache and temporary folders writable.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-edge-'));
  fs.chmodSync(dir, 0o755);
  const fallbackDir = path.join(dir, 'fallback');
  const pages = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', 'scripts/edge-pages.ts', fallbackDir],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (pages.status !== 0) throw new Error('The edge fallback pages could not be written.');
  for (const sub of ['', 'en', 'ja']) fs.chmodSync(path.join(fallbackDir, sub), 0o755);
  const cacheDir = path.join(dir, 'cache');
  const portalConf = renderPortalConf({
    upstreams: upstreams.map((p) => `127.0.0.1:${p}`),
    listen: [`127.0.0.1:${port}`],
    serverNames: ['127.0.0.1', 'localhost'],
    cacheDir,
    fallbackDir,
    brotli: hasBrotliModule(),
  });
  const confFile = path.join(dir, 'nginx.conf');
  fs.writeFileSync(confFile, standaloneNginxConf(dir, portalConf, { workers }));
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const sub of ['cache', 'client_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp'])
    fs.chmodSync(path.join(dir, sub), 0o777);

  const child = spawn('nginx', ['-c', confFile, '-p', dir], { stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx stopped (exit code ${child.exitCode}); see ${dir}/error.log`);
    const up = await fetch(`${base}/en`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${base}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, portalConf, dir, process: child, stop };
}
