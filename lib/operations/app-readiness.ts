import 'server-only';
import { prisma } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/database-url';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { checkReadiness, migrationsDirFor, type ReadinessDeps } from './readiness';

const state = globalThis as unknown as { portalReadinessDeps?: ReadinessDeps };

/**
 * The readiness checks of this app instance: its one database client, the migrations folder for
 * its kind of database, and the registry in force. Made once per process, so the migration
 * comparison is reused for a few seconds across requests and scrapes.
 */
export function appReadinessDeps(): ReadinessDeps {
  if (!state.portalReadinessDeps) {
    const postgres = isPostgresUrl(databaseUrl());
    state.portalReadinessDeps = {
      db: prisma,
      postgres,
      migrationsDir: migrationsDirFor(postgres),
      loadRegistry: getActiveRegistry,
    };
  }
  return state.portalReadinessDeps;
}

/** Each check's verdict, for the portal_readiness_check metric. */
export async function readinessVerdicts(): Promise<Record<string, boolean>> {
  const { checks } = await checkReadiness(appReadinessDeps());
  return Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, check.ok]));
}
