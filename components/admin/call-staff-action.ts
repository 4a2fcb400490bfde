import { unstable_rethrow } from 'next/navigation';
import type { ActionFailure } from '@/lib/auth/staff-guard';

/** How a staff form reports an action that did nothing: a refused role, or a failure to retry. */
export type FailureError = 'forbidden' | 'unavailable';

/** A form's state after such an action; the form shows `text[error]` and keeps what was typed. */
export type FailedState = { status: 'failed'; error: FailureError };

/**
 * Calls a staff server action from a form's `useActionState`. A request that never got an answer
 * (the connection dropped, the server restarted) comes back as the server's own `unavailable`, so
 * the form keeps what was typed and asks to try again instead of showing the error page.
 */
export async function callStaffAction<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result | ActionFailure>,
  ...args: Args
): Promise<Result | ActionFailure> {
  try {
    return await action(...args);
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, error: 'unavailable' };
  }
}

/** Whether a result is the guard's failure rather than the form's own state. */
export function isActionFailure(result: object): result is ActionFailure {
  return 'ok' in result && result.ok === false;
}

/**
 * The form's error for a failure. `unauthorized` never reaches a form (the guard redirects to sign
 * in), so anything but `unavailable` is a refused role.
 */
export function failureError(failure: ActionFailure): FailureError {
  return failure.error === 'unavailable' ? 'unavailable' : 'forbidden';
}
