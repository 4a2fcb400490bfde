import { unstable_cache } from 'next/cache';
import type { Locale } from '@/i18n/routing';
import type { GuideProgram } from './guide-programs';
import { getGuide, listGuides } from './public-guides';
import { GUIDES_TAG } from './guide-tag';

/** Saving a guide calls `updateTag(GUIDES_TAG)`; every guide page is regenerated. */
export { GUIDES_TAG };
const options = { tags: [GUIDES_TAG], revalidate: 3600 };

export const cachedGuides = unstable_cache((locale: Locale) => listGuides(locale), ['guides:list'], options);

export const cachedGuide = unstable_cache(
  (program: GuideProgram, locale: Locale) => getGuide(program, locale),
  ['guides:one'],
  options,
);
