// `npm start`: applies pending migrations (idempotent) and serves the production build.
// Set PORTAL_SKIP_MIGRATIONS=1 when migrations run as a separate deployment step.
import { baseEnv, migrate, nextStartArgs, nextStartEnv, startForeground, startWorker } from './lib/tasks.mjs';

const port = process.env.PORT || '3000';
const env = baseEnv({ PORT: port, NODE_ENV: 'production' });
if (process.env.PORTAL_SKIP_MIGRATIONS !== '1') await migrate(env);
// The background jobs run in a worker process of their own (PORTAL_WORKER=0 to run them elsewhere).
startWorker(env);
process.exit(await startForeground('next', nextStartArgs(port), nextStartEnv(env)));
