import type { Locale } from '@/i18n/routing';

/** A translator over the whole catalog (`Mail.subject.noticePublished`, `NoticeCategory.security`). */
export type MailWords = (key: string, values?: Record<string, string | number | Date>) => string;

/** Gives the translator for a language: next-intl's in the app, one over the raw catalogs in tests. */
export type MailWordsFor = (locale: Locale) => Promise<MailWords>;
