import { prisma } from '@/lib/db/client';
import type { Db } from '@/lib/db/transaction';

/** The closed set of audited actions. */
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-in-throttled',
  'auth.sign-out',
  'user.create',
  'user.role-change',
  'user.disable',
  'user.enable',
  'user.password-reset',
  'user.sessions-ended',
  'notice.create',
  'notice.update',
  'notice.status',
  'notice.restore',
  'notice.translation-current',
  'faq.create',
  'faq.update',
  'faq.reorder',
  'faq.restore',
  'faq.category',
  'guide.update',
  'guide.restore',
  'guide.image',
  'mail-registry.update',
  'mail-registry.restore',
  'status.incident',
  'status.update',
  'status.component',
  'feedback.handled',
  'content.reviewed',
  'faq.publish',
  'faq.unpublish',
  'faq.delete',
  'subscriber.confirm',
  'subscriber.unsubscribe',
  'subscriber.lookup',
  'subscriber.export',
  'subscriber.delete',
  'notification.retry',
  'notification.test',
  'mail-campaign.test',
  'mail-campaign.send',
  'mail-readiness.export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who makes a staff change, for its audit entry. */
export interface AuditActor {
  email: string;
  ip?: string;
}

export interface AuditInput {
  actorEmail: string;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  /** Human-readable; never a password or token. */
  summary?: string;
  ip?: string;
}

/**
 * Appends one entry. Entries are never updated or deleted by the app. A change to content passes its
 * transaction (`db`), so the entry commits with the change or not at all.
 */
export async function recordAudit(entry: AuditInput, db: Db = prisma): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorEmail: entry.actorEmail.slice(0, 254),
      action: entry.action,
      targetType: entry.targetType ?? '',
      targetId: entry.targetId ?? '',
      summary: (entry.summary ?? '').slice(0, 500),
      ip: (entry.ip ?? '').slice(0, 64),
    },
  });
}
