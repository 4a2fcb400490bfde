import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Locale } from '@/i18n/routing';
import type { NoticeCategory, NoticeStatus } from './notice-kinds';
import { translationStates, type TranslationState } from '@/lib/content/translation-state';

export interface AdminNoticeRow {
  id: string;
  slug: string;
  title: string;
  category: NoticeCategory;
  status: NoticeStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  lastEditorEmail: string;
  languages: Record<Locale, TranslationState>;
}

export async function listAdminNotices(
  locale: Locale,
  filters: { status?: NoticeStatus; category?: NoticeCategory; stale?: boolean } = {},
): Promise<AdminNoticeRow[]> {
  const where: Prisma.NoticeWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
  };
  const rows = await prisma.notice.findMany({
    where,
    include: { translations: { select: { locale: true, title: true, editedAt: true, reviewedAt: true } } },
    orderBy: [{ updatedAt: 'desc' }],
  });
  const list = rows.map((row) => {
    const title =
      row.translations.find((t) => t.locale === locale)?.title ?? row.translations[0]?.title ?? row.slug;
    return {
      id: row.id,
      slug: row.slug,
      title,
      category: row.category as NoticeCategory,
      status: row.status as NoticeStatus,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      lastEditorEmail: row.lastEditorEmail,
      languages: translationStates(row.translations),
    };
  });
  // "Translation pending": a language that is out of date, or not written at all (a notice in one
  // language only leaves the other language's readers with a fallback).
  return filters.stale
    ? list.filter((n) => Object.values(n.languages).some((state) => state === 'stale' || state === 'missing'))
    : list;
}

export async function getNoticeForEdit(id: string) {
  const notice = await prisma.notice.findUnique({
    where: { id },
    include: {
      translations: true,
      updates: { include: { translations: true }, orderBy: { date: 'desc' } },
    },
  });
  if (!notice) return null;
  return { ...notice, languages: translationStates(notice.translations) };
}

/** Counts for the staff dashboard. */
export async function noticeDashboardCounts() {
  const groups = await prisma.notice.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: Record<string, number> = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  const stale = (await listAdminNotices('en', { stale: true })).length;
  return {
    draft: counts.draft ?? 0,
    scheduled: counts.scheduled ?? 0,
    published: counts.published ?? 0,
    archived: counts.archived ?? 0,
    stale,
  };
}

/** Every notice's slug, drafts included: what a registry policy may link to. */
export async function listAllNoticeSlugs(): Promise<string[]> {
  const rows = await prisma.notice.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((r) => r.slug);
}
