// `npm run demo`: database + demo content + build (when needed) + server, on a fresh machine.
import {
  baseEnv,
  clearRuntimeCache,
  ensureBuild,
  isNewSqliteDatabase,
  migrate,
  seedDemo,
  startForeground,
} from './lib/tasks.mjs';

const port = process.env.PORT || '3000';
const env = baseEnv({ PORT: port, NODE_ENV: 'production', PORTAL_DEMO_STAFF: '1' });

console.log(`▶ Database: ${env.DATABASE_URL}`);
const freshDatabase = isNewSqliteDatabase(env.DATABASE_URL);
migrate(env);
seedDemo(env);
ensureBuild(env);
// Pages cached for a database that has since been deleted must not outlive it.
if (freshDatabase) clearRuntimeCache();

const url = env.PORTAL_BASE_URL || `http://localhost:${port}`;
console.log(
  `\n✓ The support portal is starting at ${url}/ (English: ${url}/en, Japanese: ${url}/ja). Ctrl-C stops it.\n`,
);
process.exit(await startForeground('next', ['start', '--port', port], env));
