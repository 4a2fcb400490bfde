import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import type { FeedbackInput } from './feedback-input';

/** Votes per client address per hour: enough for a family behind one router, not for a script. */
export const FEEDBACK_PER_HOUR = 30;

async function itemExists(kind: FeedbackInput['kind'], slug: string): Promise<boolean> {
  if (kind === 'notice')
    return (await prisma.notice.count({ where: { slug, status: { in: ['published', 'archived'] } } })) > 0;
  if (kind === 'faq') return (await prisma.faqQuestion.count({ where: { slug, published: true } })) > 0;
  return (await prisma.guide.count({ where: { program: slug } })) > 0;
}

export type RecordFeedbackResult =
  | { ok: true }
  | { ok: false; error: 'not-found' }
  | { ok: false; error: 'rate-limited'; retryAfterSeconds: number };

/**
 * Records a vote, one per browser and page: voting again (changing "yes" to "no", adding a comment)
 * replaces the browser's earlier vote instead of adding one. The browser's id is stored only hashed.
 */
export async function recordFeedback(
  input: FeedbackInput,
  clientAddress: string,
  now = new Date(),
): Promise<RecordFeedbackResult> {
  if (!(await itemExists(input.kind, input.slug))) return { ok: false, error: 'not-found' };
  const limit = await takeRateLimit(
    [{ key: `feedback-ip:${clientAddress}`, limit: FEEDBACK_PER_HOUR, windowMs: 3_600_000 }],
    now,
  );
  if (!limit.ok) return { ok: false, error: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const voterHash = createHash('sha256').update(`feedback\n${input.voter}`).digest('base64url');
  const values = {
    locale: input.locale,
    helpful: input.helpful,
    comment: input.comment,
    createdAt: now,
    handledAt: null,
    handledBy: '',
  };
  await prisma.feedbackVote.upsert({
    where: { kind_slug_voterHash: { kind: input.kind, slug: input.slug, voterHash } },
    create: { kind: input.kind, slug: input.slug, voterHash, ...values },
    update: values,
  });
  return { ok: true };
}
