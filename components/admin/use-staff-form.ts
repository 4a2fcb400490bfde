'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionFailure } from '@/lib/auth/staff-guard';
import { callStaffAction, failureError, isActionFailure, type FailedState } from './call-staff-action';

/**
 * A staff form whose action returns a result. The form is submitted by hand rather than through
 * `<form action>`, because React resets a form's fields after such an action, and a refused save
 * must keep everything typed. On success (`saved`) the form is cleared and the page's data refreshed.
 */
export function useStaffForm<State extends { status: string }>(
  action: (previous: State, form: FormData) => Promise<State | ActionFailure>,
  initial: State,
) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState<
    State | FailedState,
    { form: HTMLFormElement; data: FormData }
  >(async (previous, submitted) => {
    const result = await callStaffAction(action, previous as State, submitted.data);
    if (isActionFailure(result)) return { status: 'failed', error: failureError(result) };
    if (result.status === 'saved') {
      submitted.form.reset();
      router.refresh();
    }
    return result as State;
  }, initial as Awaited<State>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(() => dispatch({ form, data }));
  };
  return { state, onSubmit, pending };
}
