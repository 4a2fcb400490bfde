import { translationStamp } from '@/lib/content/review-input';
import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { routing } from '@/i18n/routing';
import type { NoticeInput } from './notice-input';
import type { NoticeSnapshot } from './notice-snapshot';

const editInclude = { translations: true } satisfies Prisma.NoticeInclude;
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
  | { ok: true; id: string; slug: string; version: number; previousSlug?: string; updateId?: string }
  | { ok: false; error: 'slug-taken' | 'not-found' }
  | { ok: false; error: 'conflict'; current: NoticeSnapshot & { version: number; editor: string } };

/** The publish date a status implies: publishing without a date means now; drafts keep theirs. */
function publishDate(input: NoticeInput, existing: Date | null, now: Date): Date | null {
  if (input.status === 'published' || input.status === 'archived') return input.publishAt ?? existing ?? now;
  return input.publishAt;
}

/**
 * Creates (id null) or updates a notice with both languages, its optional public "Updated" entry and
 * a revision, in one transaction. An update must name the version it was edited from; if someone saved
 * in between, nothing is written and the current text comes back so the editor can merge.
 */
export async function saveNotice(
  id: string | null,
  expectedVersion: number | null,
  input: NoticeInput,
  editorEmail: string,
  now = new Date(),
): Promise<SaveNoticeResult> {
  return prisma.$transaction(async (tx) => {
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

    for (const locale of routing.locales) {
      const text = input.translations[locale];
      const before = existing?.translations.find((t) => t.locale === locale);
      const empty = !text.title && !text.body.trim();
      if (empty) {
        if (before) await tx.noticeTranslation.delete({ where: { id: before.id } });
        continue;
      }
      const changed =
        !before ||
        before.title !== text.title ||
        before.summary !== text.summary ||
        before.body !== text.body;
      if (!changed) continue;
      // Editing a language also confirms it is current; the other language may now be out of date
      // (unless the editor marked this a minor change, such as a typo fix).
      await tx.noticeTranslation.upsert({
        where: { noticeId_locale: { noticeId: notice.id, locale } },
        create: { noticeId: notice.id, locale, ...text, editedAt: now, reviewedAt: now },
        update: { ...text, ...translationStamp(input.minor, Boolean(before), now) },
      });
    }

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
    return {
      ok: true,
      id: notice.id,
      slug: notice.slug,
      version,
      ...(updateId ? { updateId } : {}),
      ...(existing && existing.slug !== notice.slug ? { previousSlug: existing.slug } : {}),
    } as const;
  });
}

/** Marks one language as matching the other again (clears its "out of date" flag). */
export async function markTranslationCurrent(noticeId: string, locale: string, now = new Date()) {
  await prisma.noticeTranslation.update({
    where: { noticeId_locale: { noticeId, locale } },
    data: { reviewedAt: now },
  });
}
