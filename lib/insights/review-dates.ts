import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';
import { pickTranslation } from '@/lib/content/pick-translation';

/**
 * "Review by" dates: when staff should read a page again to see that it is still true. FAQ answers
 * and guides go stale slowly (a year); notices describe a moment, so half a year. A page without
 * its own date is due that long after its last save.
 */
export const REVIEW_MONTHS = { notice: 6, faq: 12, guide: 12 } as const;
export type ReviewKind = keyof typeof REVIEW_MONTHS;

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
    ...notices.map((n) => {
      const picked = pickTranslation(n.translations, locale);
      return {
        kind: 'notice' as const,
        id: n.id,
        slug: n.slug,
        title: picked?.value.title ?? n.slug,
        titleLocale: picked?.locale ?? locale,
        due: reviewDue('notice', n.reviewBy, n.updatedAt),
        historical: false,
      };
    }),
    ...questions.map((q) => {
      const picked = pickTranslation(q.translations, locale);
      return {
        kind: 'faq' as const,
        id: q.id,
        slug: q.slug,
        title: picked?.value.question ?? q.slug,
        titleLocale: picked?.locale ?? locale,
        due: reviewDue('faq', q.reviewBy, q.updatedAt),
        historical: q.historical,
      };
    }),
    ...guides.map((g) => {
      const picked = pickTranslation(g.translations, locale);
      return {
        kind: 'guide' as const,
        id: g.id,
        slug: g.program,
        title: picked?.value.name ?? g.program,
        titleLocale: picked?.locale ?? locale,
        due: reviewDue('guide', g.reviewBy, g.updatedAt),
        historical: false,
      };
    }),
  ];
  return items.sort((a, b) => a.due.getTime() - b.due.getTime() || a.title.localeCompare(b.title));
}

/**
 * "Reviewed, still correct": the next review date moves one interval on, nothing else changes (the
 * page's version and translations are untouched, so no editor's open form conflicts with it).
 */
export async function markReviewed(kind: ReviewKind, id: string, now = new Date()): Promise<boolean> {
  const data = { reviewBy: defaultReviewBy(kind, now) };
  const where = { id };
  const { count } =
    kind === 'notice'
      ? await prisma.notice.updateMany({ where, data })
      : kind === 'faq'
        ? await prisma.faqQuestion.updateMany({ where, data })
        : await prisma.guide.updateMany({ where, data });
  return count === 1;
}
