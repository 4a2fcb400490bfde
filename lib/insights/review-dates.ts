import { prisma } from '@/lib/db/client';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { Locale } from '@/i18n/routing';
import { pickTranslation } from '@/lib/content/pick-translation';
import { REVIEW_MONTHS, type ReviewKind } from './review-months';

/**
 * "Review by" dates: when staff should read a page again to see that it is still true. FAQ answers
 * and guides go stale slowly (a year); notices describe a moment, so half a year. A page without
 * its own date is due that long after its last save.
 */
export { REVIEW_MONTHS, type ReviewKind };

export function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

export const defaultReviewBy = (kind: ReviewKind, from: Date) => addMonths(from, REVIEW_MONTHS[kind]);

/** The date a page is due, its own or the default after its last save. */
export const reviewDue = (kind: ReviewKind, reviewBy: Date | null, updatedAt: Date) =>
  reviewBy ?? defaultReviewBy(kind, updatedAt);

export interface OverdueItem {
  kind: ReviewKind;
  id: string;
  title: string;
  /** The language the title is in (the other one when this page lacks the staff member's). */
  titleLocale: Locale;
  due: Date;
  /** Notices: slug; FAQ: slug; guides: program (the staff editor's path uses the id). */
  slug: string;
  historical: boolean;
}

/** One overdue page, titled in the staff member's language when the page has it. */
function overdueItem<T extends { locale: string }>(
  kind: ReviewKind,
  row: { id: string; reviewBy: Date | null; updatedAt: Date; translations: T[] },
  slug: string,
  titleOf: (translation: T) => string,
  historical: boolean,
  locale: Locale,
): OverdueItem {
  const picked = pickTranslation(row.translations, locale);
  return {
    kind,
    id: row.id,
    slug,
    title: picked ? titleOf(picked.value) : slug,
    titleLocale: picked?.locale ?? locale,
    due: reviewDue(kind, row.reviewBy, row.updatedAt),
    historical,
  };
}

/** Published pages whose review date has passed, the longest overdue first. */
export async function overdueContent(locale: Locale, now = new Date()): Promise<OverdueItem[]> {
  const due = (kind: ReviewKind) => ({
    OR: [
      { reviewBy: { lt: now } },
      { reviewBy: null, updatedAt: { lt: addMonths(now, -REVIEW_MONTHS[kind]) } },
    ],
  });
  const [notices, questions, guides] = await Promise.all([
    prisma.notice.findMany({
      where: { status: 'published', ...due('notice') },
      select: {
        id: true,
        slug: true,
        reviewBy: true,
        updatedAt: true,
        translations: { select: { locale: true, title: true } },
      },
    }),
    prisma.faqQuestion.findMany({
      where: { published: true, ...due('faq') },
      select: {
        id: true,
        slug: true,
        historical: true,
        reviewBy: true,
        updatedAt: true,
        translations: { select: { locale: true, question: true } },
      },
    }),
    prisma.guide.findMany({
      where: due('guide'),
      select: {
        id: true,
        program: true,
        reviewBy: true,
        updatedAt: true,
        translations: { select: { locale: true, name: true } },
      },
    }),
  ]);
  const items: OverdueItem[] = [
    ...notices.map((n) => overdueItem('notice', n, n.slug, (t) => t.title, false, locale)),
    ...questions.map((q) => overdueItem('faq', q, q.slug, (t) => t.question, q.historical, locale)),
    ...guides.map((g) => overdueItem('guide', g, g.program, (t) => t.name, false, locale)),
  ];
  return items.sort((a, b) => a.due.getTime() - b.due.getTime() || a.title.localeCompare(b.title));
}

/**
 * "Reviewed, still correct": the next review date moves one interval on, nothing else changes (the
 * page's version and translations are untouched, so no editor's open form conflicts with it).
 */
export async function markReviewed(
  kind: ReviewKind,
  id: string,
  actor: AuditActor,
  now = new Date(),
): Promise<boolean> {
  const data = { reviewBy: defaultReviewBy(kind, now) };
  const where = { id };
  return prisma.$transaction(async (tx) => {
    const { count } =
      kind === 'notice'
        ? await tx.notice.updateMany({ where, data })
        : kind === 'faq'
          ? await tx.faqQuestion.updateMany({ where, data })
          : await tx.guide.updateMany({ where, data });
    if (count === 1)
      await recordAudit(
        { actorEmail: actor.email, action: 'content.reviewed', targetType: kind, targetId: id, ip: actor.ip },
        tx,
      );
    return count === 1;
  });
}
