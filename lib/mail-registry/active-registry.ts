import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { RegistryFileError } from './load-registry';
import type { MailRegistry } from './registry-schema';
import { importRegistryFile, latestRegistryRevision, latestRegistryRevisionId } from './registry-store';
import { logger } from '@/lib/operations/logger';

const log = logger.child({ area: 'registry' });

/** Used only to fill an empty database, so a fresh machine has a registry to show and probe. */
export const DEFAULT_REGISTRY_FILE = 'config/mail-service.demo.json';

export class RegistryUnavailableError extends Error {
  readonly code = 'registry-unavailable';
}

const state = globalThis as unknown as {
  portalRegistrySync?: { file: string; mtimeMs: number };
  portalRegistryCache?: { id: number; registry: MailRegistry };
};

/**
 * Imports MAIL_SERVICE_FILE when it is set and has changed since this process last looked (one
 * `stat` per call otherwise). Returns true when a new version was stored. An invalid file is
 * reported in the server log and the registry in force stays in force.
 */
export async function syncRegistryFile(file = process.env.MAIL_SERVICE_FILE): Promise<boolean> {
  if (!file) return false;
  let mtimeMs = -1;
  try {
    mtimeMs = fs.statSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)).mtimeMs;
  } catch {
    // importRegistryFile reports the unreadable file.
  }
  const seen = state.portalRegistrySync;
  if (seen && seen.file === file && seen.mtimeMs === mtimeMs) return false;
  state.portalRegistrySync = { file, mtimeMs };
  try {
    return (await importRegistryFile(file)) !== null;
  } catch (error) {
    if (!(error instanceof RegistryFileError)) throw error;
    log.error(
      { detail: error.message },
      'registry file not imported; the registry in the database stays in force',
    );
    return false;
  }
}

/**
 * The registry in force: what the checker probes and what guides and auto-configuration files are
 * generated from. The newest saved version in the database, after importing MAIL_SERVICE_FILE if it
 * changed; an empty database is filled from the demo file. Parsed once per version.
 */
export async function getActiveRegistry(): Promise<MailRegistry> {
  await syncRegistryFile();
  let id = await latestRegistryRevisionId();
  if (id === null) {
    try {
      await importRegistryFile(DEFAULT_REGISTRY_FILE);
    } catch (error) {
      log.error(
        error instanceof RegistryFileError ? { detail: error.message } : { err: error },
        'demo registry not imported',
      );
    }
    id = await latestRegistryRevisionId();
    if (id === null) throw new RegistryUnavailableError('no mail service registry is configured');
  }
  const cached = state.portalRegistryCache;
  if (cached?.id === id) return cached.registry;
  const latest = await latestRegistryRevision();
  if (!latest) throw new RegistryUnavailableError('no mail service registry is configured');
  state.portalRegistryCache = { id: latest.id, registry: latest.registry };
  return latest.registry;
}

/**
 * The registry, or null when it cannot be read just now: for parts of a page that can be left out
 * (the settings table, a notice's policy lines) rather than failing the whole page.
 */
export async function activeRegistryOrNull(): Promise<MailRegistry | null> {
  try {
    return await getActiveRegistry();
  } catch {
    return null;
  }
}
