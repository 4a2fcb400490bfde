/**
 * Shape of the demo content shipped with the portal. Text is written once per language;
 * `{{placeholders}}` (see lib/site/placeholders.ts) are resolved when the page is rendered,
 * so the ISP's name, support address and mail domains stay configurable.
 */
export type SeedLocale = 'en' | 'ja';
export type LocalizedText = Partial<Record<SeedLocale, string>>;

export type SeedNoticeCategory = 'maintenance' | 'service-change' | 'security' | 'spam-abuse' | 'general';

export interface SeedNotice {
  slug: string;
  category: SeedNoticeCategory;
  importance: 'normal' | 'important';
  pinned?: boolean;
  status: 'published' | 'archived';
  /** Publication day in Japan time, `YYYY-MM-DD`. */
  publishedAt: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** Markdown (GFM). */
  body: LocalizedText;
  /** Public "Updated" history, any order (shown newest first). */
  updates: { date: string; note: LocalizedText }[];
  /** Slugs of related notices. */
  related?: string[];
}

export interface SeedFaqQuestion {
  slug: string;
  historical?: boolean;
  question: LocalizedText;
  /** Markdown (GFM). */
  answer: LocalizedText;
}

export interface SeedFaqCategory {
  slug: string;
  name: LocalizedText;
  questions: SeedFaqQuestion[];
}
