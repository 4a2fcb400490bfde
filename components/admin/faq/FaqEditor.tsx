'use client';

import { useState } from 'react';
import { saveFaqQuestionAction } from '@/app/[locale]/admin/_actions/faq-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { LanguageColumns } from '@/components/admin/LanguageColumns';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { SaveButton } from '@/components/admin/SaveButton';
import { ReviewFields, type ReviewFieldsText } from '@/components/admin/ReviewFields';
import { SelectField } from '@/components/admin/SelectField';
import { useEditorAction, type BilingualEditorProps } from '@/components/admin/use-editor-action';
import { ConflictView } from '@/components/ui/ConflictView';
import { FieldRow, fieldStyle } from '@/components/ui/FieldRow';
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
        <ConflictView
          outcome={state}
          current={state.current}
          languages={languages}
          heading="question"
          texts={['answer']}
          text={{
            title: text.s.conflictTitle ?? '',
            body: text.s.conflictText ?? '',
            keepMine: text.s.conflictKeepMine ?? '',
          }}
          onKeepMine={() => setVersion(state.current.version)}
        />
      )}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <FieldRow
          id="slug"
          label={text.s.slug}
          help={(text.s.slugHelp ?? '').replace('{slug}', values.slug || '…')}
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
          <div className="space-y-4">
            <FieldRow
              id={`${lang}.question`}
              label={text.s.question}
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
              label={text.s.answer}
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
              label={`${text.s.preview} (${text.languages[lang]})`}
            />
          </div>
        )}
      </LanguageColumns>
      <SaveButton pending={pending} label={text.s.save ?? ''} busyLabel={text.s.saving ?? ''} />
    </form>
  );
}
