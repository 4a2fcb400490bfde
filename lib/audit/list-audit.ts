import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { AUDIT_ACTIONS, type AuditAction } from './record-audit';

export const AUDIT_PAGE_SIZE = 50;

/** Newest first; `before` (an entry id) pages back through older entries. */
export async function listAudit(filters: { action?: string; actor?: string; before?: string }) {
  const action = (AUDIT_ACTIONS as readonly string[]).includes(filters.action ?? '')
    ? (filters.action as AuditAction)
    : undefined;
  const cursor = filters.before
    ? await prisma.auditEntry.findUnique({ where: { id: filters.before }, select: { at: true } })
    : null;
  const where: Prisma.AuditEntryWhereInput = {
    ...(action ? { action } : {}),
    ...(filters.actor ? { actorEmail: { contains: filters.actor.toLowerCase().slice(0, 254) } } : {}),
    ...(cursor ? { at: { lt: cursor.at } } : {}),
  };
  const rows = await prisma.auditEntry.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), more: rows.length > AUDIT_PAGE_SIZE, action };
}
