import { prisma } from '@/lib/db/client';
import { routing } from '@/i18n/routing';
import type { NoticeSnapshot } from './notice-snapshot';
import type { Db } from '@/lib/db/transaction';
import { writeNotice, type NoticeWriteContext, type SaveNoticeResult } from './save-notice';
import type { NoticeInput } from './notice-input';

export async function listNoticeRevisions(noticeId: string) {
  const rows = await prisma.noticeRevision.findMany({
    where: { noticeId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true, authorEmail: true },
  });
  return rows;
}

export async function getNoticeRevision(noticeId: string, revisionId: string, db: Db = prisma) {
  const row = await db.noticeRevision.findFirst({ where: { id: revisionId, noticeId } });
  return row ? { ...row, snapshot: JSON.parse(row.snapshot) as NoticeSnapshot } : null;
}

/**
 * Restoring saves the old text as a new version (history is never rewritten), with its revision, its
 * audit entry and the change row, in one transaction (see writeNotice). Restoring never mails anyone.
 */
export async function restoreNoticeRevision(
  noticeId: string,
  revisionId: string,
  expectedVersion: number,
  editorEmail: string,
  now = new Date(),
  context: NoticeWriteContext = {},
): Promise<SaveNoticeResult> {
  return prisma.$transaction(async (tx) => {
    const revision = await getNoticeRevision(noticeId, revisionId, tx);
    if (!revision) return { ok: false, error: 'not-found' } as const;
    const s = revision.snapshot;
    // The review date is not part of the content: a restore keeps the notice's current one.
    const current = await tx.notice.findUnique({ where: { id: noticeId }, select: { reviewBy: true } });
    const input: NoticeInput = {
      slug: s.slug,
      category: s.category as NoticeInput['category'],
      importance: s.importance as NoticeInput['importance'],
      pinned: s.pinned,
      notify: false,
      status: s.status as NoticeInput['status'],
      publishAt: s.publishedAt ? new Date(s.publishedAt) : null,
      translations: Object.fromEntries(
        routing.locales.map((l) => [l, s.translations[l] ?? { title: '', summary: '', body: '' }]),
      ) as NoticeInput['translations'],
      publicUpdate: null,
      reviewBy: current?.reviewBy ?? null,
      minor: false,
    };
    return writeNotice(tx, noticeId, expectedVersion, input, editorEmail, now, {
      action: 'notice.restore',
      summary: ({ version }) => `restored revision ${revisionId} as version ${version}`,
      ip: context.ip,
      announce: false,
    });
  });
}
