/**
 * Message keys every bilingual editor's namespace has (NoticeEditor, FaqEditor, AdminGuides): the
 * preview, the language tabs, saving and its outcomes.
 */
export const EDITOR_KEYS = [
  'preview',
  'languageTabs',
  'outOfDate',
  'save',
  'saving',
  'saved',
  'errorSummary',
  'conflictTitle',
  'conflictKeepMine',
  'forbidden',
  'notFound',
  'unavailable',
] as const;

/** The error keys shared by every editor's `errors` namespace. */
export const EDITOR_ERROR_KEYS = ['oneLanguage', 'tooLong', 'invalid'] as const;
