'use client';

import { useHydrated } from '@/components/ui/use-hydrated';
import { useActionState, useState } from 'react';
import { saveFaqQuestionAction, type FaqFormState } from '@/app/[locale]/admin/_actions/faq-actions';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { SelectField } from '@/components/admin/SelectField';
import { FAQ_LIMITS } from '@/lib/faq/faq-input';

type Lang = 'ja' | 'en';

export interface FaqEditorText {
  s: Record<string, string>;
  errors: Record<string, string>;
  languages: Record<string, string>;
}

export interface FaqEditorValues {
  id: string | null;
  version: number | null;
  slug: string;
  categoryId: string;
  historical: boolean;
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
}: {
  locale: string;
  languages: Lang[];
  categories: { id: string; name: string }[];
  initial: FaqEditorValues;
  text: FaqEditorText;
}) {
  const hydrated = useHydrated();
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(initial.version);
  const [state, action, pending] = useActionState<FaqFormState, FormData>(
    async (previous, form) => {
      const result = await saveFaqQuestionAction(previous, form);
      if ('ok' in result)
        return { status: 'error', error: result.error === 'forbidden' ? 'forbidden' : 'not-found' };
      if (result.status === 'saved' && result.version) setVersion(result.version);
      return result;
    },
    { status: 'idle' },
  );
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const err = (field: string) =>
    errors[field] ? (text.errors[errors[field]] ?? text.errors.invalid) : undefined;
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
      <FormFeedback
        saved={state.status === 'saved' ? text.s.saved : undefined}
        problem={
          state.status === 'invalid'
            ? text.s.errorSummary
            : state.status === 'error'
              ? state.error === 'forbidden'
                ? text.s.forbidden
                : text.s.notFound
              : undefined
        }
      />
      {state.status === 'conflict' && (
        <section role="alert" className="rounded-lg border border-attention-200 bg-attention-50 p-4 text-sm">
          <h2 className="font-bold text-attention-800">{text.s.conflictTitle}</h2>
          <p className="mt-1">{(text.s.conflictText ?? '').replace('{email}', state.current.editor)}</p>
          <div className="mt-2 grid gap-3 lg:grid-cols-2">
            {languages.map((lang) => (
              <div key={lang} lang={lang} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">{state.current.translations[lang]?.question}</p>
                <pre className="mt-2 max-h-60 overflow-auto text-xs whitespace-pre-wrap">
                  {state.current.translations[lang]?.answer}
                </pre>
              </div>
            ))}
          </div>
          <button
            type="button"
            onClick={() => setVersion(state.current.version)}
            className="mt-3 min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium"
          >
            {text.s.conflictKeepMine}
          </button>
        </section>
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
            aria-invalid={Boolean(err('slug'))}
            aria-describedby="slug-help slug-error"
            onChange={(e) => setValues((v) => ({ ...v, slug: e.target.value }))}
          />
          <p id="slug-help" className="mt-1 text-xs text-slate-600">
            {(text.s.slugHelp ?? '').replace('{slug}', values.slug || '…')}
          </p>
          {err('slug') && (
            <p id="slug-error" className="mt-1 text-sm text-red-700">
              {err('slug')}
            </p>
          )}
        </div>
        <SelectField
          id="categoryId"
          label={text.s.category ?? ''}
          value={values.categoryId}
          options={Object.fromEntries(categories.map((c) => [c.id, c.name]))}
          onChange={(value) => setValues((v) => ({ ...v, categoryId: value }))}
        />
        <label className="flex min-h-11 items-center gap-2 text-sm sm:col-span-2">
          <input
            type="checkbox"
            name="historical"
            checked={values.historical}
            onChange={(e) => setValues((v) => ({ ...v, historical: e.target.checked }))}
            className="size-5"
          />
          {text.s.historical}
        </label>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {languages.map((lang) => (
          <fieldset key={lang} lang={lang} className="rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 text-base font-bold" lang={locale}>
              {text.languages[lang]}
            </legend>
            {initial.staleLanguages.includes(lang) && (
              <p
                className="mb-3 rounded-md border border-attention-200 bg-attention-50 px-3 py-2 text-sm text-attention-800"
                lang={locale}
              >
                {text.s.outOfDate}
              </p>
            )}
            <label htmlFor={`${lang}.question`} className={label} lang={locale}>
              {text.s.question}
            </label>
            <input
              id={`${lang}.question`}
              name={`${lang}.question`}
              className={input}
              maxLength={FAQ_LIMITS.question}
              value={values.translations[lang].question}
              aria-invalid={Boolean(err(`translations.${lang}.question`))}
              aria-describedby={`${lang}.question-error`}
              onChange={(e) => setText(lang, 'question', e.target.value)}
            />
            {err(`translations.${lang}.question`) && (
              <p id={`${lang}.question-error`} className="mt-1 text-sm text-red-700">
                {err(`translations.${lang}.question`)}
              </p>
            )}
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
              aria-invalid={Boolean(err(`translations.${lang}.answer`))}
              aria-describedby={`${lang}.answer-error`}
              onChange={(e) => setText(lang, 'answer', e.target.value)}
            />
            {err(`translations.${lang}.answer`) && (
              <p id={`${lang}.answer-error`} className="mt-1 text-sm text-red-700">
                {err(`translations.${lang}.answer`)}
              </p>
            )}
            <MarkdownPreview
              locale={lang}
              markdown={values.translations[lang].answer}
              label={`${text.s.preview} (${text.languages[lang]})`}
            />
          </fieldset>
        ))}
      </div>
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? text.s.saving : text.s.save}
      </button>
    </form>
  );
}
