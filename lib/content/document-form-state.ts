import type { z } from 'zod';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { formFieldErrors } from './form-errors';
import type { Current, SaveFailure } from './versioned-document';

/**
 * What an editor's save action answers, for every versioned bilingual document (notices, FAQ
 * questions, guides): saved (with the new version), refused fields (error keys per field), someone
 * else's newer version, or a document that is gone. `Snapshot` is the kind's revision snapshot.
 */
export type DocumentFormState<Snapshot> =
  | { status: 'idle' | 'saved'; version?: number }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'conflict'; current: Current<Snapshot> }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

/** A refused parse as the form shows it; `named` gives a field its own key (see formFieldErrors). */
export function invalidForm(error: z.ZodError, named?: Record<string, string>) {
  return { status: 'invalid', fieldErrors: formFieldErrors(error, named) } as const;
}

/** Why a save wrote nothing, as the form shows it. */
export function failedSaveState<Snapshot>(failure: SaveFailure<Snapshot>): DocumentFormState<Snapshot> {
  if (failure.error === 'conflict') return { status: 'conflict', current: failure.current };
  if (failure.error === 'slug-taken') return { status: 'invalid', fieldErrors: { slug: 'slugTaken' } };
  return { status: 'error', error: 'not-found' };
}

/** A form field as text ('' when absent). */
export const formText = (form: FormData, name: string) => String(form.get(name) ?? '');

/** The staff member's language, posted by every editor (the default when missing or unknown). */
export function formLocale(form: FormData): Locale {
  const value = form.get('locale');
  return isLocale(value) ? value : routing.defaultLocale;
}

/** The version the editor started from (null for a new document). */
export const formVersion = (form: FormData) => Number(formText(form, 'version')) || null;
