import type { Locale } from '@/i18n/routing';
import type { NoticeCategory, NoticeImportance, NoticeStatus } from './notice-kinds';

/**
 * What public pages receive: plain, JSON-safe data (dates as ISO strings) so that it survives the
 * data cache unchanged. Text is already in the reader's language where a translation exists and
 * has its placeholders resolved.
 */
export interface NoticeSummaryView {
  slug: string;
  category: NoticeCategory;
  importance: NoticeImportance;
  pinned: boolean;
  status: NoticeStatus;
  publishedAt: string;
  /** Date of the newest "Updated" entry, if any. */
  lastUpdatedAt: string | null;
  title: string;
  summary: string;
  /** The language the text is in; differs from the page's when a translation is missing. */
  textLocale: Locale;
  fallback: boolean;
}

export interface NoticeUpdateView {
  date: string;
  note: string;
  textLocale: Locale;
  fallback: boolean;
}

export interface NoticeDetailView extends NoticeSummaryView {
  bodyHtml: string;
  /** Plain-text description for metadata. */
  description: string;
  /** Newest first. */
  updates: NoticeUpdateView[];
  related: NoticeSummaryView[];
  /** Languages this notice has text in (for hreflang). */
  availableLocales: Locale[];
  /** The other language changed after this text was last confirmed current. */
  stale: boolean;
}

export interface NoticePage {
  items: NoticeSummaryView[];
  page: number;
  pageCount: number;
  total: number;
}

export interface ArchiveYear {
  year: number;
  count: number;
}
