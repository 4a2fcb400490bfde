// `npm run demo`: database + demo content + build (when needed) + server, on a fresh machine.
import { baseEnv, ensureBuild, migrate, seedDemo, startForeground } from './lib/tasks.mjs';

const port = process.env.PORT || '3000';
const env = baseEnv({ PORT: port, NODE_ENV: 'production' });

console.log(`▶ Database: ${env.DATABASE_URL}`);
migrate(env);
seedDemo(env);
ensureBuild(env);

const url = env.PORTAL_BASE_URL || `http://localhost:${port}`;
console.log(
  `\n✓ The support portal is starting at ${url}/ (English: ${url}/en, Japanese: ${url}/ja). Ctrl-C stops it.\n`,
);
process.exit(await startForeground('next', ['start', '--port', port], env));
