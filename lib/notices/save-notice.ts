import { prisma } from '@/lib/db/client';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { saveDocument, type SaveResult } from '@/lib/content/versioned-document';
import { announceNotice, announceNoticeUpdate } from '@/lib/notifications/notice-notifications';
import type { NoticeInput } from './notice-input';
import type { NoticeSnapshot } from './notice-snapshot';
import { noticeDocument } from './notice-document';
import { NOTICES_TAG } from './notice-tag';

export type SaveNoticeResult = SaveResult<
  NoticeSnapshot,
  {
    slug: string;
    previousSlug?: string;
    updateId?: string;
  }
>;

/** The publish date a status implies: publishing without a date means now; drafts keep theirs. */
function publishDate(input: NoticeInput, existing: Date | null, now: Date): Date | null {
  if (input.status === 'published' || input.status === 'archived') return input.publishAt ?? existing ?? now;
  return input.publishAt;
}

/** Who saved, from where: for the audit entry. */
export interface NoticeWriteContext {
  ip?: string;
}

/**
 * Creates (id null) or updates a notice, and everything the save entails, in one transaction: both
 * languages, its optional public "Updated" entry, a revision, the audit entries (the edit, and the
 * status change if any), the subscribers' events the editor asked for, and the change row that tells
 * the other app instances to expire their caches. All of it commits, or none of it: a save that fails
 * half-way leaves the notice at the version the editor started from, so a retry simply saves again.
 * An update must name the version it was edited from; if someone saved in between, nothing is written
 * and the current text comes back so the editor can merge. After the commit the caller expires the
 * returned tags in its own cache (safe to repeat).
 */
export async function saveNotice(
  id: string | null,
  expectedVersion: number | null,
  input: NoticeInput,
  editorEmail: string,
  now = new Date(),
  context: NoticeWriteContext = {},
): Promise<SaveNoticeResult> {
  return prisma.$transaction((tx) =>
    writeNotice(tx, id, expectedVersion, input, editorEmail, now, {
      action: id ? 'notice.update' : 'notice.create',
      summary: ({ previousStatus }) => auditSummary(input, previousStatus),
      ip: context.ip,
      announce: true,
    }),
  );
}

function auditSummary(input: NoticeInput, previousStatus?: string) {
  const status =
    previousStatus && previousStatus !== input.status
      ? `, ${previousStatus} → ${input.status}`
      : `, ${input.status}`;
  const told = input.notify && input.status !== 'draft' ? ', subscribers notified' : '';
  const update = input.publicUpdate
    ? `, public update added${input.publicUpdate.announce ? ' and announced' : ''}`
    : '';
  return `${input.slug}${status}${update}${told}`;
}

export interface NoticeAudit {
  action: AuditAction;
  summary: (saved: { previousStatus?: string; version: number }) => string;
  ip?: string;
  /** Record the events the input asks for (a restore never mails anyone). */
  announce: boolean;
}

/** The whole write, in the caller's transaction: see saveNotice. */
export async function writeNotice(
  tx: Tx,
  id: string | null,
  expectedVersion: number | null,
  input: NoticeInput,
  editorEmail: string,
  now: Date,
  audit: NoticeAudit,
): Promise<SaveNoticeResult> {
  let updateId: string | undefined;
  const saved = await saveDocument(tx, noticeDocument, id, {
    expectedVersion,
    requireExisting: id !== null,
    slug: input.slug,
    translations: input.translations,
    minor: input.minor,
    editorEmail,
    now,
    write: (tx, existing, stamp) => {
      const fields = {
        slug: input.slug,
        category: input.category,
        importance: input.importance,
        pinned: input.pinned,
        reviewBy: input.reviewBy,
        status: input.status,
        publishedAt: publishDate(input, existing?.publishedAt ?? null, now),
        ...stamp,
        // A scheduled notice remembers whether it is to be mailed when it goes live.
        notifyOnPublish: input.status === 'scheduled' && input.notify,
      };
      return existing
        ? tx.notice.update({ where: { id: existing.id }, data: fields })
        : tx.notice.create({ data: fields });
    },
    // The public "Updated" entry the editor added with this save.
    afterTexts: async (tx, noticeId) => {
      if (!input.publicUpdate) return;
      const notes = Object.entries(input.publicUpdate.notes).filter(([, note]) => note.length > 0);
      ({ id: updateId } = await tx.noticeUpdate.create({
        data: {
          noticeId,
          date: input.publicUpdate.date,
          announce: input.publicUpdate.announce,
          translations: { create: notes.map(([locale, note]) => ({ locale, note })) },
        },
      }));
      await faultPoint('notice.update-entry');
    },
    consequences: async (tx, { existing, row, version }) => {
      const previousStatus = existing?.status;
      const entry = { actorEmail: editorEmail, targetType: 'notice', targetId: row.id, ip: audit.ip };
      await recordAudit(
        { ...entry, action: audit.action, summary: audit.summary({ previousStatus, version }) },
        tx,
      );
      if (previousStatus && previousStatus !== input.status) {
        await recordAudit(
          {
            ...entry,
            action: 'notice.status',
            summary: `${input.slug}: ${previousStatus} → ${input.status}`,
          },
          tx,
        );
      }
      await faultPoint('notice.audit');

      // Subscribers are told only when the editor asked: a typo fix must not mail everyone.
      if (audit.announce && input.notify && input.status === 'published') {
        await announceNotice(tx, row.id, editorEmail, now);
        await faultPoint('notice.event');
      }
      if (audit.announce && updateId && input.publicUpdate?.announce) {
        await announceNoticeUpdate(tx, updateId, editorEmail, now);
        await faultPoint('notice.update-event');
      }

      // Every public page built from notice data (home, indexes, back numbers, feeds, sitemap) expires.
      await announceChange(NOTICES_TAG, tx);
      await faultPoint('notice.change');
      return existing && existing.slug !== row.slug ? existing.slug : undefined;
    },
  });
  if (!saved.ok) return saved;
  return {
    ok: true,
    id: saved.id,
    slug: input.slug,
    version: saved.version,
    expire: [NOTICES_TAG],
    ...(updateId ? { updateId } : {}),
    ...(saved.done ? { previousSlug: saved.done } : {}),
  };
}

/**
 * Marks one language as matching the other again (clears its "out of date" flag), with its audit
 * entry and the change row, in one transaction. Returns the tags to expire after the commit.
 */
export async function markTranslationCurrent(
  noticeId: string,
  locale: string,
  editorEmail: string,
  now = new Date(),
): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    await tx.noticeTranslation.update({
      where: { noticeId_locale: { noticeId, locale } },
      data: { reviewedAt: now },
    });
    await recordAudit(
      {
        actorEmail: editorEmail,
        action: 'notice.translation-current',
        targetType: 'notice',
        targetId: noticeId,
        summary: locale,
      },
      tx,
    );
    await announceChange(NOTICES_TAG, tx);
    return [NOTICES_TAG];
  });
}
