'use client';

import { useActionState } from 'react';
import type { AuthFailure } from '@/lib/auth/staff-guard';

/** The props every bilingual editor takes: the staff member's locale, the languages, its values and text. */
export interface BilingualEditorProps<Values, Text> {
  locale: string;
  languages: ('ja' | 'en')[];
  initial: Values;
  text: Text;
}

/** What every bilingual editor's save can answer (plus its own `conflict` state). */
export type EditorState =
  | { status: 'idle' | 'saved'; version?: number }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

/**
 * `useActionState` for an editor's save action: a refused role (the guard's `{ ok: false }`) becomes
 * the editor's `forbidden` error, and a save hands its new version to `onSaved`. Also returns the
 * translated error of a field (`text.errors[key]`, `invalid` for an unknown key) and the props for
 * FormFeedback.
 */
export function useEditorAction<S extends { status: string }>(
  serverAction: (previous: S, form: FormData) => Promise<S | AuthFailure>,
  text: { s: Record<string, string>; errors: Record<string, string> },
  onSaved?: (version: number) => void,
) {
  const [state, action, pending] = useActionState<S | EditorState, FormData>(
    async (previous, form) => {
      const result = await serverAction(previous as S, form);
      if ('ok' in result)
        return { status: 'error', error: result.error === 'forbidden' ? 'forbidden' : 'not-found' };
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
    saved: known.status === 'saved' ? text.s.saved : undefined,
    problem:
      known.status === 'invalid'
        ? text.s.errorSummary
        : known.status === 'error'
          ? known.error === 'forbidden'
            ? text.s.forbidden
            : text.s.notFound
          : undefined,
  };
  return { state, action, pending, fieldError, feedback };
}
