import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';

/** Raw search events are kept 30 days. */
export const SEARCH_EVENT_RETENTION_DAYS = 30;

/**
 * Notes one search and how many results it had. Called after the results page has been sent
 * (`after()`), so recording never slows the answer; a failure is only logged.
 */
export async function recordSearch(
  locale: Locale,
  query: string,
  results: number,
  now = new Date(),
): Promise<void> {
  const typed = query.normalize('NFKC').trim().slice(0, 200);
  if (!typed) return;
  await prisma.searchEvent.create({ data: { locale, query: typed, results, createdAt: now } });
}

/** Searches that found nothing in the last 30 days, per language, the most frequent first. */
export async function zeroResultSearches(locale: Locale, take = 30, now = new Date()) {
  const since = new Date(now.getTime() - SEARCH_EVENT_RETENTION_DAYS * 86_400_000);
  const groups = await prisma.searchEvent.groupBy({
    by: ['query'],
    where: { locale, results: 0, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy: [{ _count: { query: 'desc' } }, { query: 'asc' }],
    take,
  });
  return groups.map((g) => ({ query: g.query, count: g._count._all, last: g._max.createdAt }));
}

export async function pruneSearchEvents(now = new Date()): Promise<number> {
  const { count } = await prisma.searchEvent.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - SEARCH_EVENT_RETENTION_DAYS * 86_400_000) } },
  });
  return count;
}
