import type { z } from 'zod';

/**
 * A refused form's zod issues as one error key per field (`translations.en.title` → `tooLong`), for
 * the editors to show translated next to the field. Custom issues carry their key as the message;
 * `named` gives a field its own key for any other problem (a slug's format rule, say).
 */
export function formFieldErrors(
  error: z.ZodError,
  named: Record<string, string> = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (errors[field]) continue;
    if (issue.code === 'custom') errors[field] = issue.message;
    else if (named[field]) errors[field] = named[field];
    else if (issue.code === 'too_big') errors[field] = 'tooLong';
    else errors[field] = 'invalid';
  }
  return errors;
}
