import { getTranslations } from 'next-intl/server';
import { keepPlaceholders } from '@/i18n/keep-placeholders';
import type { Locale } from '@/i18n/routing';
import { EDITOR_ERROR_KEYS, EDITOR_KEYS } from '@/components/admin/editor-keys';
import { reviewFieldsText } from '@/components/admin/review-fields-text';
import { NOTICE_CATEGORIES, NOTICE_STATUSES } from '@/lib/notices/notice-kinds';
import type { EditorText } from './NoticeEditor';

const KEYS = [
  ...EDITOR_KEYS,
  'settings',
  'slug',
  'category',
  'importance',
  'importanceNormal',
  'importanceImportant',
  'pinned',
  'status',
  'publishAt',
  'publishAtHelp',
  'title',
  'summary',
  'body',
  'publicUpdate',
  'publicUpdateHelp',
  'updateDate',
  'conflictTheirs',
  'conflictUseTheirs',
  'notifyHeading',
  'notifyHelp',
  'notifyScheduledHelp',
  'alreadyAnnounced',
] as const;

const ERROR_KEYS = [
  ...EDITOR_ERROR_KEYS,
  'titleRequired',
  'bodyRequired',
  'scheduleRequired',
  'noteRequired',
  'slug',
  'slugTaken',
] as const;

/** The editor's strings in the staff member's language (client leaves get text as props). */
export async function noticeEditorText(
  locale: Locale,
  audience: Record<string, number> = {},
): Promise<EditorText> {
  const t = await getTranslations({ locale, namespace: 'NoticeEditor' });
  const tError = await getTranslations({ locale, namespace: 'NoticeEditor.errors' });
  const tCategory = await getTranslations({ locale, namespace: 'NoticeCategory' });
  const tStatus = await getTranslations({ locale, namespace: 'NoticeStatus' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const text: EditorText = {
    errors: Object.fromEntries(ERROR_KEYS.map((key) => [key, tError(key)])),
    categories: Object.fromEntries(NOTICE_CATEGORIES.map((c) => [c, tCategory(c)])),
    statuses: Object.fromEntries(NOTICE_STATUSES.map((s) => [s, tStatus(s)])),
    languages: { ja: tLanguage('ja'), en: tLanguage('en') },
    review: await reviewFieldsText(locale, 'notice'),
    // Templates: the editor fills these placeholders in as the user types.
    slugHelp: t('slugHelp', keepPlaceholders('slug')),
    conflictText: t('conflictText', keepPlaceholders('email')),
    updateNote: t('updateNote', keepPlaceholders('language')),
    // "Mail the 1,234 subscribers of …", per category: the editor shows the selected category's.
    notifyLabels: Object.fromEntries(
      NOTICE_CATEGORIES.map((c) => [
        c,
        t('notifyLabel', { count: audience[c] ?? 0, category: tCategory(c) }),
      ]),
    ),
    announceLabels: Object.fromEntries(
      NOTICE_CATEGORIES.map((c) => [c, t('announceUpdateLabel', { count: audience[c] ?? 0 })]),
    ),
  };
  for (const key of KEYS) text[key] = t(key);
  return text;
}
