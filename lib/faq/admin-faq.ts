import { translationStamp } from '@/lib/content/review-input';
import { prisma } from '@/lib/db/client';
import { routing, type Locale } from '@/i18n/routing';
import { moveOnePlace } from '@/lib/content/reorder';
import { translationStates } from '@/lib/content/translation-state';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import type { FaqQuestionInput } from './faq-input';
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

export interface FaqSnapshot {
  slug: string;
  categoryId: string;
  historical: boolean;
  /** Absent in revisions saved before questions could be unpublished (they were all public). */
  published?: boolean;
  translations: Partial<Record<Locale, { question: string; answer: string }>>;
}

export type SaveFaqResult =
  | {
      ok: true;
      id: string;
      version: number;
      /** Tags to expire after the commit. */ expire: readonly string[];
    }
  | { ok: false; error: 'slug-taken' | 'not-found' }
  | { ok: false; error: 'conflict'; current: FaqSnapshot & { version: number; editor: string } };

export function snapshotOf(q: {
  slug: string;
  categoryId: string;
  historical: boolean;
  published: boolean;
  translations: { locale: string; question: string; answer: string }[];
}): FaqSnapshot {
  return {
    slug: q.slug,
    categoryId: q.categoryId,
    historical: q.historical,
    published: q.published,
    translations: Object.fromEntries(
      q.translations.map((t) => [t.locale, { question: t.question, answer: t.answer }]),
    ),
  };
}

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
  const existing = id
    ? await tx.faqQuestion.findUnique({ where: { id }, include: { translations: true } })
    : null;
  if (id && !existing) return { ok: false, error: 'not-found' } as const;
  if (existing && existing.version !== expectedVersion) {
    return {
      ok: false,
      error: 'conflict',
      current: { ...snapshotOf(existing), version: existing.version, editor: existing.lastEditorEmail },
    } as const;
  }
  const clash = await tx.faqQuestion.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (clash && clash.id !== id) return { ok: false, error: 'slug-taken' } as const;
  const category = await tx.faqCategory.findUnique({
    where: { id: input.categoryId },
    select: { id: true },
  });
  if (!category) return { ok: false, error: 'not-found' } as const;

  const version = (existing?.version ?? 0) + 1;
  const movedCategory = existing && existing.categoryId !== input.categoryId;
  const position =
    !existing || movedCategory
      ? await tx.faqQuestion.count({ where: { categoryId: input.categoryId } })
      : existing.position;
  const fields = {
    slug: input.slug,
    categoryId: input.categoryId,
    historical: input.historical,
    reviewBy: input.reviewBy,
    version,
    position,
    lastEditorEmail: editorEmail,
  };
  const question = existing
    ? await tx.faqQuestion.update({ where: { id: existing.id }, data: fields })
    : await tx.faqQuestion.create({ data: fields });

  for (const locale of routing.locales) {
    const text = input.translations[locale];
    const before = existing?.translations.find((t) => t.locale === locale);
    if (!text.question && !text.answer.trim()) {
      if (before) await tx.faqQuestionTranslation.delete({ where: { id: before.id } });
      continue;
    }
    if (before && before.question === text.question && before.answer === text.answer) continue;
    await tx.faqQuestionTranslation.upsert({
      where: { questionId_locale: { questionId: question.id, locale } },
      create: { questionId: question.id, locale, ...text, editedAt: now, reviewedAt: now },
      update: { ...text, ...translationStamp(input.minor, Boolean(before), now) },
    });
  }
  const saved = await tx.faqQuestion.findUniqueOrThrow({
    where: { id: question.id },
    include: { translations: true },
  });
  await tx.faqRevision.create({
    data: {
      questionId: question.id,
      version,
      authorEmail: editorEmail,
      snapshot: JSON.stringify(snapshotOf(saved)),
    },
  });
  await faultPoint('faq.revision');
  await recordAudit(
    {
      actorEmail: editorEmail,
      action: audit.action,
      targetType: 'faq',
      targetId: question.id,
      summary: audit.summary(version),
      ip: audit.ip,
    },
    tx,
  );
  await faultPoint('faq.audit');
  await announceChange(FAQ_TAG, tx);
  await faultPoint('faq.change');
  return { ok: true, id: question.id, version, expire: [FAQ_TAG] };
}

export async function listFaqRevisions(questionId: string) {
  return prisma.faqRevision.findMany({
    where: { questionId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true, authorEmail: true },
  });
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
  return prisma.$transaction(async (tx) => {
    const revision = await tx.faqRevision.findFirst({ where: { id: revisionId, questionId } });
    if (!revision) return { ok: false, error: 'not-found' } as const;
    const s = JSON.parse(revision.snapshot) as FaqSnapshot;
    // The review date is not part of the content: a restore keeps the question's current one.
    const current = await tx.faqQuestion.findUnique({
      where: { id: questionId },
      select: { reviewBy: true },
    });
    return writeFaqQuestion(
      tx,
      questionId,
      expectedVersion,
      {
        slug: s.slug,
        categoryId: s.categoryId,
        historical: s.historical,
        reviewBy: current?.reviewBy ?? null,
        minor: false,
        translations: Object.fromEntries(
          routing.locales.map((l) => [l, s.translations[l] ?? { question: '', answer: '' }]),
        ) as FaqQuestionInput['translations'],
      },
      editorEmail,
      now,
      { action: 'faq.restore', summary: (version) => `version ${version}`, ip: context.ip },
    );
  });
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
