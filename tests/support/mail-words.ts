import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import type { MailWordsFor } from '@/lib/notifications/mail-words';

/** The mail translator over the raw catalogs, as the app's (precompiled) one formats them. */
export const testMailWords: MailWordsFor = async (locale) => {
  const t = createTranslator({ locale, messages: locale === 'ja' ? ja : en, timeZone: 'Asia/Tokyo' });
  return (key, values) => (t as unknown as (k: string, v?: unknown) => string)(key, values);
};
