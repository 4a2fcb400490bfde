import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';
import { looksLikeContact } from './contact-like-term';
import { admitInsightEvents } from './limit-insight-events';

/** Raw search events are kept 30 days. */
export const SEARCH_EVENT_RETENTION_DAYS = 30;

/**
 * Notes one search and how many results it had. Called after the results page has been sent
 * (`after()`), so recording never slows the answer; a failure is only logged. Limited per client
 * (limit-insight-events.ts: so many searches an hour and a day, and one term once a day however
 * often it is searched), so one client cannot put a phrase at the top of the gaps; a search over
 * the limit is counted as dropped, not recorded.
 */
export async function recordSearch(
  locale: Locale,
  query: string,
  results: number,
  id?: string,
  now = new Date(),
  clientAddress?: string,
): Promise<void> {
  const typed = query.normalize('NFKC').trim().slice(0, 200);
  if (!typed) return;
  await prisma.$transaction(async (tx) => {
    const [admitted] = await admitInsightEvents(tx, 'search', [
      { at: now, clientAddress, term: `${locale}\n${typed.toLowerCase()}` },
    ]);
    if (admitted)
      await tx.searchEvent.create({ data: { id, locale, query: typed, results, createdAt: now } });
  });
}

/** A result of this search was opened (only searches of the last day can be marked). */
export async function markSearchClicked(id: string, now = new Date()): Promise<boolean> {
  const { count } = await prisma.searchEvent.updateMany({
    where: { id, results: { gt: 0 }, createdAt: { gte: new Date(now.getTime() - 86_400_000) } },
    data: { clicked: true },
  });
  return count === 1;
}

/**
 * Searches of the last 30 days in one language that failed, the most frequent first: `zero` found
 * nothing, `no-click` showed results that nobody opened. Terms that look like contact details or
 * links (contact-like-term.ts) are left out: these lists are suggestions for FAQ drafts.
 */
export async function searchGaps(locale: Locale, kind: 'zero' | 'no-click', take = 30, now = new Date()) {
  const since = new Date(now.getTime() - SEARCH_EVENT_RETENTION_DAYS * 86_400_000);
  const groups = await prisma.searchEvent.groupBy({
    by: ['query'],
    where: {
      locale,
      createdAt: { gte: since },
      ...(kind === 'zero' ? { results: 0 } : { results: { gt: 0 }, clicked: false }),
    },
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy: [{ _count: { query: 'desc' } }, { query: 'asc' }],
    take: take + 100,
  });
  return groups
    .filter((g) => !looksLikeContact(g.query))
    .slice(0, take)
    .map((g) => ({ query: g.query, count: g._count._all, last: g._max.createdAt }));
}

export async function pruneSearchEvents(now = new Date()): Promise<number> {
  const { count } = await prisma.searchEvent.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - SEARCH_EVENT_RETENTION_DAYS * 86_400_000) } },
  });
  return count;
}
