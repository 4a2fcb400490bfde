import { unstable_cache } from 'next/cache';
import type { Locale } from '@/i18n/routing';
import { listFaq } from './public-faq';
import { FAQ_TAG } from './faq-tag';

/** Saving a question or category calls `revalidateTag(FAQ_TAG)`. */
export { FAQ_TAG };

export const cachedFaq = unstable_cache((locale: Locale) => listFaq(locale), ['faq:all'], {
  tags: [FAQ_TAG],
  revalidate: 3600,
});
