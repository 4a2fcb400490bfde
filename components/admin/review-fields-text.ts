import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { REVIEW_MONTHS, type ReviewKind } from '@/lib/insights/review-dates';
import type { ReviewFieldsText } from './ReviewFields';

/** ReviewFields' strings in the staff member's language, with this kind's default interval. */
export async function reviewFieldsText(locale: Locale, kind: ReviewKind): Promise<ReviewFieldsText> {
  const t = await getTranslations({ locale, namespace: 'ReviewFields' });
  return {
    reviewBy: t('reviewBy'),
    reviewByHelp: t('reviewByHelp', { months: REVIEW_MONTHS[kind] }),
    minor: t('minor'),
    minorHelp: t('minorHelp'),
  };
}
