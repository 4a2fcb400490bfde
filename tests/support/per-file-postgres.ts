import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { serverUrl, TEMPLATE } from './postgres-setup';

// Each test file gets its own copy of the migrated template, so files run in parallel and never see
// each other's rows. Set before any module opens the shared Prisma client.
const name = `portal_test_${randomUUID().replace(/-/g, '')}`;
const admin = new pg.Client({ connectionString: serverUrl('postgres') });
await admin.connect();
try {
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
} finally {
  await admin.end();
}
process.env.DATABASE_URL = serverUrl(name);
