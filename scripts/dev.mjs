// `npm run dev`: the development server over the same database as the demo (migrated, seeded if empty).
import { baseEnv, migrate, seedDemo, startForeground } from './lib/tasks.mjs';

const env = baseEnv({ PORTAL_DEMO_STAFF: '1', PORT: process.env.PORT || '3000' });
await migrate(env);
seedDemo(env);
process.exit(await startForeground('next', ['dev', '--port', process.env.PORT || '3000'], env));
