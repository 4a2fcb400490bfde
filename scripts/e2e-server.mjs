// The server the end-to-end tests run against (started by playwright.config.ts): a fresh database
// with the demo content, a production build in its own folder, and `next start` on loopback.
import fs from 'node:fs';
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
  startForeground,
  startWorker,
} from './lib/tasks.mjs';

const port = process.env.E2E_PORT || '3100';
// A second run on another port (E2E_PORT) gets its own database and build, so two can run at once.
const suffix = port === '3100' ? '' : `-${port}`;
const distDir = `.next-test${suffix}`;
const dbFile = path.join(root, 'data', `e2e${suffix}`, 'portal.db');
fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });

const env = baseEnv({
  DATABASE_URL: `file:${dbFile}`,
  NEXT_DIST_DIR: distDir,
  PORT: port,
  PORTAL_BASE_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: 'production',
  PORTAL_DEMO_STAFF: '1',
  // The documented development keys of the mail events (docs/mail-events.md): the demo's own, so that
  // its records can be read and "Tell these mailboxes" can seal and open the demo's addresses.
  MAIL_EVENTS_HASH_KEY: process.env.MAIL_EVENTS_HASH_KEY || 'dev-only-mail-events-key',
  MAIL_EVENTS_ADDRESS_KEY: process.env.MAIL_EVENTS_ADDRESS_KEY || 'dev-only-mail-events-address-key',
  DEMO_MAIL_PORT_OFFSET: String(10_000 + Number(port) - 3100),
});
await migrate(env);
seedDemo(env);
ensureBuild(env, distDir);
const mail = await startDemoMail(env, path.join('data', `e2e${suffix}`, 'demo-mail'));
env.MAIL_SERVICE_FILE = mail.registryFile;
env.MAIL_CA_FILE = mail.caFile;
// A fresh database must not be served from an earlier run's page cache.
clearRuntimeCache(distDir);
startWorker(env);
process.exit(await startForeground('next', nextStartArgs(port, '127.0.0.1'), nextStartEnv(env)));
