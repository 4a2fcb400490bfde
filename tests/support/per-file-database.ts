import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TEMPLATE_DB } from './global-setup';

// Each test file gets its own copy of the migrated database, so files can run in parallel and
// never see each other's rows. Set before any module opens the shared Prisma client.
const file = path.join(path.dirname(TEMPLATE_DB), `${randomUUID()}.db`);
fs.copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
