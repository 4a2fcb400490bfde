import { staleLocales } from '@/lib/content/translation-state';
import { routing, type Locale } from '@/i18n/routing';
import { reviewByValue } from '@/lib/content/review-input';
import type { getFaqQuestionForEdit } from './admin-faq';

type Editable = NonNullable<Awaited<ReturnType<typeof getFaqQuestionForEdit>>>;

export function faqEditorValues(question: Editable | null, categoryId: string) {
  const translations = Object.fromEntries(
    routing.locales.map((l) => {
      const t = question?.translations.find((tr) => tr.locale === l);
      return [l, { question: t?.question ?? '', answer: t?.answer ?? '' }];
    }),
  ) as Record<Locale, { question: string; answer: string }>;
  return {
    id: question?.id ?? null,
    version: question?.version ?? null,
    slug: question?.slug ?? '',
    categoryId: question?.categoryId ?? categoryId,
    historical: question?.historical ?? false,
    reviewBy: reviewByValue(question?.reviewBy),
    minor: false,
    translations,
    staleLanguages: staleLocales(question?.languages),
  };
}
