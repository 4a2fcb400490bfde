'use client';

import { useState } from 'react';
import { saveFaqQuestionAction } from '@/app/[locale]/admin/_actions/faq-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { ConflictNotice } from '@/components/admin/ConflictNotice';
import { FieldError } from '@/components/admin/FieldError';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { LanguageColumns } from '@/components/admin/LanguageColumns';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { SaveButton } from '@/components/admin/SaveButton';
import { ReviewFields, type ReviewFieldsText } from '@/components/admin/ReviewFields';
import { SelectField } from '@/components/admin/SelectField';
import { useEditorAction, type BilingualEditorProps } from '@/components/admin/use-editor-action';
import { FAQ_LIMITS } from '@/lib/faq/faq-input';

type Lang = 'ja' | 'en';

export interface FaqEditorText {
  s: Record<string, string>;
  errors: Record<string, string>;
  languages: Record<string, string>;
  review: ReviewFieldsText;
}

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

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';
const label = 'block text-sm font-semibold text-slate-800';

/** The bilingual FAQ question editor: controlled fields, so a refused save keeps everything typed. */
export function FaqEditor({
  locale,
  languages,
  categories,
  initial,
  text,
}: BilingualEditorProps<FaqEditorValues, FaqEditorText> & { categories: { id: string; name: string }[] }) {
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(initial.version);
  const { state, action, pending, fieldError, feedback } = useEditorAction(
    saveFaqQuestionAction,
    text,
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
        <ConflictNotice
          outcome={state}
          title={text.s.conflictTitle ?? ''}
          text={(text.s.conflictText ?? '').replace('{email}', state.current.editor)}
          keepMineLabel={text.s.conflictKeepMine ?? ''}
          onKeepMine={() => setVersion(state.current.version)}
          theirs={languages.map((lang) => ({
            lang,
            heading: state.current.translations[lang]?.question,
            texts: [state.current.translations[lang]?.answer],
          }))}
        />
      )}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <label htmlFor="slug" className={label}>
            {text.s.slug}
          </label>
          <input
            id="slug"
            name="slug"
            className={`${input} font-mono`}
            value={values.slug}
            maxLength={80}
            aria-invalid={Boolean(fieldError('slug'))}
            aria-describedby="slug-help slug-error"
            onChange={(e) => setValues((v) => ({ ...v, slug: e.target.value }))}
          />
          <p id="slug-help" className="mt-1 text-xs text-slate-600">
            {(text.s.slugHelp ?? '').replace('{slug}', values.slug || '…')}
          </p>
          <FieldError id="slug-error" message={fieldError('slug')} />
        </div>
        <SelectField
          id="categoryId"
          label={text.s.category ?? ''}
          value={values.categoryId}
          options={Object.fromEntries(categories.map((c) => [c.id, c.name]))}
          onChange={(value) => setValues((v) => ({ ...v, categoryId: value }))}
        />
        <CheckboxField
          name="historical"
          checked={values.historical}
          label={text.s.historical ?? ''}
          onChange={(checked) => setValues((v) => ({ ...v, historical: checked }))}
        />
        <ReviewFields
          text={text.review}
          reviewBy={values.reviewBy}
          onReviewBy={(reviewBy) => setValues((v) => ({ ...v, reviewBy }))}
          minor={values.minor}
          onMinor={(minor) => setValues((v) => ({ ...v, minor }))}
          existing={values.id !== null}
          error={fieldError('reviewBy')}
        />
      </div>
      <LanguageColumns locale={locale} languages={languages} stale={initial.staleLanguages} text={text}>
        {(lang) => (
          <>
            <label htmlFor={`${lang}.question`} className={label} lang={locale}>
              {text.s.question}
            </label>
            <input
              id={`${lang}.question`}
              name={`${lang}.question`}
              className={input}
              maxLength={FAQ_LIMITS.question}
              value={values.translations[lang].question}
              aria-invalid={Boolean(fieldError(`translations.${lang}.question`))}
              aria-describedby={`${lang}.question-error`}
              onChange={(e) => setText(lang, 'question', e.target.value)}
            />
            <FieldError id={`${lang}.question-error`} message={fieldError(`translations.${lang}.question`)} />
            <label htmlFor={`${lang}.answer`} className={`${label} mt-4`} lang={locale}>
              {text.s.answer}
            </label>
            <textarea
              id={`${lang}.answer`}
              name={`${lang}.answer`}
              rows={10}
              className={`${input} py-2 font-mono text-sm`}
              maxLength={FAQ_LIMITS.answer}
              value={values.translations[lang].answer}
              aria-invalid={Boolean(fieldError(`translations.${lang}.answer`))}
              aria-describedby={`${lang}.answer-error`}
              onChange={(e) => setText(lang, 'answer', e.target.value)}
            />
            <FieldError id={`${lang}.answer-error`} message={fieldError(`translations.${lang}.answer`)} />
            <MarkdownPreview
              locale={lang}
              markdown={values.translations[lang].answer}
              label={`${text.s.preview} (${text.languages[lang]})`}
            />
          </>
        )}
      </LanguageColumns>
      <SaveButton pending={pending} label={text.s.save ?? ''} busyLabel={text.s.saving ?? ''} />
    </form>
  );
}
