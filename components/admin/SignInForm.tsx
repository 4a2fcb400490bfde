'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInAction, type SignInState } from '@/app/[locale]/admin/_actions/auth-actions';
import { callStaffAction, isActionFailure } from './call-staff-action';

/**
 * The sign-in form (its text: the `SignIn` namespace). What was typed in the address field survives
 * a failed attempt.
 */
export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations('SignIn');
  const [state, action, pending] = useActionState<SignInState, FormData>(
    async (previous, form) => {
      // No answer (the connection dropped): the same message as a server that could not check.
      const result = await callStaffAction(signInAction, previous, form);
      return isActionFailure(result)
        ? { error: 'unavailable', email: String(form.get('email') ?? '') }
        : result;
    },
    { email: '' },
  );
  const error = state.error ? t(state.error) : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {error && (
        <p
          id="sign-in-error"
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-semibold text-slate-800">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={error ? 'sign-in-error' : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold text-slate-800">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={error ? 'sign-in-error' : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
