'use client';

import { useActionState, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { savePreferencesAction, type PreferencesState } from '@/app/[locale]/_actions/subscription-actions';
import { useRevealOnChange } from '@/components/admin/use-reveal-on-change';
import { SubscriptionChoices, type ChoiceValues, type ServiceOption } from './SubscriptionChoices';

/** Change topics, language and frequency, or leave, from a mail's link; no sign-in. */
export function PreferencesForm({
  token,
  initial,
  services,
  unsubscribed,
}: {
  token: string;
  initial: ChoiceValues;
  services: ServiceOption[];
  unsubscribed: boolean;
}) {
  const t = useTranslations('Subscriptions');
  const tSubscribe = useTranslations('Subscribe');
  const [state, action, pending] = useActionState<PreferencesState, FormData>(savePreferencesAction, {
    status: 'idle',
  });
  // Nothing looks chosen for an address that receives nothing: after leaving, the boxes are cleared.
  const cleared = (v: ChoiceValues): ChoiceValues => ({ ...v, topics: [], services: [] });
  const [values, setValues] = useState(unsubscribed ? cleared(initial) : initial);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === 'unsubscribed') setValues(cleared);
  }
  const outcome = useRef<HTMLDivElement>(null);
  useRevealOnChange(outcome, state.status === 'idle' ? null : state, { focus: true });
  const left = state.status === 'unsubscribed' || (unsubscribed && state.status !== 'saved');
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const choicesError = errors.topics ?? errors.services ?? errors.nothing;

  return (
    <div className="space-y-8">
      <div ref={outcome} tabIndex={-1} className="outline-none" aria-live="polite">
        {state.status === 'saved' && (
          <p
            role="status"
            className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
          >
            {t('saved')}
          </p>
        )}
        {left && (
          <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sky-900">
            {state.status === 'unsubscribed' ? t('unsubscribed') : t('unsubscribedState')}
          </p>
        )}
        {(state.status === 'link-invalid' ||
          state.status === 'unavailable' ||
          state.status === 'invalid') && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800">
            {state.status === 'invalid' ? tSubscribe('errors.summary') : t(`errors.${state.status}`)}
          </p>
        )}
      </div>
      <form action={action} className="space-y-5" noValidate>
        <input type="hidden" name="token" value={token} />
        <SubscriptionChoices
          idPrefix="preferences"
          values={values}
          services={services}
          onChange={setValues}
          error={
            choicesError
              ? tSubscribe(`errors.${choicesError === 'nothing' ? 'nothing' : 'choices'}`)
              : undefined
          }
        />
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {left ? t('resubscribe') : t('save')}
        </button>
      </form>
      {!left && (
        <form action={action} className="rounded-lg border border-slate-200 p-4">
          <input type="hidden" name="token" value={token} />
          <h2 className="text-base font-bold">{t('leaveHeading')}</h2>
          <p className="mt-1 mb-3 text-sm text-slate-700">{t('leaveText')}</p>
          <button
            type="submit"
            name="intent"
            value="unsubscribe"
            disabled={pending}
            className="min-h-11 rounded-md border border-red-300 bg-white px-5 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {t('unsubscribeButton')}
          </button>
        </form>
      )}
    </div>
  );
}
