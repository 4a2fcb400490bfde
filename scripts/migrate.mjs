// `npm run db:migrate`: applies pending migrations to DATABASE_URL (SQLite by default, or PostgreSQL).
import { baseEnv, migrate } from './lib/tasks.mjs';

await migrate(baseEnv());
