import { unstable_cache } from 'next/cache';
import type { Locale } from '@/i18n/routing';
import type { NoticeCategory } from './notice-kinds';
import {
  getPublicNotice,
  listArchiveYears,
  listCurrentNotices,
  listHighlightedNotices,
  listLatestNotices,
  listNoticesOfYear,
  listPublicNoticeSlugs,
} from './public-notices';
import { NOTICES_TAG } from './notice-tag';

/**
 * Public notice reads through Next's data cache. Saving a notice calls `revalidateTag(NOTICES_TAG)`
 * and every page built from these reads is regenerated; the time limit only bounds how late a
 * scheduled notice can appear if nothing else revalidates it.
 */
export { NOTICES_TAG };
const options = { tags: [NOTICES_TAG], revalidate: 300 };

export const cachedCurrentNotices = unstable_cache(
  (locale: Locale, category: NoticeCategory | undefined, page: number) =>
    listCurrentNotices({ locale, category, page }),
  ['notices:current'],
  options,
);

export const cachedHighlightedNotices = unstable_cache(
  (locale: Locale) => listHighlightedNotices(locale),
  ['notices:highlighted'],
  options,
);

export const cachedLatestNotices = unstable_cache(
  (locale: Locale, take: number) => listLatestNotices(locale, take),
  ['notices:latest'],
  options,
);

export const cachedArchiveYears = unstable_cache(
  () => listArchiveYears(),
  ['notices:archive-years'],
  options,
);

export const cachedNoticesOfYear = unstable_cache(
  (locale: Locale, year: number) => listNoticesOfYear(locale, year),
  ['notices:year'],
  options,
);

export const cachedPublicNotice = unstable_cache(
  (slug: string, locale: Locale) => getPublicNotice(slug, locale),
  ['notices:one'],
  options,
);

export const cachedPublicNoticeSlugs = unstable_cache(
  () => listPublicNoticeSlugs(),
  ['notices:slugs'],
  options,
);
