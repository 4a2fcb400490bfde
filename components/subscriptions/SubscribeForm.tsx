'use client';

import { useActionState, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { subscribeAction, type SubscribeState } from '@/app/[locale]/_actions/subscription-actions';
import { useRevealOnChange } from '@/components/admin/use-reveal-on-change';
import { SubscriptionChoices, type ChoiceValues, type ServiceOption } from './SubscriptionChoices';

/**
 * The subscribe form on the home page, the notices, the status page and the checker's result: an
 * address and, folded away with sensible defaults for the page it is on, what to hear about.
 * Controlled fields, so a refused request keeps everything typed.
 */
export function SubscribeForm({
  locale,
  services,
  defaults,
  expanded = false,
  idPrefix = 'subscribe',
}: {
  locale: string;
  services: ServiceOption[];
  defaults: Pick<ChoiceValues, 'topics' | 'services'>;
  expanded?: boolean;
  idPrefix?: string;
}) {
  const t = useTranslations('Subscribe');
  const [state, action, pending] = useActionState<SubscribeState, FormData>(subscribeAction, {
    status: 'idle',
  });
  const [email, setEmail] = useState('');
  const [values, setValues] = useState<ChoiceValues>({
    language: locale,
    topics: defaults.topics,
    services: defaults.services,
    frequency: 'immediate',
    digestHour: '8',
  });
  const outcome = useRef<HTMLDivElement>(null);
  useRevealOnChange(outcome, state.status === 'idle' ? null : state, { focus: state.status !== 'sent' });
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const emailError = errors.email ? t('errors.email') : undefined;
  const choicesError = errors.topics ?? errors.services ?? errors.nothing;
  const problem =
    state.status === 'rate-limited'
      ? t('errors.rateLimited', { minutes: state.retryAfterMinutes })
      : state.status === 'unavailable'
        ? t('errors.unavailable')
        : state.status === 'invalid'
          ? t('errors.summary')
          : null;

  return (
    <form action={action} className="space-y-4" noValidate data-testid={`${idPrefix}-form`}>
      <div ref={outcome} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.status === 'sent' && (
          <p
            className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
            role="status"
          >
            {t('sent')}
          </p>
        )}
        {problem && (
          <p
            className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
            role="alert"
          >
            {problem}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow basis-64">
          <label htmlFor={`${idPrefix}-email`} className="block text-sm font-semibold text-slate-800">
            {t('email')}
          </label>
          <input
            id={`${idPrefix}-email`}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={254}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={Boolean(emailError)}
            aria-describedby={`${idPrefix}-email-help${emailError ? ` ${idPrefix}-email-error` : ''}`}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t('submitting') : t('submit')}
        </button>
      </div>
      {emailError && (
        <p id={`${idPrefix}-email-error`} className="text-sm font-medium text-red-700">
          {emailError}
        </p>
      )}
      <p id={`${idPrefix}-email-help`} className="text-xs text-slate-600">
        {t('emailHelp')}
      </p>
      <details
        open={expanded || Boolean(choicesError)}
        className="rounded-md border border-slate-200 bg-white px-4 py-2"
      >
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-brand-700">
          {t('moreChoices')}
        </summary>
        <div className="pt-2 pb-3">
          <SubscriptionChoices
            idPrefix={idPrefix}
            values={values}
            services={services}
            onChange={setValues}
            error={
              choicesError ? t(`errors.${choicesError === 'nothing' ? 'nothing' : 'choices'}`) : undefined
            }
          />
        </div>
      </details>
    </form>
  );
}
