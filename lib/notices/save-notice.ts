import { translationStamp } from '@/lib/content/review-input';
import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { announceNotice, announceNoticeUpdate } from '@/lib/notifications/notice-notifications';
import { routing } from '@/i18n/routing';
import type { NoticeInput } from './notice-input';
import type { NoticeSnapshot } from './notice-snapshot';
import { NOTICES_TAG } from './notice-tag';

export const editInclude = { translations: true } satisfies Prisma.NoticeInclude;
type NoticeWithText = Prisma.NoticeGetPayload<{ include: typeof editInclude }>;

export function snapshotOf(notice: NoticeWithText): NoticeSnapshot {
  return {
    slug: notice.slug,
    category: notice.category,
    importance: notice.importance,
    pinned: notice.pinned,
    status: notice.status,
    publishedAt: notice.publishedAt?.toISOString() ?? null,
    translations: Object.fromEntries(
      notice.translations.map((t) => [t.locale, { title: t.title, summary: t.summary, body: t.body }]),
    ),
  };
}

export type SaveNoticeResult =
  | {
      ok: true;
      id: string;
      slug: string;
      version: number;
      previousSlug?: string;
      updateId?: string;
      /** Cache tags the commit changed: the caller expires them once it has committed. */
      expire: readonly string[];
    }
  | { ok: false; error: 'slug-taken' | 'not-found' }
  | { ok: false; error: 'conflict'; current: NoticeSnapshot & { version: number; editor: string } };

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
  const existing = id ? await tx.notice.findUnique({ where: { id }, include: editInclude }) : null;
  if (id && !existing) return { ok: false, error: 'not-found' } as const;
  if (existing && existing.version !== expectedVersion) {
    return {
      ok: false,
      error: 'conflict',
      current: { ...snapshotOf(existing), version: existing.version, editor: existing.lastEditorEmail },
    } as const;
  }
  const clash = await tx.notice.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (clash && clash.id !== id) return { ok: false, error: 'slug-taken' } as const;

  const version = (existing?.version ?? 0) + 1;
  const fields = {
    slug: input.slug,
    category: input.category,
    importance: input.importance,
    pinned: input.pinned,
    reviewBy: input.reviewBy,
    status: input.status,
    publishedAt: publishDate(input, existing?.publishedAt ?? null, now),
    version,
    lastEditorEmail: editorEmail,
    // A scheduled notice remembers whether it is to be mailed when it goes live.
    notifyOnPublish: input.status === 'scheduled' && input.notify,
  };
  const notice = existing
    ? await tx.notice.update({ where: { id: existing.id }, data: fields })
    : await tx.notice.create({ data: fields });
  await faultPoint('notice.saved');

  for (const locale of routing.locales) {
    const text = input.translations[locale];
    const before = existing?.translations.find((t) => t.locale === locale);
    const empty = !text.title && !text.body.trim();
    if (empty) {
      if (before) await tx.noticeTranslation.delete({ where: { id: before.id } });
      continue;
    }
    const changed =
      !before || before.title !== text.title || before.summary !== text.summary || before.body !== text.body;
    if (!changed) continue;
    // Editing a language also confirms it is current; the other language may now be out of date
    // (unless the editor marked this a minor change, such as a typo fix).
    await tx.noticeTranslation.upsert({
      where: { noticeId_locale: { noticeId: notice.id, locale } },
      create: { noticeId: notice.id, locale, ...text, editedAt: now, reviewedAt: now },
      update: { ...text, ...translationStamp(input.minor, Boolean(before), now) },
    });
  }
  await faultPoint('notice.translated');

  let updateId: string | undefined;
  if (input.publicUpdate) {
    const notes = Object.entries(input.publicUpdate.notes).filter(([, note]) => note.length > 0);
    ({ id: updateId } = await tx.noticeUpdate.create({
      data: {
        noticeId: notice.id,
        date: input.publicUpdate.date,
        announce: input.publicUpdate.announce,
        translations: { create: notes.map(([locale, note]) => ({ locale, note })) },
      },
    }));
    await faultPoint('notice.update-entry');
  }

  const saved = await tx.notice.findUniqueOrThrow({ where: { id: notice.id }, include: editInclude });
  await tx.noticeRevision.create({
    data: {
      noticeId: notice.id,
      version,
      authorEmail: editorEmail,
      snapshot: JSON.stringify(snapshotOf(saved)),
    },
  });
  await faultPoint('notice.revision');

  const previousStatus = existing?.status;
  await recordAudit(
    {
      actorEmail: editorEmail,
      action: audit.action,
      targetType: 'notice',
      targetId: notice.id,
      summary: audit.summary({ previousStatus, version }),
      ip: audit.ip,
    },
    tx,
  );
  if (previousStatus && previousStatus !== input.status) {
    await recordAudit(
      {
        actorEmail: editorEmail,
        action: 'notice.status',
        targetType: 'notice',
        targetId: notice.id,
        summary: `${input.slug}: ${previousStatus} → ${input.status}`,
        ip: audit.ip,
      },
      tx,
    );
  }
  await faultPoint('notice.audit');

  // Subscribers are told only when the editor asked: a typo fix must not mail everyone.
  if (audit.announce && input.notify && input.status === 'published') {
    await announceNotice(tx, notice.id, editorEmail, now);
    await faultPoint('notice.event');
  }
  if (audit.announce && updateId && input.publicUpdate?.announce) {
    await announceNoticeUpdate(tx, updateId, editorEmail, now);
    await faultPoint('notice.update-event');
  }

  // Every public page built from notice data (home, indexes, back numbers, feeds, sitemap) expires.
  await announceChange(NOTICES_TAG, tx);
  await faultPoint('notice.change');
  return {
    ok: true,
    id: notice.id,
    slug: notice.slug,
    version,
    expire: [NOTICES_TAG],
    ...(updateId ? { updateId } : {}),
    ...(existing && existing.slug !== notice.slug ? { previousSlug: existing.slug } : {}),
  } as const;
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
