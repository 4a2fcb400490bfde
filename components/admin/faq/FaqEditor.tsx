'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { saveFaqQuestionAction } from '@/app/[locale]/admin/_actions/faq-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { LanguageColumns } from '@/components/admin/LanguageColumns';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { SaveButton } from '@/components/admin/SaveButton';
import { ReviewFields } from '@/components/admin/ReviewFields';
import { SelectField } from '@/components/admin/SelectField';
import { useEditorAction, type BilingualEditorProps } from '@/components/admin/use-editor-action';
import { ConflictView } from '@/components/ui/ConflictView';
import { FieldRow, fieldStyle } from '@/components/ui/FieldRow';
import { FAQ_LIMITS } from '@/lib/faq/faq-input';

type Lang = 'ja' | 'en';

/** The keys of `FaqEditor.errors`: what the save action can say about a field. */
const ERROR_KEYS = [
  'oneLanguage',
  'tooLong',
  'invalid',
  'questionRequired',
  'answerRequired',
  'slug',
  'slugTaken',
] as const;

export interface FaqEditorValues {
  id: string | null;
  version: number | null;
  slug: string;
  categoryId: string;
  historical: boolean;
  reviewBy: string;
  minor: boolean;
  translations: Record<Lang, { question: string; answer: string }>;
  staleLanguages: Lang[];
}

/**
 * The bilingual FAQ question editor: controlled fields, so a refused save keeps everything typed.
 * Its text is the `FaqEditor`, `LanguageName` and `ReviewFields` namespaces (the page's ClientMessages).
 */
export function FaqEditor({
  locale,
  languages,
  categories,
  initial,
}: BilingualEditorProps<FaqEditorValues> & { categories: { id: string; name: string }[] }) {
  const t = useTranslations('FaqEditor');
  const tError = useTranslations('FaqEditor.errors');
  const tLanguage = useTranslations('LanguageName');
  const languageNames = { ja: tLanguage('ja'), en: tLanguage('en') };
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(initial.version);
  const { state, action, pending, fieldError, feedback } = useEditorAction(
    saveFaqQuestionAction,
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
  const setText = (lang: Lang, field: 'question' | 'answer', value: string) =>
    setValues((v) => ({
      ...v,
      translations: { ...v.translations, [lang]: { ...v.translations[lang], [field]: value } },
    }));

  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={values.id ?? ''} />
      <input type="hidden" name="version" value={version ?? ''} />
      <FormFeedback {...feedback} />
      {state.status === 'conflict' && (
        <ConflictView
          outcome={state}
          current={state.current}
          languages={languages}
          heading="question"
          texts={['answer']}
          text={{
            title: t('conflictTitle'),
            body: t('conflictText', { email: state.current.editor }),
            keepMine: t('conflictKeepMine'),
          }}
          onKeepMine={() => setVersion(state.current.version)}
        />
      )}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <FieldRow
          id="slug"
          label={t('slug')}
          help={t('slugHelp', { slug: values.slug || '…' })}
          error={fieldError('slug')}
        >
          {(control) => (
            <input
              {...control}
              name="slug"
              className={`${fieldStyle} font-mono`}
              value={values.slug}
              maxLength={80}
              onChange={(e) => setValues((v) => ({ ...v, slug: e.target.value }))}
            />
          )}
        </FieldRow>
        <SelectField
          id="categoryId"
          label={t('category')}
          value={values.categoryId}
          options={Object.fromEntries(categories.map((c) => [c.id, c.name]))}
          onChange={(value) => setValues((v) => ({ ...v, categoryId: value }))}
        />
        <CheckboxField
          name="historical"
          checked={values.historical}
          label={t('historical')}
          onChange={(checked) => setValues((v) => ({ ...v, historical: checked }))}
        />
        <ReviewFields
          kind="faq"
          reviewBy={values.reviewBy}
          onReviewBy={(reviewBy) => setValues((v) => ({ ...v, reviewBy }))}
          minor={values.minor}
          onMinor={(minor) => setValues((v) => ({ ...v, minor }))}
          existing={values.id !== null}
          error={fieldError('reviewBy')}
        />
      </div>
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
            <FieldRow
              id={`${lang}.question`}
              label={t('question')}
              labelLang={locale}
              error={fieldError(`translations.${lang}.question`)}
            >
              {(control) => (
                <input
                  {...control}
                  name={control.id}
                  className={fieldStyle}
                  maxLength={FAQ_LIMITS.question}
                  value={values.translations[lang].question}
                  onChange={(e) => setText(lang, 'question', e.target.value)}
                />
              )}
            </FieldRow>
            <FieldRow
              id={`${lang}.answer`}
              label={t('answer')}
              labelLang={locale}
              error={fieldError(`translations.${lang}.answer`)}
            >
              {(control) => (
                <textarea
                  {...control}
                  name={control.id}
                  rows={10}
                  className={`${fieldStyle} py-2 font-mono text-sm`}
                  maxLength={FAQ_LIMITS.answer}
                  value={values.translations[lang].answer}
                  onChange={(e) => setText(lang, 'answer', e.target.value)}
                />
              )}
            </FieldRow>
            <MarkdownPreview
              locale={lang}
              markdown={values.translations[lang].answer}
              label={`${t('preview')} (${languageNames[lang]})`}
            />
          </div>
        )}
      </LanguageColumns>
      <SaveButton pending={pending} label={t('save')} busyLabel={t('saving')} />
    </form>
  );
}
