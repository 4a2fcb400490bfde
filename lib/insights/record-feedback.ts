import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import type { FeedbackInput } from './feedback-input';
import { admitInsightEvents, INSIGHT_LIMITS } from './limit-insight-events';

/** Votes per client per hour: enough for a family behind one router, not for a script. */
export const FEEDBACK_PER_HOUR = INSIGHT_LIMITS.feedback.perHour;

async function itemExists(kind: FeedbackInput['kind'], slug: string): Promise<boolean> {
  if (kind === 'notice')
    return (await prisma.notice.count({ where: { slug, status: { in: ['published', 'archived'] } } })) > 0;
  if (kind === 'faq') return (await prisma.faqQuestion.count({ where: { slug, published: true } })) > 0;
  return (await prisma.guide.count({ where: { program: slug } })) > 0;
}

export type RecordFeedbackResult = { ok: true; recorded: boolean } | { ok: false; error: 'not-found' };

/**
 * Records a vote, one per browser and page: voting again (changing "yes" to "no", adding a comment)
 * replaces the browser's earlier vote instead of adding one. The browser's id is stored only hashed.
 * Over its client's limit (limit-insight-events.ts) a vote is thanked for like any other and only
 * counted as dropped (`recorded: false`): the limit protects the figures, not the page.
 */
export async function recordFeedback(
  input: FeedbackInput,
  clientAddress: string,
  now = new Date(),
): Promise<RecordFeedbackResult> {
  if (!(await itemExists(input.kind, input.slug))) return { ok: false, error: 'not-found' };
  const voterHash = createHash('sha256').update(`feedback\n${input.voter}`).digest('base64url');
  const values = {
    locale: input.locale,
    helpful: input.helpful,
    comment: input.comment,
    createdAt: now,
    handledAt: null,
    handledBy: '',
  };
  const recorded = await prisma.$transaction(async (tx) => {
    const [admitted] = await admitInsightEvents(tx, 'feedback', [{ at: now, clientAddress }]);
    if (!admitted) return false;
    await tx.feedbackVote.upsert({
      where: { kind_slug_voterHash: { kind: input.kind, slug: input.slug, voterHash } },
      create: { kind: input.kind, slug: input.slug, voterHash, ...values },
      update: values,
    });
    return true;
  });
  return { ok: true, recorded };
}
