import { getTranslations } from 'next-intl/server';
import { keepPlaceholders } from '@/i18n/keep-placeholders';
import type { Locale } from '@/i18n/routing';
import { EDITOR_ERROR_KEYS, EDITOR_KEYS } from '@/components/admin/editor-keys';
import { reviewFieldsText } from '@/components/admin/review-fields-text';
import type { FaqEditorText } from './FaqEditor';

const KEYS = [...EDITOR_KEYS, 'slug', 'category', 'historical', 'question', 'answer'] as const;
const ERROR_KEYS = [...EDITOR_ERROR_KEYS, 'questionRequired', 'answerRequired', 'slug', 'slugTaken'] as const;

/** The FAQ editor's strings in the staff member's language. */
export async function faqEditorText(locale: Locale): Promise<FaqEditorText> {
  const t = await getTranslations({ locale, namespace: 'FaqEditor' });
  const tError = await getTranslations({ locale, namespace: 'FaqEditor.errors' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  return {
    s: {
      ...Object.fromEntries(KEYS.map((k) => [k, t(k)])),
      // Templates: the editor fills these placeholders in as the user types.
      slugHelp: t('slugHelp', keepPlaceholders('slug')),
      conflictText: t('conflictText', keepPlaceholders('email')),
    },
    errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, tError(k)])),
    languages: { ja: tLanguage('ja'), en: tLanguage('en') },
    review: await reviewFieldsText(locale, 'faq'),
  };
}
