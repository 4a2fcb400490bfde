'use client';

import { useActionState } from 'react';
import type { ActionFailure } from '@/lib/auth/staff-guard';
import type { DocumentFormState } from '@/lib/content/document-form-state';
import { callStaffAction, failureError, isActionFailure, type FailedState } from './call-staff-action';

/** The props every bilingual editor takes: the staff member's locale, the languages, its values and text. */
export interface BilingualEditorProps<Values, Text> {
  locale: string;
  languages: ('ja' | 'en')[];
  initial: Values;
  text: Text;
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
 * field (`text.errors[key]`, `invalid` for an unknown key) and the props for FormFeedback.
 */
export function useEditorAction<S extends { status: string }>(
  serverAction: (previous: S, form: FormData) => Promise<S | ActionFailure>,
  text: { s: Record<string, string>; errors: Record<string, string> },
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
  const fieldError = (field: string) =>
    errors[field] ? (text.errors[errors[field]] ?? text.errors.invalid) : undefined;
  const feedback = {
    outcome: state,
    saved: known.status === 'saved' ? text.s.saved : undefined,
    problem:
      known.status === 'invalid'
        ? text.s.errorSummary
        : known.status === 'failed'
          ? text.s[known.error]
          : known.status === 'error'
            ? known.error === 'forbidden'
              ? text.s.forbidden
              : text.s.notFound
            : undefined,
  };
  return { state, action, pending, fieldError, feedback };
}
