'use client';

import { useActionState } from 'react';
import type { ActionFailure } from '@/lib/auth/staff-guard';
import type { DocumentFormState } from '@/lib/content/document-form-state';
import { isChoice } from '@/lib/mail-check/customer-choices';
import { callStaffAction, failureError, isActionFailure, type FailedState } from './call-staff-action';

/** The props every bilingual editor takes: the staff member's locale, the languages and its values. */
export interface BilingualEditorProps<Values> {
  locale: string;
  languages: ('ja' | 'en')[];
  initial: Values;
}

/**
 * What an editor's save shows, in the staff member's language (from the editor's `useTranslations`):
 * the outcomes, and the text of a field's error key. A key the server sends that is not one of
 * `errorKeys` shows `invalid`.
 */
export interface EditorActionText<ErrorKey extends string> {
  saved: string;
  errorSummary: string;
  forbidden: string;
  notFound: string;
  unavailable: string;
  errorKeys: readonly ErrorKey[];
  error: (key: ErrorKey | 'invalid') => string;
}

/**
 * What every bilingual editor's save can answer (plus its own `conflict` state), and the guard's
 * failures as every staff form shows them.
 */
export type EditorState = Exclude<DocumentFormState<never>, { status: 'conflict' }> | FailedState;

/**
 * `useActionState` for an editor's save action: the guard's failures (a refused role, or a save that
 * did not go through) become the `failed` state every staff form shows, with every field left
 * as typed, and a save hands its new version to `onSaved`. Also returns the translated error of a
 * field (`invalid` for an unknown key) and the props for FormFeedback.
 */
export function useEditorAction<S extends { status: string }, ErrorKey extends string>(
  serverAction: (previous: S, form: FormData) => Promise<S | ActionFailure>,
  text: EditorActionText<ErrorKey>,
  onSaved?: (version: number) => void,
) {
  const [state, action, pending] = useActionState<S | EditorState, FormData>(
    async (previous, form) => {
      const result = await callStaffAction(serverAction, previous as S, form);
      if (isActionFailure(result)) return { status: 'failed', error: failureError(result) };
      const saved = result as EditorState;
      if (saved.status === 'saved' && saved.version) onSaved?.(saved.version);
      return result;
    },
    { status: 'idle' },
  );
  const known = state as EditorState;
  const errors = known.status === 'invalid' ? known.fieldErrors : {};
  const fieldError = (field: string) => {
    const key = errors[field];
    if (!key) return undefined;
    return text.error(isChoice(text.errorKeys, key) ? key : 'invalid');
  };
  const feedback = {
    outcome: state,
    saved: known.status === 'saved' ? text.saved : undefined,
    problem:
      known.status === 'invalid'
        ? text.errorSummary
        : known.status === 'failed'
          ? text[known.error]
          : known.status === 'error'
            ? known.error === 'forbidden'
              ? text.forbidden
              : text.notFound
            : undefined,
  };
  return { state, action, pending, fieldError, feedback };
}
