import type { Locale } from '@/i18n/routing';

export interface FaqQuestionView {
  slug: string;
  historical: boolean;
  question: string;
  answerHtml: string;
  textLocale: Locale;
  fallback: boolean;
}

export interface FaqCategoryView {
  slug: string;
  name: string;
  questions: FaqQuestionView[];
}
