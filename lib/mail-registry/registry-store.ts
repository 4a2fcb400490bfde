import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import { recordAudit, type AuditInput } from '@/lib/audit/record-audit';
import { announceChange, EVERY_PAGE } from '@/lib/cache/content-changes';
import { faultPoint } from '@/lib/db/fault-points';
import { parseRegistry, parseRegistryText, readRegistryText } from './load-registry';
import type { MailRegistry } from './registry-schema';

/**
 * The mail service registry in the database: every save is a new `MailRegistryRevision` row and the
 * newest row is the registry in force, so history and restore come for free and a save never
 * overwrites what another admin saved meanwhile (see `saveRegistry`).
 */

export type RegistrySource = 'file' | 'editor' | 'restore';

export interface RegistryRevision {
  id: number;
  createdAt: Date;
  source: RegistrySource;
  sourceFile: string;
  authorEmail: string;
  note: string;
  registry: MailRegistry;
}

export class RegistryConflictError extends Error {
  readonly code = 'conflict';
  constructor(readonly currentId: number) {
    super(`the registry was changed meanwhile (now revision ${currentId})`);
  }
}

type Row = Awaited<ReturnType<typeof prisma.mailRegistryRevision.findFirstOrThrow>>;

function toRevision(row: Row): RegistryRevision {
  return {
    id: row.id,
    createdAt: row.createdAt,
    source: row.source as RegistrySource,
    sourceFile: row.sourceFile,
    authorEmail: row.authorEmail,
    note: row.note,
    registry: parseRegistry(JSON.parse(row.document), `revision ${row.id}`),
  };
}

export async function latestRegistryRevision(): Promise<RegistryRevision | null> {
  const row = await prisma.mailRegistryRevision.findFirst({ orderBy: { id: 'desc' } });
  return row ? toRevision(row) : null;
}

export async function latestRegistryRevisionId(): Promise<number | null> {
  const row = await prisma.mailRegistryRevision.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return row?.id ?? null;
}

export async function getRegistryRevision(id: number): Promise<RegistryRevision | null> {
  const row = await prisma.mailRegistryRevision.findUnique({ where: { id } });
  return row ? toRevision(row) : null;
}

export async function listRegistryRevisions(take = 30) {
  return prisma.mailRegistryRevision.findMany({
    orderBy: { id: 'desc' },
    take,
    select: { id: true, createdAt: true, source: true, sourceFile: true, authorEmail: true, note: true },
  });
}

/**
 * Stores a validated registry as the new version. With `baseId` (the version the editor started
 * from) the save is refused when someone else saved in between, so nobody's change is lost silently.
 */
export async function saveRegistry(input: {
  registry: MailRegistry;
  source: RegistrySource;
  authorEmail?: string;
  note?: string;
  baseId?: number | null;
  sourceFile?: string;
  sourceHash?: string;
  /** A staff save or restore: its audit entry commits with the version (the target is the new version). */
  audit?: Omit<AuditInput, 'targetType' | 'targetId'>;
}): Promise<RegistryRevision> {
  const document = JSON.stringify(parseRegistry(input.registry));
  return prisma.$transaction(async (tx) => {
    if (input.baseId !== undefined) {
      const current = await tx.mailRegistryRevision.findFirst({
        orderBy: { id: 'desc' },
        select: { id: true },
      });
      if ((current?.id ?? null) !== input.baseId) throw new RegistryConflictError(current?.id ?? 0);
    }
    const row = await tx.mailRegistryRevision.create({
      data: {
        document,
        source: input.source,
        authorEmail: (input.authorEmail ?? '').slice(0, 254),
        note: (input.note ?? '').slice(0, 500),
        sourceFile: (input.sourceFile ?? '').slice(0, 500),
        sourceHash: input.sourceHash ?? '',
      },
    });
    await faultPoint('mail-registry.saved');
    if (input.audit)
      await recordAudit({ ...input.audit, targetType: 'mail-registry', targetId: String(row.id) }, tx);
    await faultPoint('mail-registry.audited');
    // Every page shows server values: every app instance regenerates all of them.
    await announceChange(EVERY_PAGE, tx);
    return toRevision(row);
  });
}

/** Makes an older version current again by saving its document as a new version. */
export async function restoreRegistryRevision(
  id: number,
  authorEmail: string,
  baseId: number | null,
  ip?: string,
) {
  const old = await getRegistryRevision(id);
  if (!old) return null;
  return saveRegistry({
    registry: old.registry,
    source: 'restore',
    authorEmail,
    note: `#${id}`,
    baseId,
    audit: { actorEmail: authorEmail, action: 'mail-registry.restore', summary: `#${id}`, ip },
  });
}

/**
 * Imports a registry file (MAIL_SERVICE_FILE) when its text differs from the last file imported, so
 * configuration as code wins whenever the file changes while admins' edits survive restarts with
 * an unchanged file. Returns the new revision, or null when there was nothing to import.
 * Throws RegistryFileError when the file is unreadable or invalid (the registry in force stays).
 */
export async function importRegistryFile(file: string): Promise<RegistryRevision | null> {
  const text = readRegistryText(file);
  const hash = createHash('sha256').update(text).digest('hex');
  const lastImport = await prisma.mailRegistryRevision.findFirst({
    where: { source: 'file' },
    orderBy: { id: 'desc' },
    select: { sourceHash: true },
  });
  if (lastImport?.sourceHash === hash) return null;
  return saveRegistry({
    registry: parseRegistryText(text, file),
    source: 'file',
    sourceFile: file,
    sourceHash: hash,
  });
}
