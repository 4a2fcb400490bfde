import type { Prisma } from '@/lib/db/generated/client';
import type { Locale } from '@/i18n/routing';
import { textsOf, type DocumentKind } from '@/lib/content/versioned-document';

const editInclude = { translations: true } satisfies Prisma.FaqQuestionInclude;
export type FaqQuestionWithText = Prisma.FaqQuestionGetPayload<{ include: typeof editInclude }>;

/** One language of a question. */
export interface FaqText {
  question: string;
  answer: string;
}

const FAQ_TEXT_FIELDS = ['question', 'answer'] as const;

export interface FaqSnapshot {
  slug: string;
  categoryId: string;
  historical: boolean;
  /** Absent in revisions saved before questions could be unpublished (they were all public). */
  published?: boolean;
  translations: Partial<Record<Locale, FaqText>>;
}

export function snapshotOf(q: FaqQuestionWithText): FaqSnapshot {
  return {
    slug: q.slug,
    categoryId: q.categoryId,
    historical: q.historical,
    published: q.published,
    translations: textsOf(q.translations, FAQ_TEXT_FIELDS),
  };
}

/** FAQ questions as versioned bilingual documents (lib/content/versioned-document.ts), keyed by id. */
export const faqDocument: DocumentKind<FaqQuestionWithText, FaqText, FaqSnapshot, string | null> = {
  name: 'faq',
  textFields: FAQ_TEXT_FIELDS,
  isEmpty: (text) => !text.question && !text.answer.trim(),
  load: (tx, id) =>
    id ? tx.faqQuestion.findUnique({ where: { id }, include: editInclude }) : Promise.resolve(null),
  reload: (tx, id) => tx.faqQuestion.findUniqueOrThrow({ where: { id }, include: editInclude }),
  snapshot: snapshotOf,
  slugOwner: async (tx, slug) =>
    (await tx.faqQuestion.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
  deleteText: (tx, id) => tx.faqQuestionTranslation.delete({ where: { id } }),
  upsertText: (tx, questionId, locale, { create, update }) =>
    tx.faqQuestionTranslation.upsert({
      where: { questionId_locale: { questionId, locale } },
      create: { questionId, locale, ...create },
      update,
    }),
  addRevision: (tx, { documentId, ...revision }) =>
    tx.faqRevision.create({ data: { questionId: documentId, ...revision } }),
  findRevision: (tx, questionId, id) =>
    questionId ? tx.faqRevision.findFirst({ where: { id, questionId } }) : Promise.resolve(null),
};
