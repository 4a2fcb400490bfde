import type { Locale } from '@/i18n/routing';
import type { MessageKeys, Messages, NestedKeyOf } from 'use-intl/core';

/** Any message of the catalog by its full key (`Mail.subject.noticePublished`), checked against en.json. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A translator over the whole catalog (`Mail.subject.noticePublished`, `NoticeCategory.security`). */
export type MailWords = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/** Gives the translator for a language: next-intl's in the app, one over the raw catalogs in tests. */
export type MailWordsFor = (locale: Locale) => Promise<MailWords>;
