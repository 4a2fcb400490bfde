import { getTranslations } from 'next-intl/server';
import { keepPlaceholders } from '@/i18n/keep-placeholders';
import type { Locale } from '@/i18n/routing';
import { EDITOR_ERROR_KEYS, EDITOR_KEYS } from '@/components/admin/editor-keys';
import { reviewFieldsText } from '@/components/admin/review-fields-text';
import { GUIDE_INCOMING_ORDERS, GUIDE_SECTIONS } from '@/lib/guides/guide-input';
import type { GuideEditorText } from './GuideEditor';

const KEYS = [
  ...EDITOR_KEYS,
  'settings',
  'supported',
  'incoming',
  'incomingHelp',
  'previewWith',
  'name',
  'summary',
  'newAccount',
  'existingAccount',
  'conflictTheirs',
  'conflictUseTheirs',
  'uploadTitle',
  'file',
  'fileHelp',
  'section',
  'altHelp',
  'upload',
  'uploading',
  'added',
  'imageErrorSummary',
  'imagesSaveFirst',
] as const;
const ERROR_KEYS = [
  ...EDITOR_ERROR_KEYS,
  'required',
  'altRequired',
  'missing',
  'too-large',
  'not-image',
  'type-mismatch',
] as const;

const ORDER_KEY = {
  'imap,pop3': 'imap_pop3',
  'pop3,imap': 'pop3_imap',
  imap: 'imap',
  pop3: 'pop3',
} as const satisfies Record<(typeof GUIDE_INCOMING_ORDERS)[number], string>;

/** The strings of the guide editor and the screenshot upload in the staff member's language (client leaves get text as props). */
export async function guideEditorText(locale: Locale): Promise<GuideEditorText> {
  const t = await getTranslations({ locale, namespace: 'AdminGuides' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  return {
    s: {
      ...Object.fromEntries(KEYS.map((k) => [k, t(k)])),
      // Templates: the editor fills these placeholders in itself.
      conflictText: t('conflictText', keepPlaceholders('email')),
      previewOf: t('previewOf', keepPlaceholders('section', 'language', 'variant')),
      alt: t('alt', keepPlaceholders('language')),
    },
    errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, t(`errors.${k}`)])),
    languages: { ja: tLanguage('ja'), en: tLanguage('en') },
    sections: Object.fromEntries(GUIDE_SECTIONS.map((s) => [s, t(`sections.${s}`)])),
    incomingOrders: Object.fromEntries(
      GUIDE_INCOMING_ORDERS.map((o) => [o, t(`incomingOrder.${ORDER_KEY[o]}`)]),
    ),
    review: await reviewFieldsText(locale, 'guide'),
  };
}
