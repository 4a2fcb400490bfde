// `npm start`: applies pending migrations (idempotent) and serves the production build.
// Set PORTAL_SKIP_MIGRATIONS=1 when migrations run as a separate deployment step.
import { baseEnv, migrate, nextStartArgs, nextStartEnv, startForeground } from './lib/tasks.mjs';

const port = process.env.PORT || '3000';
const env = baseEnv({ PORT: port, NODE_ENV: 'production' });
if (process.env.PORTAL_SKIP_MIGRATIONS !== '1') await migrate(env);
process.exit(await startForeground('next', nextStartArgs(port), nextStartEnv(env)));
