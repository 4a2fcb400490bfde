// `npm run dev`: the development server over the same database as the demo (migrated, seeded if empty).
import { baseEnv, migrate, PEER_PRELOAD, seedDemo, startForeground, startWorker } from './lib/tasks.mjs';

const env = baseEnv({ PORTAL_DEMO_STAFF: '1', PORT: process.env.PORT || '3000' });
// The same client-address preload as `next start` (docs/deployment.md, "Client addresses").
env.NODE_OPTIONS = [env.NODE_OPTIONS, PEER_PRELOAD].filter(Boolean).join(' ');
await migrate(env);
seedDemo(env);
startWorker(env);
process.exit(await startForeground('next', ['dev', '--port', process.env.PORT || '3000'], env));
