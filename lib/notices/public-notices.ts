import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { isLocale, type Locale } from '@/i18n/routing';
import { pickTranslation } from '@/lib/content/pick-translation';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import { markdownToPlainText, renderMarkdown } from '@/lib/markdown/render-markdown';
import { yearInJapan } from '@/lib/dates/format-date';
import {
  PUBLIC_NOTICE_STATUSES,
  type NoticeCategory,
  type NoticeImportance,
  type NoticeStatus,
} from './notice-kinds';
import { translationStates } from '@/lib/content/translation-state';
import type {
  ArchiveYear,
  NoticeDetailView,
  NoticePage,
  NoticeSummaryView,
  NoticeUpdateView,
} from './notice-view';

/**
 * Reads of notices as the public sees them: only published or archived notices whose publish date
 * has come. Every query here is portable Prisma (no raw SQL), so it runs unchanged on PostgreSQL.
 */

export const NOTICES_PAGE_SIZE = 10;

function publicWhere(now: Date): Prisma.NoticeWhereInput {
  return { status: { in: [...PUBLIC_NOTICE_STATUSES] }, publishedAt: { lte: now } };
}

const summaryInclude = {
  translations: { select: { locale: true, title: true, summary: true } },
  updates: { select: { date: true }, orderBy: { date: 'desc' }, take: 1 },
} satisfies Prisma.NoticeInclude;

type SummaryRow = Prisma.NoticeGetPayload<{ include: typeof summaryInclude }>;

const newestFirst: Prisma.NoticeOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { slug: 'asc' }];

function toSummary(row: SummaryRow, locale: Locale): NoticeSummaryView | null {
  const picked = pickTranslation(row.translations, locale);
  if (!picked || !row.publishedAt) return null;
  return {
    slug: row.slug,
    category: row.category as NoticeCategory,
    importance: row.importance as NoticeImportance,
    pinned: row.pinned,
    status: row.status as NoticeStatus,
    publishedAt: row.publishedAt.toISOString(),
    lastUpdatedAt: row.updates[0]?.date.toISOString() ?? null,
    title: resolvePlaceholders(picked.value.title, picked.locale),
    summary: resolvePlaceholders(picked.value.summary, picked.locale),
    textLocale: picked.locale,
    fallback: picked.fallback,
  };
}

function toSummaries(rows: SummaryRow[], locale: Locale): NoticeSummaryView[] {
  return rows.map((row) => toSummary(row, locale)).filter((n): n is NoticeSummaryView => n !== null);
}

/** Current notices (not back numbers), newest first, optionally in one category. */
export async function listCurrentNotices(options: {
  locale: Locale;
  category?: NoticeCategory;
  page?: number;
  pageSize?: number;
  now?: Date;
}): Promise<NoticePage> {
  const { locale, category, page = 1, pageSize = NOTICES_PAGE_SIZE, now = new Date() } = options;
  const where: Prisma.NoticeWhereInput = {
    status: 'published',
    publishedAt: { lte: now },
    ...(category ? { category } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.notice.count({ where }),
    prisma.notice.findMany({
      where,
      include: summaryInclude,
      orderBy: newestFirst,
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return {
    items: toSummaries(rows, locale),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

/** Important or pinned current notices, for the home page banner. Pinned first. */
export async function listHighlightedNotices(locale: Locale, now = new Date()): Promise<NoticeSummaryView[]> {
  const rows = await prisma.notice.findMany({
    where: {
      status: 'published',
      publishedAt: { lte: now },
      OR: [{ pinned: true }, { importance: 'important', publishedAt: { gte: daysBefore(now, 90) } }],
    },
    include: summaryInclude,
    orderBy: [{ pinned: 'desc' }, ...newestFirst],
    take: 3,
  });
  return toSummaries(rows, locale);
}

/** The newest public notices of any status, for the home page, feeds and sitemaps. */
export async function listLatestNotices(
  locale: Locale,
  take: number,
  now = new Date(),
): Promise<NoticeSummaryView[]> {
  const rows = await prisma.notice.findMany({
    where: publicWhere(now),
    include: summaryInclude,
    orderBy: newestFirst,
    take,
  });
  return toSummaries(rows, locale);
}

/** Back numbers: how many public notices each year (Japan time) has, newest year first. */
export async function listArchiveYears(now = new Date()): Promise<ArchiveYear[]> {
  const rows = await prisma.notice.findMany({ where: publicWhere(now), select: { publishedAt: true } });
  const counts = new Map<number, number>();
  for (const { publishedAt } of rows) {
    if (!publishedAt) continue;
    const year = yearInJapan(publishedAt);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

/** Every public notice of one year (Japan time), newest first. */
export async function listNoticesOfYear(
  locale: Locale,
  year: number,
  now = new Date(),
): Promise<NoticeSummaryView[]> {
  const rows = await prisma.notice.findMany({
    where: {
      ...publicWhere(now),
      AND: [
        { publishedAt: { gte: startOfJapanYear(year) } },
        { publishedAt: { lt: startOfJapanYear(year + 1) } },
      ],
    },
    include: summaryInclude,
    orderBy: newestFirst,
  });
  return toSummaries(rows, locale);
}

const detailInclude = (now: Date) =>
  ({
    translations: true,
    updates: { include: { translations: true }, orderBy: [{ date: 'desc' }, { createdAt: 'desc' }] },
    related: { where: publicWhere(now), include: summaryInclude, orderBy: newestFirst },
    relatedOf: { where: publicWhere(now), include: summaryInclude, orderBy: newestFirst },
  }) satisfies Prisma.NoticeInclude;

type DetailRow = Prisma.NoticeGetPayload<{ include: ReturnType<typeof detailInclude> }>;

function toDetail(row: DetailRow, locale: Locale): NoticeDetailView | null {
  const summary = toSummary({ ...row, updates: row.updates.slice(0, 1) }, locale);
  const picked = pickTranslation(row.translations, locale);
  if (!summary || !picked) return null;

  const body = resolvePlaceholders(picked.value.body, picked.locale);
  const updates: NoticeUpdateView[] = row.updates.flatMap((update) => {
    const note = pickTranslation(update.translations, locale);
    if (!note) return [];
    return [
      {
        date: update.date.toISOString(),
        note: resolvePlaceholders(note.value.note, note.locale),
        textLocale: note.locale,
        fallback: note.fallback,
      },
    ];
  });
  // A relation entered from either side counts; show each related notice once.
  const relatedRows = [...row.related, ...row.relatedOf].filter(
    (r, i, all) => r.id !== row.id && all.findIndex((o) => o.id === r.id) === i,
  );

  return {
    ...summary,
    bodyHtml: renderMarkdown(body),
    description: summary.summary || markdownToPlainText(body, 160),
    updates,
    related: toSummaries(relatedRows, locale).slice(0, 5),
    availableLocales: row.translations.map((t) => t.locale).filter(isLocale),
    stale: translationStates(row.translations)[picked.locale] === 'stale',
  };
}

/** One public notice with its history and related notices, or null when there is none to show. */
export async function getPublicNotice(
  slug: string,
  locale: Locale,
  now = new Date(),
): Promise<NoticeDetailView | null> {
  const row = await prisma.notice.findFirst({
    where: { slug, ...publicWhere(now) },
    include: detailInclude(now),
  });
  return row ? toDetail(row, locale) : null;
}

/**
 * Any notice, whatever its status, exactly as its public page would show it (for the staff preview).
 * Needs a publish date to render; drafts without one are shown as of now.
 */
export async function getNoticePreview(
  id: string,
  locale: Locale,
  now = new Date(),
): Promise<NoticeDetailView | null> {
  const row = await prisma.notice.findUnique({ where: { id }, include: detailInclude(now) });
  return row ? toDetail({ ...row, publishedAt: row.publishedAt ?? now }, locale) : null;
}

/** Slugs and dates of all public notices, for the sitemap. */
export async function listPublicNoticeSlugs(now = new Date()) {
  const rows = await prisma.notice.findMany({
    where: publicWhere(now),
    select: { slug: true, updatedAt: true, translations: { select: { locale: true } } },
    orderBy: newestFirst,
  });
  return rows.map((row) => ({
    slug: row.slug,
    updatedAt: row.updatedAt.toISOString(),
    locales: row.translations.map((t) => t.locale).filter(isLocale),
  }));
}

/**
 * Every public notice with the text of each language it is written in (title, summary, body and its
 * "Updated" notes, placeholders resolved), for the site search index. No fallbacks: a notice
 * written only in Japanese is a Japanese document.
 */
export async function listPublicNoticeTexts(now = new Date()) {
  const rows = await prisma.notice.findMany({
    where: publicWhere(now),
    include: {
      translations: true,
      updates: { include: { translations: true }, orderBy: [{ date: 'desc' }, { createdAt: 'desc' }] },
    },
    orderBy: newestFirst,
  });
  return rows.flatMap((row) =>
    row.translations.flatMap((t) => {
      if (!isLocale(t.locale) || !row.publishedAt) return [];
      const locale = t.locale;
      return [
        {
          slug: row.slug,
          locale,
          category: row.category as NoticeCategory,
          status: row.status as NoticeStatus,
          publishedAt: row.publishedAt.toISOString(),
          title: resolvePlaceholders(t.title, locale),
          summary: resolvePlaceholders(t.summary, locale),
          body: resolvePlaceholders(t.body, locale),
          updateNotes: row.updates.flatMap((u) =>
            u.translations.filter((n) => n.locale === locale).map((n) => resolvePlaceholders(n.note, locale)),
          ),
        },
      ];
    }),
  );
}

function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * 24 * 60 * 60 * 1000);
}

function startOfJapanYear(year: number): Date {
  return new Date(`${String(year).padStart(4, '0')}-01-01T00:00:00+09:00`);
}
