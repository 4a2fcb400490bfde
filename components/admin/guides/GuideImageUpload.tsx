'use client';

import { startTransition, useActionState, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import {
  uploadGuideImageAction,
  type GuideImageFormState,
} from '@/app/[locale]/admin/_actions/guide-actions';
import {
  callStaffAction,
  failureError,
  isActionFailure,
  type FailedState,
} from '@/components/admin/call-staff-action';
import { FieldError } from '@/components/admin/FieldError';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { SaveButton } from '@/components/admin/SaveButton';
import { GUIDE_IMAGE_LIMITS, GUIDE_SECTIONS } from '@/lib/guides/guide-input';
import { GUIDE_IMAGE_TYPES } from '@/lib/guides/guide-image-file';
import { isChoice } from '@/lib/mail-check/customer-choices';
import { GUIDE_ERROR_KEYS } from './GuideEditor';

type Lang = 'ja' | 'en';

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';
const label = 'block text-sm font-semibold text-slate-800';

/**
 * Adds a screenshot to a guide: the file, the steps it belongs to and alt text in both languages. A
 * file over 2 MB is refused before it is sent; the server checks everything again, the type by the
 * file's content. Nothing typed (nor the chosen file) is lost when the upload is refused. Its text
 * is the `AdminGuides` and `LanguageName` namespaces, as the guide editor's.
 */
export function GuideImageUpload({
  locale,
  program,
  languages,
}: {
  locale: string;
  program: string;
  languages: Lang[];
}) {
  const t = useTranslations('AdminGuides');
  const tLanguage = useTranslations('LanguageName');
  const formRef = useRef<HTMLFormElement>(null);
  const [section, setSection] = useState<string>(GUIDE_SECTIONS[0]);
  const [alt, setAlt] = useState<Record<Lang, string>>({ ja: '', en: '' });
  const [tooLarge, setTooLarge] = useState(false);
  const [state, action, pending] = useActionState<GuideImageFormState | FailedState, FormData>(
    async (previous, form) => {
      const result = await callStaffAction(uploadGuideImageAction, previous as GuideImageFormState, form);
      if (isActionFailure(result)) return { status: 'failed', error: failureError(result) };
      if (result.status === 'added') {
        formRef.current?.reset();
        setAlt({ ja: '', en: '' });
      }
      return result;
    },
    { status: 'idle' },
  );
  const errors: Record<string, string> = state.status === 'invalid' ? { ...state.fieldErrors } : {};
  if (tooLarge) errors.file = 'too-large';
  const err = (field: string) => {
    const key = errors[field];
    if (!key) return undefined;
    return t(`errors.${isChoice(GUIDE_ERROR_KEYS, key) ? key : 'invalid'}`);
  };

  // Submitted by hand (not as a form action) so that React does not reset the form, and with it the
  // chosen file, when the server refuses the upload.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (tooLarge) return;
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  };

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="upload-title"
      noValidate
    >
      <h3 id="upload-title" className="text-base font-bold">
        {t('uploadTitle')}
      </h3>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="program" value={program} />
      <FormFeedback
        outcome={state}
        saved={state.status === 'added' ? t('added') : undefined}
        problem={
          state.status === 'invalid' || tooLarge
            ? t('imageErrorSummary')
            : state.status === 'failed'
              ? t(state.error)
              : state.status === 'error'
                ? state.error === 'forbidden'
                  ? t('forbidden')
                  : t('imagesSaveFirst')
                : undefined
        }
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="image-file" className={label}>
            {t('file')}
          </label>
          <input
            id="image-file"
            name="file"
            type="file"
            accept={GUIDE_IMAGE_TYPES.join(',')}
            className={`${input} py-2`}
            aria-invalid={Boolean(err('file'))}
            aria-describedby="image-file-help image-file-error"
            onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > GUIDE_IMAGE_LIMITS.bytes)}
          />
          <p id="image-file-help" className="mt-1 text-xs text-slate-600">
            {t('fileHelp')}
          </p>
          <FieldError id="image-file-error" message={err('file')} />
        </div>
        <div>
          <label htmlFor="image-section" className={label}>
            {t('section')}
          </label>
          <select
            id="image-section"
            name="section"
            className={input}
            value={section}
            onChange={(e) => setSection(e.target.value)}
          >
            {GUIDE_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`sections.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {languages.map((lang) => (
          <div key={lang}>
            <label htmlFor={`alt.${lang}`} className={label}>
              {t('alt', { language: tLanguage(lang) })}
            </label>
            <textarea
              id={`alt.${lang}`}
              name={`alt.${lang}`}
              lang={lang}
              rows={2}
              maxLength={GUIDE_IMAGE_LIMITS.alt}
              className={`${input} py-2`}
              value={alt[lang]}
              aria-invalid={Boolean(err(`alt.${lang}`))}
              aria-describedby={`alt-help alt.${lang}-error`}
              onChange={(e) => setAlt((a) => ({ ...a, [lang]: e.target.value }))}
            />
            <FieldError id={`alt.${lang}-error`} message={err(`alt.${lang}`)} />
          </div>
        ))}
      </div>
      <p id="alt-help" className="text-xs text-slate-600">
        {t('altHelp')}
      </p>
      <SaveButton pending={pending} label={t('upload')} busyLabel={t('uploading')} variant="secondary" />
    </form>
  );
}
