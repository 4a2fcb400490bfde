// `npm run demo`: database + demo content + build (when needed) + server, on a fresh machine.
import { ensureDemoProfileSigner } from './lib/demo-profile-signer.mjs';
import {
  baseEnv,
  clearRuntimeCache,
  ensureBuild,
  isNewSqliteDatabase,
  migrate,
  nextStartArgs,
  nextStartEnv,
  seedDemo,
  startDemoMail,
  startForeground,
  startWorker,
} from './lib/tasks.mjs';

const port = process.env.PORT || '3000';
const env = baseEnv({
  PORT: port,
  NODE_ENV: 'production',
  PORTAL_DEMO_STAFF: '1',
  // The documented development keys of the mail events (docs/mail-events.md): the demo's own, so that
  // its records can be read and "Tell these mailboxes" can seal and open the demo's addresses.
  MAIL_EVENTS_HASH_KEY: process.env.MAIL_EVENTS_HASH_KEY || 'dev-only-mail-events-key',
  MAIL_EVENTS_ADDRESS_KEY: process.env.MAIL_EVENTS_ADDRESS_KEY || 'dev-only-mail-events-address-key',
});

console.log(`▶ Database: ${env.DATABASE_URL}`);
const freshDatabase = isNewSqliteDatabase(env.DATABASE_URL);
await migrate(env);
seedDemo(env);
ensureBuild(env);
// Pages cached for a database that has since been deleted must not outlive it.
if (freshDatabase) clearRuntimeCache();

// Demo mail servers on loopback, unless a real registry is configured.
if (!process.env.MAIL_SERVICE_FILE) {
  const mail = await startDemoMail(env, 'data/demo-mail');
  env.MAIL_SERVICE_FILE = mail.registryFile;
  env.MAIL_CA_FILE = mail.caFile;
  console.log(
    '✓ Demo mail servers are running (mailbox for the checker’s login test: demo@example.test / demo-mail-password).',
  );
}

ensureDemoProfileSigner(env);
const url = env.PORTAL_BASE_URL || `http://localhost:${port}`;
console.log(
  `\n✓ The support portal is starting at ${url}/ (English: ${url}/en, Japanese: ${url}/ja). Ctrl-C stops it.\n`,
);
startWorker(env);
process.exit(await startForeground('next', nextStartArgs(port), nextStartEnv(env)));
