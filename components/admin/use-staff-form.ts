'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';

type Result = { status: string } | { ok: false; error: 'unauthorized' | 'forbidden' };

/**
 * A staff form whose action returns a result. The form is submitted by hand rather than through
 * `<form action>`, because React resets a form's fields after such an action, and a refused save
 * must keep everything typed. On success the form is cleared and the page's data refreshed.
 */
export function useStaffForm<State extends { status: string }>(
  action: (previous: State, form: FormData) => Promise<State | Result>,
  initial: State,
) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(
    async (
      previous: Awaited<State>,
      submitted: { form: HTMLFormElement; data: FormData },
    ): Promise<Awaited<State>> => {
      const result = await action(previous, submitted.data);
      if ('ok' in result) return { status: 'error', error: 'forbidden' } as unknown as Awaited<State>;
      if (result.status === 'saved') {
        submitted.form.reset();
        router.refresh();
      }
      return result as Awaited<State>;
    },
    initial as Awaited<State>,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(() => dispatch({ form, data }));
  };
  return { state, onSubmit, pending };
}
