import { prisma } from '@/lib/db/client';
import { routing, type Locale } from '@/i18n/routing';
import { moveOnePlace } from '@/lib/content/reorder';
import { translationStates } from '@/lib/content/translation-state';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import {
  restoreDocument,
  revisionListQuery,
  saveDocument,
  textsForInput,
  type SaveResult,
} from '@/lib/content/versioned-document';
import type { FaqQuestionInput } from './faq-input';
import { faqDocument, type FaqSnapshot } from './faq-document';
import { FAQ_TAG } from './faq-tag';

/** The whole FAQ for the staff area, in order, with each question's language states. */
export async function listFaqForAdmin(locale: Locale) {
  const categories = await prisma.faqCategory.findMany({
    orderBy: [{ position: 'asc' }, { slug: 'asc' }],
    include: {
      translations: true,
      questions: { orderBy: [{ position: 'asc' }, { slug: 'asc' }], include: { translations: true } },
    },
  });
  const pick = <T extends { locale: string }>(rows: T[]) => rows.find((r) => r.locale === locale) ?? rows[0];
  return categories.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: pick(c.translations)?.name ?? c.slug,
    names: Object.fromEntries(
      routing.locales.map((l) => [l, c.translations.find((t) => t.locale === l)?.name ?? '']),
    ) as Record<Locale, string>,
    questions: c.questions.map((q) => ({
      id: q.id,
      slug: q.slug,
      historical: q.historical,
      published: q.published,
      question: pick(q.translations)?.question ?? q.slug,
      languages: translationStates(q.translations),
    })),
  }));
}

export async function getFaqQuestionForEdit(id: string) {
  const question = await prisma.faqQuestion.findUnique({ where: { id }, include: { translations: true } });
  return question ? { ...question, languages: translationStates(question.translations) } : null;
}

export type { FaqSnapshot } from './faq-document';

export type SaveFaqResult = SaveResult<FaqSnapshot>;

/** Who saved, from where: for the audit entry. */
export interface FaqWriteContext {
  ip?: string;
}

/**
 * Creates or updates a question with both languages, a revision, its audit entry and the change row
 * for the other instances, in one transaction (see saveNotice): all of it or none of it. The caller
 * expires the returned tags after the commit.
 */
export async function saveFaqQuestion(
  id: string | null,
  expectedVersion: number | null,
  input: FaqQuestionInput,
  editorEmail: string,
  now = new Date(),
  context: FaqWriteContext = {},
): Promise<SaveFaqResult> {
  return prisma.$transaction((tx) =>
    writeFaqQuestion(tx, id, expectedVersion, input, editorEmail, now, {
      action: id ? 'faq.update' : 'faq.create',
      summary: () => input.slug,
      ip: context.ip,
    }),
  );
}

interface FaqAudit {
  action: AuditAction;
  summary: (version: number) => string;
  ip?: string;
}

async function writeFaqQuestion(
  tx: Tx,
  id: string | null,
  expectedVersion: number | null,
  input: FaqQuestionInput,
  editorEmail: string,
  now: Date,
  audit: FaqAudit,
): Promise<SaveFaqResult> {
  const saved = await saveDocument(tx, faqDocument, id, {
    expectedVersion,
    requireExisting: id !== null,
    slug: input.slug,
    translations: input.translations,
    minor: input.minor,
    editorEmail,
    now,
    precheck: async (tx) =>
      (await tx.faqCategory.findUnique({ where: { id: input.categoryId }, select: { id: true } }))
        ? null
        : 'not-found',
    write: async (tx, existing, stamp) => {
      // A new question, or one moved to another category, goes last in its category.
      const position =
        !existing || existing.categoryId !== input.categoryId
          ? await tx.faqQuestion.count({ where: { categoryId: input.categoryId } })
          : existing.position;
      const fields = {
        slug: input.slug,
        categoryId: input.categoryId,
        historical: input.historical,
        reviewBy: input.reviewBy,
        position,
        ...stamp,
      };
      return existing
        ? tx.faqQuestion.update({ where: { id: existing.id }, data: fields })
        : tx.faqQuestion.create({ data: fields });
    },
    consequences: async (tx, { row, version }) => {
      await recordAudit(
        {
          actorEmail: editorEmail,
          action: audit.action,
          targetType: 'faq',
          targetId: row.id,
          summary: audit.summary(version),
          ip: audit.ip,
        },
        tx,
      );
      await faultPoint('faq.audit');
      await announceChange(FAQ_TAG, tx);
      await faultPoint('faq.change');
    },
  });
  return saved.ok ? { ok: true, id: saved.id, version: saved.version, expire: [FAQ_TAG] } : saved;
}

export async function listFaqRevisions(questionId: string) {
  return prisma.faqRevision.findMany({ where: { questionId }, ...revisionListQuery });
}

/** Restores a revision as a new version, with its audit entry and change row, in one transaction. */
export async function restoreFaqRevision(
  questionId: string,
  revisionId: string,
  expectedVersion: number,
  editorEmail: string,
  now = new Date(),
  context: FaqWriteContext = {},
): Promise<SaveFaqResult> {
  return prisma.$transaction((tx) =>
    restoreDocument(tx, faqDocument, questionId, revisionId, (s, current) =>
      writeFaqQuestion(
        tx,
        questionId,
        expectedVersion,
        {
          slug: s.slug,
          categoryId: s.categoryId,
          historical: s.historical,
          // The review date is not part of the content: a restore keeps the question's current one.
          reviewBy: current?.reviewBy ?? null,
          minor: false,
          translations: textsForInput(s.translations, { question: '', answer: '' }),
        },
        editorEmail,
        now,
        { action: 'faq.restore', summary: (version) => `version ${version}`, ip: context.ip },
      ),
    ),
  );
}

/**
 * Moves a question or category one place up or down by swapping positions with its neighbour.
 * Positions are renumbered 0..n-1 first, so gaps or duplicates left by older data cannot break it.
 */
export async function moveFaqItem(
  kind: 'question' | 'category',
  id: string,
  direction: 'up' | 'down',
  editorEmail: string,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const siblings =
      kind === 'question'
        ? await (async () => {
            const q = await tx.faqQuestion.findUnique({ where: { id }, select: { categoryId: true } });
            if (!q) return [];
            return tx.faqQuestion.findMany({
              where: { categoryId: q.categoryId },
              orderBy: [{ position: 'asc' }, { slug: 'asc' }],
              select: { id: true },
            });
          })()
        : await tx.faqCategory.findMany({
            orderBy: [{ position: 'asc' }, { slug: 'asc' }],
            select: { id: true },
          });
    const order = moveOnePlace(
      siblings.map((s) => s.id),
      id,
      direction,
    );
    if (!order) return false;
    for (const [position, itemId] of order.entries()) {
      if (kind === 'question') await tx.faqQuestion.update({ where: { id: itemId }, data: { position } });
      else await tx.faqCategory.update({ where: { id: itemId }, data: { position } });
    }
    await recordAudit(
      { actorEmail: editorEmail, action: 'faq.reorder', targetType: kind, targetId: id, summary: direction },
      tx,
    );
    await announceChange(FAQ_TAG, tx);
    return true;
  });
}

/** Creates a category (id null) or renames one, with its audit entry and change row, in one transaction. */
export async function saveFaqCategory(
  id: string | null,
  slug: string,
  names: Record<Locale, string>,
  editorEmail: string,
) {
  return prisma.$transaction(async (tx) => {
    const clash = await tx.faqCategory.findUnique({ where: { slug }, select: { id: true } });
    if (clash && clash.id !== id) return { ok: false, error: 'slug-taken' } as const;
    const category = id
      ? await tx.faqCategory.update({ where: { id }, data: { slug } })
      : await tx.faqCategory.create({ data: { slug, position: await tx.faqCategory.count() } });
    for (const locale of routing.locales) {
      await tx.faqCategoryTranslation.upsert({
        where: { categoryId_locale: { categoryId: category.id, locale } },
        create: { categoryId: category.id, locale, name: names[locale] },
        update: { name: names[locale] },
      });
    }
    await recordAudit(
      {
        actorEmail: editorEmail,
        action: 'faq.category',
        targetType: 'faq-category',
        targetId: category.id,
        summary: slug,
      },
      tx,
    );
    await announceChange(FAQ_TAG, tx);
    return { ok: true, id: category.id } as const;
  });
}

export async function listFaqCategoryOptions(locale: Locale) {
  const categories = await prisma.faqCategory.findMany({
    orderBy: { position: 'asc' },
    include: { translations: true },
  });
  return categories.map((c) => ({
    id: c.id,
    name: c.translations.find((t) => t.locale === locale)?.name ?? c.slug,
  }));
}
