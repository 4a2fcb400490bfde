import type { Prisma } from '@/lib/db/generated/client';
import type { DocumentKind } from '@/lib/content/versioned-document';
import { textsOf } from '@/lib/content/versioned-document';
import type { NoticeSnapshot } from './notice-snapshot';

export const editInclude = { translations: true } satisfies Prisma.NoticeInclude;
export type NoticeWithText = Prisma.NoticeGetPayload<{ include: typeof editInclude }>;

/** One language of a notice: what the editor writes. */
export interface NoticeText {
  title: string;
  summary: string;
  body: string;
}

const NOTICE_TEXT_FIELDS = ['title', 'summary', 'body'] as const;

export function snapshotOf(notice: NoticeWithText): NoticeSnapshot {
  return {
    slug: notice.slug,
    category: notice.category,
    importance: notice.importance,
    pinned: notice.pinned,
    status: notice.status,
    publishedAt: notice.publishedAt?.toISOString() ?? null,
    translations: textsOf(notice.translations, NOTICE_TEXT_FIELDS),
  };
}

/** Notices as versioned bilingual documents (lib/content/versioned-document.ts), keyed by id. */
export const noticeDocument: DocumentKind<NoticeWithText, NoticeText, NoticeSnapshot, string | null> = {
  name: 'notice',
  textFields: NOTICE_TEXT_FIELDS,
  isEmpty: (text) => !text.title && !text.body.trim(),
  load: (tx, id) =>
    id ? tx.notice.findUnique({ where: { id }, include: editInclude }) : Promise.resolve(null),
  reload: (tx, id) => tx.notice.findUniqueOrThrow({ where: { id }, include: editInclude }),
  snapshot: snapshotOf,
  slugOwner: async (tx, slug) =>
    (await tx.notice.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
  deleteText: (tx, id) => tx.noticeTranslation.delete({ where: { id } }),
  upsertText: (tx, noticeId, locale, { create, update }) =>
    tx.noticeTranslation.upsert({
      where: { noticeId_locale: { noticeId, locale } },
      create: { noticeId, locale, ...create },
      update,
    }),
  addRevision: (tx, { documentId, ...revision }) =>
    tx.noticeRevision.create({ data: { noticeId: documentId, ...revision } }),
  findRevision: (tx, noticeId, id) =>
    noticeId ? tx.noticeRevision.findFirst({ where: { id, noticeId } }) : Promise.resolve(null),
};
