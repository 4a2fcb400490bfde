import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { FaqEditorText } from './FaqEditor';

const KEYS = [
  'slug',
  'category',
  'historical',
  'question',
  'answer',
  'preview',
  'save',
  'saving',
  'saved',
  'errorSummary',
  'conflictTitle',
  'conflictKeepMine',
  'outOfDate',
  'forbidden',
  'notFound',
] as const;
const ERROR_KEYS = [
  'questionRequired',
  'answerRequired',
  'oneLanguage',
  'slug',
  'slugTaken',
  'tooLong',
  'invalid',
] as const;

/** The FAQ editor's strings in the staff member's language. */
export async function faqEditorText(locale: Locale): Promise<FaqEditorText> {
  const t = await getTranslations({ locale, namespace: 'FaqEditor' });
  const tError = await getTranslations({ locale, namespace: 'FaqEditor.errors' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  return {
    s: {
      ...Object.fromEntries(KEYS.map((k) => [k, t(k)])),
      // Kept raw: the editor fills these placeholders in as the user types.
      slugHelp: t.raw('slugHelp') as string,
      conflictText: t.raw('conflictText') as string,
    },
    errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, tError(k)])),
    languages: { ja: tLanguage('ja'), en: tLanguage('en') },
  };
}
