import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/lib/db/create-client';
import { HEARTBEAT_LEASE, leaseOverdueMs, STALE_LEASE_MS } from '@/lib/jobs/job-lease';

/**
 * GET /api/ready (docs/operations.md, "Health and readiness"): may this instance take traffic? It is
 * ready when the database answers, every migration of this release has been applied and the mail
 * registry in force can be loaded. Whether background jobs run somewhere (a worker renews the
 * publishing lease) is reported too, but does not decide: the workers are other processes, and their
 * stopping must raise an alert (PortalJobsNotRunning), not take every web instance out of rotation at
 * once. Each check has a deadline, so a hung database makes the answer a quick 503, not a hang.
 */

export interface CheckOutcome {
  ok: boolean;
  /** How long the check took, in milliseconds. */
  ms: number;
  /** Why it failed (or a note); fixed wording, never an error message or a connection string. */
  detail?: string;
}

export const READINESS_CHECKS = ['database', 'migrations', 'registry', 'jobs'] as const;
export type ReadinessCheck = (typeof READINESS_CHECKS)[number];
/** Checks reported (and exported as metrics) without deciding readiness. */
const REPORTED_ONLY: ReadonlySet<ReadinessCheck> = new Set(['jobs']);

export interface Readiness {
  ready: boolean;
  checks: Record<ReadinessCheck, CheckOutcome>;
}

export interface ReadinessDeps {
  db: PrismaClient;
  /** PostgreSQL (our runner's `_portal_migrations`) or SQLite (Prisma's `_prisma_migrations`). */
  postgres: boolean;
  /** The release's migration folders: prisma/migrations, or prisma/postgresql/migrations. */
  migrationsDir: string;
  /** The registry in force (getActiveRegistry). */
  loadRegistry: () => Promise<{ endpoints: unknown[] }>;
  now?: () => Date;
  /** Seconds since this process started (a fresh instance has not run a job tick yet). */
  uptimeSeconds?: () => number;
  /** Deadline of each check. */
  timeoutMs?: number;
  /** How long the migration comparison is reused (it reads a folder and a table). */
  migrationCacheMs?: number;
  migrationCache?: { at: number; outcome: Omit<CheckOutcome, 'ms'> } | null;
}

const TIMEOUT_MS = 2_000;
const MIGRATION_CACHE_MS = 5_000;
/** SQLite: `prisma migrate deploy`'s table; PostgreSQL: scripts/lib/migrate-postgres.mjs's. */
const SQLITE_APPLIED =
  'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';
const POSTGRES_APPLIED = 'SELECT name FROM "_portal_migrations"';

/** A check that ran out of time. */
export class CheckFailed extends Error {}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckFailed(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function timed(
  ms: number,
  work: () => Promise<Omit<CheckOutcome, 'ms'>>,
  onError: string,
): Promise<CheckOutcome> {
  const started = performance.now();
  let outcome: Omit<CheckOutcome, 'ms'>;
  try {
    outcome = await withTimeout(work(), ms);
  } catch (error) {
    outcome = { ok: false, detail: error instanceof CheckFailed ? `${onError}: ${error.message}` : onError };
  }
  return { ...outcome, ms: Math.round(performance.now() - started) };
}

/** Migration folders of this release that the database has not applied (sorted). */
export async function pendingMigrations(deps: Pick<ReadinessDeps, 'db' | 'postgres' | 'migrationsDir'>) {
  const folders = fs
    .readdirSync(deps.migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const rows = await deps.db.$queryRawUnsafe<{ name: string }[]>(
    deps.postgres ? POSTGRES_APPLIED : SQLITE_APPLIED,
  );
  const applied = new Set(rows.map((row) => row.name));
  // Migrations the database has and this release does not are a newer release's (they only add).
  return folders.filter((name) => !applied.has(name)).sort();
}

async function migrationsCheck(deps: ReadinessDeps): Promise<Omit<CheckOutcome, 'ms'>> {
  const cacheMs = deps.migrationCacheMs ?? MIGRATION_CACHE_MS;
  const cached = deps.migrationCache;
  if (cached && Date.now() - cached.at < cacheMs) return cached.outcome;
  let pending: string[];
  try {
    pending = await pendingMigrations(deps);
  } catch {
    // No table at all: the database was never migrated (not cached: the next request looks again).
    return { ok: false, detail: 'the applied migrations cannot be read' };
  }
  const outcome =
    pending.length === 0
      ? { ok: true }
      : {
          ok: false,
          detail: `${pending.length} migration(s) of this release not applied: run npm run db:migrate`,
        };
  deps.migrationCache = { at: Date.now(), outcome };
  return outcome;
}

async function jobsCheck(deps: ReadinessDeps, now: Date): Promise<Omit<CheckOutcome, 'ms'>> {
  const overdue = await leaseOverdueMs(HEARTBEAT_LEASE, now, deps.db);
  if (overdue === null) {
    const uptime = deps.uptimeSeconds?.() ?? process.uptime();
    return uptime * 1000 < STALE_LEASE_MS
      ? { ok: true, detail: 'starting: no job tick has run yet' }
      : { ok: false, detail: 'no worker has ever run the background jobs' };
  }
  if (overdue <= STALE_LEASE_MS) return { ok: true };
  return { ok: false, detail: `no worker has run the background jobs for ${Math.round(overdue / 1000)} s` };
}

/** Runs every readiness check: the database first, the others (which need it) together. */
export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const ms = deps.timeoutMs ?? TIMEOUT_MS;
  const now = deps.now?.() ?? new Date();
  const database = await timed(
    ms,
    async () => {
      await deps.db.$queryRawUnsafe('SELECT 1');
      return { ok: true };
    },
    'the database does not answer',
  );
  if (!database.ok) {
    const skipped = { ok: false, ms: 0, detail: 'not checked: the database does not answer' };
    return {
      ready: false,
      checks: { database, migrations: skipped, registry: skipped, jobs: skipped },
    };
  }
  const [migrations, registry, jobs] = await Promise.all([
    timed(ms, () => migrationsCheck(deps), 'the applied migrations cannot be read'),
    timed(
      ms,
      async () => {
        const { endpoints } = await deps.loadRegistry();
        return endpoints.length > 0 ? { ok: true } : { ok: false, detail: 'the registry has no endpoints' };
      },
      'the mail service registry cannot be loaded',
    ),
    timed(ms, () => jobsCheck(deps, now), 'the job leases cannot be read'),
  ]);
  const checks = { database, migrations, registry, jobs };
  const ready = READINESS_CHECKS.every((name) => REPORTED_ONLY.has(name) || checks[name].ok);
  return { ready, checks };
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The JSON answer of GET /api/ready: 200 when every deciding check passes, else 503. */
export async function readinessResponse(deps: ReadinessDeps): Promise<Response> {
  const { ready, checks } = await checkReadiness(deps);
  return Response.json(
    { status: ready ? 'ready' : 'not-ready', checks },
    { status: ready ? 200 : 503, headers: NO_STORE },
  );
}

/** The migrations folder scripts/migrate.mjs applies for this kind of database. */
export function migrationsDirFor(postgres: boolean, root = process.cwd()): string {
  return path.resolve(
    /*turbopackIgnore: true*/ root,
    postgres ? path.join('prisma', 'postgresql', 'migrations') : path.join('prisma', 'migrations'),
  );
}
