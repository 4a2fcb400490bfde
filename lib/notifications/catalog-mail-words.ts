import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import type { MailWordsFor } from './mail-words';

/**
 * The mail translator outside the app's server (the worker, scripts, tests): the same catalogs the
 * pages use, formatted from their source (the app's own translator uses the build's precompiled copy).
 */
export const catalogMailWords: MailWordsFor = async (locale) => {
  const t = createTranslator({ locale, messages: locale === 'ja' ? ja : en, timeZone: 'Asia/Tokyo' });
  return (key, values) => t(key, values);
};
