import { prisma } from '@/lib/db/client';
import { faultPoint } from '@/lib/db/fault-points';
import { recordAudit } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { announceNotice } from '@/lib/notifications/notice-notifications';
import { NOTICES_TAG } from './notice-tag';
import { recordRevision } from '@/lib/content/versioned-document';
import { editInclude, noticeDocument } from './notice-document';
import { logger } from '@/lib/operations/logger';

const log = logger.child({ area: 'publishing' });

/**
 * Publishes every scheduled notice whose time has come. Idempotent and safe to run from several
 * instances at once. Each notice goes live in its own transaction (publishScheduledNotice): one that
 * fails stays scheduled, is logged, and is published by the next round; the others go ahead.
 * The change rows are committed with them; the caller expires NOTICES_TAG here when the list is not
 * empty.
 */
export async function publishDueNotices(now = new Date()): Promise<string[]> {
  const due = await prisma.notice.findMany({
    where: { status: 'scheduled', publishedAt: { lte: now } },
    select: { id: true, slug: true },
  });
  const published: string[] = [];
  for (const notice of due) {
    try {
      if (await publishScheduledNotice(notice.id, now)) published.push(notice.slug);
    } catch (error) {
      log.error({ err: error, noticeId: notice.id }, 'a notice stays scheduled until the next round');
    }
  }
  return published;
}

/**
 * One scheduled notice goes live, in one transaction with everything that says so: the status change
 * (a conditional update, so it flips exactly once however many rounds race), a revision of the
 * published text, the audit entry, the subscribers' event if the editor asked for it when scheduling,
 * and the change row for the other instances. The flip is no longer the only once-only gate: a crash
 * before the commit leaves the notice scheduled with nothing told, and the next round does it all.
 */
export async function publishScheduledNotice(noticeId: string, now = new Date()): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.notice.updateMany({
      where: { id: noticeId, status: 'scheduled', publishedAt: { lte: now } },
      data: { status: 'published', version: { increment: 1 } },
    });
    if (count !== 1) return false;
    await faultPoint('scheduled.published');

    const notice = await tx.notice.findUniqueOrThrow({ where: { id: noticeId }, include: editInclude });
    await recordRevision(tx, noticeDocument, notice, 'scheduler');
    await faultPoint('scheduled.revision');

    await recordAudit(
      {
        actorEmail: 'scheduler',
        action: 'notice.status',
        targetType: 'notice',
        targetId: noticeId,
        summary: `${notice.slug}: scheduled → published`,
      },
      tx,
    );
    await faultPoint('scheduled.audit');

    // The editor chose, when scheduling, whether subscribers hear about it.
    if (notice.notifyOnPublish) {
      await announceNotice(tx, noticeId, 'scheduler', now);
      await faultPoint('scheduled.event');
    }
    await announceChange(NOTICES_TAG, tx);
    await faultPoint('scheduled.change');
    return true;
  });
}
