import { prisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { announceNotice } from '@/lib/notifications/notice-notifications';

/**
 * Publishes every scheduled notice whose time has come. Idempotent and safe to run from several
 * instances at once: the status change is a conditional update, so each notice flips exactly once.
 */
export async function publishDueNotices(now = new Date()): Promise<string[]> {
  const due = await prisma.notice.findMany({
    where: { status: 'scheduled', publishedAt: { lte: now } },
    select: { id: true, slug: true, notifyOnPublish: true },
  });
  const published: string[] = [];
  for (const notice of due) {
    const { count } = await prisma.notice.updateMany({
      where: { id: notice.id, status: 'scheduled' },
      data: { status: 'published' },
    });
    if (count === 1) {
      published.push(notice.slug);
      await recordAudit({
        actorEmail: 'scheduler',
        action: 'notice.status',
        targetType: 'notice',
        targetId: notice.id,
        summary: `${notice.slug}: scheduled → published`,
      });
      // The editor chose, when scheduling, whether subscribers hear about it.
      if (notice.notifyOnPublish) await announceNotice(notice.id, 'scheduler', now);
    }
  }
  return published;
}
