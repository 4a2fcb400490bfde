// Shared steps of the npm scripts (demo, dev, start, e2e server). Plain Node, no dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isPostgresUrl } from './postgres-schema.mjs';
import { migratePostgres } from './migrate-postgres.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Environment every script shares; callers may override any of it. */
export function baseEnv(overrides = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: process.env.DATABASE_URL || 'file:./data/portal.db',
    ...overrides,
  };
}

/**
 * Preloaded into the server process: replaces any client-sent `x-portal-peer` header with the socket
 * address, so the client address cannot be forged (lib/auth/request-context.ts, docs/deployment.md).
 */
export const PEER_PRELOAD = `--import "${pathToFileURL(path.join(root, 'scripts/lib/peer-address.mjs')).href}"`;

/**
 * The environment of `next start`, wherever it runs (npm start, the demo, tests, benchmarks): `env`
 * with the server's Node options added to NODE_OPTIONS, then `extra` (e.g. a benchmark's heap cap).
 *
 * A 32 MB young-generation semi-space instead of V8's 16 MB: serving a cached page allocates mostly
 * short-lived objects, and with more room fewer of them survive a scavenge to be copied. The English
 * notice served 3–7 % more requests per second in three alternating A/B runs on the 2-core test
 * machine, the Japanese one no fewer (docs/performance.md); 64 MB added nothing more. It
 * costs at most 48 MB more memory per instance.
 */
export function nextStartEnv(env, extra = '') {
  const options = [env.NODE_OPTIONS, '--max-semi-space-size=32', PEER_PRELOAD, extra]
    .filter(Boolean)
    .join(' ');
  return { ...env, NODE_OPTIONS: options };
}

/**
 * `next start` arguments. Node closes an idle keep-alive connection after 5 s by default; a proxy
 * that reuses it at that moment (nginx keeps upstream connections 60 s, Playwright's request client
 * reuses them too) gets ECONNRESET. The app therefore keeps idle connections longer than any client
 * in front of it: the proxy, not the app, decides when one is closed.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 75_000;

export function nextStartArgs(port, hostname) {
  return [
    'start',
    '--port',
    String(port),
    ...(hostname ? ['--hostname', hostname] : []),
    '--keepAliveTimeout',
    String(KEEP_ALIVE_TIMEOUT_MS),
  ];
}

/** Runs a project binary to completion; exits the process with its code if it fails. */
export function runOrExit(name, args, env) {
  const result = spawnSync(bin(name), args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} ${args.join(' ')} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** Applies pending migrations to env.DATABASE_URL: Prisma's for SQLite, our runner for PostgreSQL. */
export async function migrate(env) {
  if (!isPostgresUrl(env.DATABASE_URL)) {
    runOrExit('prisma', ['migrate', 'deploy'], env);
    return;
  }
  try {
    await migratePostgres(env.DATABASE_URL, root);
  } catch (error) {
    console.error(`\n✖ PostgreSQL migration failed: ${error.message}`);
    process.exit(1);
  }
}

export function seedDemo(env) {
  // react-server: lib/ modules marked server-only load in scripts too.
  runOrExit('tsx', ['--conditions=react-server', 'prisma/seed.ts'], env);
}

const BUILD_INPUTS = [
  'app',
  'components',
  'i18n',
  'lib',
  'messages',
  'public',
  'prisma/schema.prisma',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

/** A hash of everything a production build depends on, to tell whether the last build is current. */
export function sourceHash() {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      if (relative === path.join('lib', 'db', 'generated')) return;
      for (const name of fs.readdirSync(full).sort()) visit(path.join(relative, name));
    } else {
      hash.update(relative);
      hash.update(fs.readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest('hex');
}

/** Builds into `distDir` unless its last build was made from the same sources. */
export function ensureBuild(env, distDir = '.next') {
  const marker = path.join(root, distDir, 'portal-source-hash');
  const current = sourceHash();
  const built =
    fs.existsSync(path.join(root, distDir, 'BUILD_ID')) && fs.existsSync(marker)
      ? fs.readFileSync(marker, 'utf8')
      : null;
  if (built === current) {
    console.log(`✓ The build in ${distDir}/ is current.`);
    return;
  }
  console.log(`▶ Building the portal into ${distDir}/ (a minute or two)…`);
  // The build's type check starts from scratch: its incremental state kept the old message catalog's
  // types after a key was added to messages/*.json, and failed the build on keys that did exist.
  fs.rmSync(path.join(root, distDir, 'cache', '.tsbuildinfo'), { force: true });
  runOrExit('next', ['build'], { ...env, NEXT_DIST_DIR: distDir });
  fs.writeFileSync(marker, current);
}

/**
 * Forgets pages and data cached at run time (not the build itself). Needed when the database behind
 * a build is replaced, or the new database would be served the old one's pages.
 */
export function clearRuntimeCache(distDir = '.next') {
  for (const dir of [
    path.join(distDir, 'server', 'route-cache'),
    path.join(distDir, 'cache', 'fetch-cache'),
  ]) {
    fs.rmSync(path.join(root, dir), { recursive: true, force: true });
  }
}

/** Whether a SQLite `file:` database URL points at a file that does not exist yet. */
export function isNewSqliteDatabase(url) {
  if (!url.startsWith('file:')) return false;
  return !fs.existsSync(path.resolve(root, url.slice('file:'.length)));
}

/**
 * Starts the demo mail servers (scripts/demo-mail.ts) in the background and resolves with the
 * registry and CA files to give the portal, once they listen. They stop when this process exits.
 */
export function startDemoMail(env, dir) {
  const child = spawn(bin('tsx'), ['--conditions=react-server', 'scripts/demo-mail.ts'], {
    cwd: root,
    env: { ...env, DEMO_MAIL_DIR: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const ready = /READY (\S+) (\S+)/.exec(output);
      if (ready) resolve({ registryFile: ready[1], caFile: ready[2] });
    });
    child.on('exit', (code) => reject(new Error(`the demo mail servers stopped (exit code ${code})`)));
  });
}

/**
 * Starts the background-job worker (`npm run worker`, scripts/worker.ts) beside a web server, unless
 * PORTAL_WORKER=0 (a deployment that runs its workers elsewhere). It stops when this process exits;
 * if it stops by itself, this process says so and exits too (a portal without its jobs publishes
 * nothing on time).
 */
export function startWorker(env) {
  if (env.PORTAL_WORKER === '0') return null;
  const child = spawn(bin('tsx'), ['--conditions=react-server', 'scripts/worker.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  child.on('exit', (code, signal) => {
    if (signal === 'SIGTERM' || signal === 'SIGINT') return;
    console.error(`\n✖ The background-job worker stopped (exit code ${code ?? signal}).`);
    process.exit(1);
  });
  return child;
}

/** Starts a long-running project binary, forwarding Ctrl-C, and resolves with its exit code. */
export function startForeground(name, args, env) {
  const child = spawn(bin(name), args, { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}
