'use client';

import { useTranslations } from 'next-intl';
import type { StatusFieldError } from '@/lib/status/incident-input';
import type { IncidentStatus } from '@/lib/status/status-states';

export const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';
export const label = 'block text-sm font-semibold text-slate-800';

type ProblemKey = 'invalid' | 'forbidden' | 'unavailable' | 'notFound';

/** The message for a save that did not happen: fields to fix, a refused role, a gone incident, or a retry. */
export function problemText(
  state: { status: string; error?: string },
  t: (key: ProblemKey) => string,
): string | undefined {
  if (state.status === 'invalid') return t('invalid');
  if (state.status === 'failed' && state.error === 'unavailable') return t('unavailable');
  if (state.status === 'error' && state.error === 'not-found') return t('notFound');
  return state.status === 'failed' || state.status === 'error' ? t('forbidden') : undefined;
}

/** The public update's status and text in both languages, shared by the new-incident and update forms. */
export function StatusFields({
  idPrefix,
  statuses,
  errors,
}: {
  idPrefix: string;
  statuses: readonly IncidentStatus[];
  errors: Record<string, StatusFieldError>;
}) {
  const t = useTranslations('StatusAdmin');
  const a11y = (name: string) => ({
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? `${idPrefix}-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${idPrefix}-${name}-error`} className="mt-1 text-sm text-red-700">
        {t(`error.${errors[name]}`)}
      </p>
    ) : null;
  return (
    <>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-status`} className={label}>
          {t('updateStatus')}
        </label>
        <select
          id={`${idPrefix}-status`}
          name="status"
          className={input}
          key={statuses.join()}
          {...a11y('status')}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`statusOption.${status}`)}
            </option>
          ))}
        </select>
        {error('status')}
      </div>
      {(['bodyJa', 'bodyEn'] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`${idPrefix}-${name}`} className={label}>
            {t(name)}
          </label>
          <textarea
            id={`${idPrefix}-${name}`}
            name={name}
            rows={4}
            maxLength={2000}
            className={`${input} py-2`}
            {...a11y(name)}
          />
          {error(name)}
        </div>
      ))}
    </>
  );
}
