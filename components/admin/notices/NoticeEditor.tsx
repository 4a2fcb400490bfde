'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { saveNoticeAction } from '@/app/[locale]/admin/_actions/notice-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FieldError } from '@/components/admin/FieldError';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { LanguageColumns } from '@/components/admin/LanguageColumns';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { ReviewFields } from '@/components/admin/ReviewFields';
import { SaveButton } from '@/components/admin/SaveButton';
import { SelectField } from '@/components/admin/SelectField';
import { useEditorAction, type BilingualEditorProps } from '@/components/admin/use-editor-action';
import { ConflictView } from '@/components/ui/ConflictView';
import { FieldRow, fieldStyle as input, labelStyle as label } from '@/components/ui/FieldRow';
import { isChoice } from '@/lib/mail-check/customer-choices';
import { NOTICE_CATEGORIES, NOTICE_STATUSES } from '@/lib/notices/notice-kinds';
import { NOTICE_LIMITS } from '@/lib/notices/notice-input';
import type { NoticeSnapshot } from '@/lib/notices/notice-snapshot';

type Lang = 'ja' | 'en';

/** The keys of `NoticeEditor.errors`: what the save action can say about a field. */
const ERROR_KEYS = [
  'oneLanguage',
  'tooLong',
  'invalid',
  'titleRequired',
  'bodyRequired',
  'scheduleRequired',
  'noteRequired',
  'slug',
  'slugTaken',
] as const;

export interface NoticeEditorValues {
  id: string | null;
  version: number | null;
  slug: string;
  category: string;
  importance: string;
  pinned: boolean;
  /** `YYYY-MM-DD`, or '' for the default review interval. */
  reviewBy: string;
  minor: boolean;
  status: string;
  /** `YYYY-MM-DDTHH:mm` in Japan time, or ''. */
  publishAt: string;
  translations: Record<Lang, { title: string; summary: string; body: string }>;
  staleLanguages: Lang[];
  /** Subscribers were told already when this notice was published. */
  announced: boolean;
  /** A scheduled notice that is to be mailed when it goes live. */
  notifyOnPublish: boolean;
}

function slugify(title: string) {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * The bilingual notice editor: both languages side by side on a wide screen, tabs on a phone. All
 * fields are controlled, so a refused save (validation or conflict) never loses what was typed.
 * Its text is the `NoticeEditor`, `NoticeCategory`, `NoticeStatus`, `LanguageName` and
 * `ReviewFields` namespaces (the page's ClientMessages); `audience` counts each category's
 * subscribers, for "Mail the 1,234 subscribers of …".
 */
export function NoticeEditor({
  locale,
  languages,
  initial,
  audience,
}: BilingualEditorProps<NoticeEditorValues> & { audience: Record<string, number> }) {
  const t = useTranslations('NoticeEditor');
  const tError = useTranslations('NoticeEditor.errors');
  const tCategory = useTranslations('NoticeCategory');
  const tStatus = useTranslations('NoticeStatus');
  const tLanguage = useTranslations('LanguageName');
  const languageNames = { ja: tLanguage('ja'), en: tLanguage('en') };
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(Boolean(initial.id));
  const [addUpdate, setAddUpdate] = useState(false);
  const [notify, setNotify] = useState(initial.notifyOnPublish);
  const [announceUpdate, setAnnounceUpdate] = useState(false);
  const goesPublic = values.status === 'published' || values.status === 'scheduled';
  const [notes, setNotes] = useState<Record<Lang, string>>({ ja: '', en: '' });
  const [updateDate, setUpdateDate] = useState(() =>
    new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10),
  );
  const [version, setVersion] = useState(initial.version);
  const { state, action, pending, fieldError, feedback } = useEditorAction(
    saveNoticeAction,
    {
      saved: t('saved'),
      errorSummary: t('errorSummary'),
      forbidden: t('forbidden'),
      notFound: t('notFound'),
      unavailable: t('unavailable'),
      errorKeys: ERROR_KEYS,
      error: (key) => tError(key),
    },
    setVersion,
  );
  // "Mail the 1,234 subscribers of …": the selected category's subscribers.
  const category = isChoice(NOTICE_CATEGORIES, values.category) ? values.category : null;
  const subscribers = category ? (audience[category] ?? 0) : 0;

  const setText = (lang: Lang, field: 'title' | 'summary' | 'body', value: string) => {
    setValues((v) => {
      const next = {
        ...v,
        translations: { ...v.translations, [lang]: { ...v.translations[lang], [field]: value } },
      };
      if (!slugTouched && field === 'title' && lang === 'en') next.slug = slugify(value);
      return next;
    });
  };

  const loadTheirs = (current: NoticeSnapshot & { version: number }) => {
    setValues((v) => ({
      ...v,
      slug: current.slug,
      category: current.category,
      importance: current.importance,
      pinned: current.pinned,
      status: current.status,
      translations: {
        ja: current.translations.ja ?? { title: '', summary: '', body: '' },
        en: current.translations.en ?? { title: '', summary: '', body: '' },
      },
    }));
    setVersion(current.version);
  };

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={values.id ?? ''} />
      <input type="hidden" name="version" value={version ?? ''} />

      <FormFeedback {...feedback} />

      {state.status === 'conflict' && (
        <ConflictView
          outcome={state}
          current={state.current}
          languages={languages}
          heading="title"
          texts={['body']}
          text={{
            title: t('conflictTitle'),
            body: t('conflictText', { email: state.current.editor }),
            theirs: t('conflictTheirs'),
            useTheirs: t('conflictUseTheirs'),
            keepMine: t('conflictKeepMine'),
          }}
          onUseTheirs={() => loadTheirs(state.current)}
          onKeepMine={() => setVersion(state.current.version)}
        />
      )}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-bold">{t('settings')}</legend>
        <FieldRow
          id="slug"
          className="sm:col-span-2"
          label={t('slug')}
          help={t('slugHelp', { slug: values.slug || '…' })}
          error={fieldError('slug')}
        >
          {(control) => (
            <input
              {...control}
              name="slug"
              className={`${input} font-mono`}
              value={values.slug}
              maxLength={80}
              onChange={(e) => {
                setSlugTouched(true);
                setValues((v) => ({ ...v, slug: e.target.value }));
              }}
            />
          )}
        </FieldRow>
        <SelectField
          id="category"
          label={t('category')}
          value={values.category}
          options={Object.fromEntries(NOTICE_CATEGORIES.map((c) => [c, tCategory(c)]))}
          onChange={(value) => setValues((v) => ({ ...v, category: value }))}
        />
        <SelectField
          id="importance"
          label={t('importance')}
          value={values.importance}
          options={{ normal: t('importanceNormal'), important: t('importanceImportant') }}
          onChange={(value) => setValues((v) => ({ ...v, importance: value }))}
        />
        <SelectField
          id="status"
          label={t('status')}
          value={values.status}
          options={Object.fromEntries(NOTICE_STATUSES.map((s) => [s, tStatus(s)]))}
          onChange={(value) => setValues((v) => ({ ...v, status: value }))}
        />
        <FieldRow
          id="publishAt"
          label={t('publishAt')}
          help={t('publishAtHelp')}
          error={fieldError('publishAt')}
        >
          {(control) => (
            <input
              {...control}
              name="publishAt"
              type="datetime-local"
              step={1}
              className={input}
              value={values.publishAt}
              onChange={(e) => setValues((v) => ({ ...v, publishAt: e.target.value }))}
            />
          )}
        </FieldRow>
        <CheckboxField
          name="pinned"
          checked={values.pinned}
          label={t('pinned')}
          onChange={(checked) => setValues((v) => ({ ...v, pinned: checked }))}
        />
        <ReviewFields
          kind="notice"
          reviewBy={values.reviewBy}
          onReviewBy={(reviewBy) => setValues((v) => ({ ...v, reviewBy }))}
          minor={values.minor}
          onMinor={(minor) => setValues((v) => ({ ...v, minor }))}
          existing={values.id !== null}
          error={fieldError('reviewBy')}
        />
      </fieldset>

      <LanguageColumns
        locale={locale}
        languages={languages}
        stale={initial.staleLanguages}
        text={{
          s: { languageTabs: t('languageTabs'), outOfDate: t('outOfDate') },
          languages: languageNames,
        }}
      >
        {(lang) => (
          <div className="space-y-4">
            {(['title', 'summary'] as const).map((field) => (
              <FieldRow
                key={field}
                id={`${lang}.${field}`}
                label={t(field)}
                labelLang={locale}
                error={fieldError(`translations.${lang}.${field}`)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={control.id}
                    className={input}
                    value={values.translations[lang][field]}
                    maxLength={NOTICE_LIMITS[field]}
                    onChange={(e) => setText(lang, field, e.target.value)}
                  />
                )}
              </FieldRow>
            ))}
            <div>
              <FieldRow
                id={`${lang}.body`}
                label={t('body')}
                labelLang={locale}
                error={fieldError(`translations.${lang}.body`)}
              >
                {(control) => (
                  <textarea
                    {...control}
                    name={control.id}
                    rows={14}
                    className={`${input} py-2 font-mono text-sm`}
                    value={values.translations[lang].body}
                    maxLength={NOTICE_LIMITS.body}
                    onChange={(e) => setText(lang, 'body', e.target.value)}
                  />
                )}
              </FieldRow>
              <MarkdownPreview
                locale={lang}
                markdown={values.translations[lang].body}
                label={`${t('preview')} (${languageNames[lang]})`}
              />
            </div>
          </div>
        )}
      </LanguageColumns>

      {values.id && (
        <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-bold">{t('publicUpdate')}</legend>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="addUpdate"
              checked={addUpdate}
              onChange={(e) => setAddUpdate(e.target.checked)}
              className="size-5"
            />
            {t('publicUpdate')}
          </label>
          <p className="text-xs text-slate-600">{t('publicUpdateHelp')}</p>
          {addUpdate && (
            <div className="mt-3 grid gap-4 sm:grid-cols-3">
              <div>
                <label htmlFor="updateDate" className={label}>
                  {t('updateDate')}
                </label>
                <input
                  id="updateDate"
                  name="updateDate"
                  type="date"
                  className={input}
                  value={updateDate}
                  onChange={(e) => setUpdateDate(e.target.value)}
                />
              </div>
              {languages.map((lang) => (
                <div key={lang}>
                  <label htmlFor={`note.${lang}`} className={label}>
                    {t('updateNote', { language: languageNames[lang] })}
                  </label>
                  <input
                    id={`note.${lang}`}
                    name={`note.${lang}`}
                    lang={lang}
                    className={input}
                    maxLength={NOTICE_LIMITS.note}
                    value={notes[lang]}
                    aria-invalid={Boolean(fieldError('publicUpdate'))}
                    onChange={(e) => setNotes((n) => ({ ...n, [lang]: e.target.value }))}
                  />
                </div>
              ))}
              <FieldError id="publicUpdate-error" message={fieldError('publicUpdate')} />
              {values.status === 'published' && (
                <div className="sm:col-span-3">
                  <CheckboxField
                    name="announceUpdate"
                    checked={announceUpdate}
                    label={category ? t('announceUpdateLabel', { count: subscribers }) : ''}
                    onChange={setAnnounceUpdate}
                  />
                </div>
              )}
            </div>
          )}
        </fieldset>
      )}

      {goesPublic && (
        <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-bold">{t('notifyHeading')}</legend>
          {initial.announced ? (
            <p className="text-sm text-slate-700">{t('alreadyAnnounced')}</p>
          ) : (
            <>
              <CheckboxField
                name="notify"
                checked={notify}
                label={
                  category ? t('notifyLabel', { count: subscribers, category: tCategory(category) }) : ''
                }
                onChange={setNotify}
              />
              <p className="text-xs text-slate-600">
                {values.status === 'scheduled' ? t('notifyScheduledHelp') : t('notifyHelp')}
              </p>
            </>
          )}
        </fieldset>
      )}

      <SaveButton pending={pending} label={t('save')} busyLabel={t('saving')} />
    </form>
  );
}
