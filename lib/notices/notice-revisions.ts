import { prisma } from '@/lib/db/client';
import type { Db } from '@/lib/db/transaction';
import { restoreDocument, revisionListQuery, textsForInput } from '@/lib/content/versioned-document';
import { NOTICE_CATEGORIES, NOTICE_IMPORTANCE, NOTICE_STATUSES } from './notice-kinds';
import { isChoice } from '@/lib/mail-check/customer-choices';
import type { NoticeSnapshot } from './notice-snapshot';
import { noticeDocument } from './notice-document';
import { writeNotice, type NoticeWriteContext, type SaveNoticeResult } from './save-notice';

export async function listNoticeRevisions(noticeId: string) {
  return prisma.noticeRevision.findMany({ where: { noticeId }, ...revisionListQuery });
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
  return prisma.$transaction((tx) =>
    restoreDocument(tx, noticeDocument, noticeId, revisionId, (s, current) =>
      writeNotice(
        tx,
        noticeId,
        expectedVersion,
        {
          slug: s.slug,
          // A value no longer known (an older revision) falls back to the first choice.
          category: isChoice(NOTICE_CATEGORIES, s.category) ? s.category : NOTICE_CATEGORIES[0],
          importance: isChoice(NOTICE_IMPORTANCE, s.importance) ? s.importance : NOTICE_IMPORTANCE[0],
          status: isChoice(NOTICE_STATUSES, s.status) ? s.status : NOTICE_STATUSES[0],
          pinned: s.pinned,
          notify: false,
          publishAt: s.publishedAt ? new Date(s.publishedAt) : null,
          translations: textsForInput(s.translations, { title: '', summary: '', body: '' }),
          publicUpdate: null,
          // The review date is not part of the content: a restore keeps the notice's current one.
          reviewBy: current?.reviewBy ?? null,
          minor: false,
        },
        editorEmail,
        now,
        {
          action: 'notice.restore',
          summary: ({ version }) => `restored revision ${revisionId} as version ${version}`,
          ip: context.ip,
          announce: false,
        },
      ),
    ),
  );
}
