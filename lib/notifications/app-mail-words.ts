import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { MailWordsFor } from './mail-words';

/** The app's translator for mail: the same (precompiled) catalogs as the pages. */
export const appMailWords: MailWordsFor = async (locale) => {
  const t = await getTranslations({ locale });
  return (key, values) => t(key, values);
};
