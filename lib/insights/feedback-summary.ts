import { prisma } from '@/lib/db/client';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { isLocale, type Locale } from '@/i18n/routing';
import { isChoice } from '@/lib/mail-check/customer-choices';
import { FEEDBACK_KINDS, type FeedbackKind } from './feedback-input';

export interface FeedbackItem {
  kind: FeedbackKind;
  slug: string;
  yes: number;
  no: number;
}

/** Votes per page, the least helpful first (the most "no" answers, then the lowest share of "yes"). */
export async function feedbackByItem(): Promise<FeedbackItem[]> {
  const groups = await prisma.feedbackVote.groupBy({
    by: ['kind', 'slug', 'helpful'],
    _count: { _all: true },
  });
  const items = new Map<string, FeedbackItem>();
  for (const g of groups) {
    // Votes are written through the form's schema; a kind this release no longer knows is skipped.
    if (!isChoice(FEEDBACK_KINDS, g.kind)) continue;
    const key = `${g.kind}:${g.slug}`;
    const item = items.get(key) ?? { kind: g.kind, slug: g.slug, yes: 0, no: 0 };
    if (g.helpful) item.yes += g._count._all;
    else item.no += g._count._all;
    items.set(key, item);
  }
  const share = (i: FeedbackItem) => i.yes / (i.yes + i.no);
  return [...items.values()].sort(
    (a, b) => b.no - a.no || share(a) - share(b) || a.slug.localeCompare(b.slug),
  );
}

export interface FeedbackComment {
  id: string;
  kind: FeedbackKind;
  slug: string;
  locale: Locale;
  comment: string;
  createdAt: Date;
  handledAt: Date | null;
  handledBy: string;
}

/** The comments left with "no", newest first; handled ones after the open ones. */
export async function feedbackComments(take = 50): Promise<FeedbackComment[]> {
  const rows = await prisma.feedbackVote.findMany({
    where: { helpful: false, comment: { not: '' } },
    orderBy: [{ handledAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'desc' }],
    take,
    select: {
      id: true,
      kind: true,
      slug: true,
      locale: true,
      comment: true,
      createdAt: true,
      handledAt: true,
      handledBy: true,
    },
  });
  return rows.flatMap(({ kind, locale, ...row }) =>
    isChoice(FEEDBACK_KINDS, kind) && isLocale(locale) ? [{ ...row, kind, locale }] : [],
  );
}

/** Marks a comment as dealt with; commits with its audit entry. False when it was already handled. */
export async function markFeedbackHandled(id: string, actor: AuditActor, now = new Date()): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.feedbackVote.updateMany({
      where: { id, handledAt: null },
      data: { handledAt: now, handledBy: actor.email },
    });
    if (count === 1)
      await recordAudit(
        {
          actorEmail: actor.email,
          action: 'feedback.handled',
          targetType: 'feedback',
          targetId: id,
          ip: actor.ip,
        },
        tx,
      );
    return count === 1;
  });
}
