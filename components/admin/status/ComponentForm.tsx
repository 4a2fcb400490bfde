'use client';

import { useTranslations } from 'next-intl';
import { saveComponentAction, type StatusFormState } from '@/app/[locale]/admin/_actions/status-actions';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { useStaffForm } from '@/components/admin/use-staff-form';
import { SaveButton } from '@/components/admin/SaveButton';
import { input, label, problemText } from './StatusFields';

/** Adds a status component (or updates one with the same key): names and the endpoints probed for it. */
export function ComponentForm({ endpoints }: { endpoints: { id: string; label: string }[] }) {
  const t = useTranslations('StatusAdmin');
  const { state, onSubmit, pending } = useStaffForm<StatusFormState>(saveComponentAction, { status: 'idle' });
  const errors = state.status === 'invalid' ? state.errors : {};
  const text = (name: 'slug' | 'nameJa' | 'nameEn') => (
    <div>
      <label htmlFor={`component-${name}`} className={label}>
        {t(`component.${name}`)}
      </label>
      <input
        id={`component-${name}`}
        name={name}
        maxLength={100}
        className={`${input} ${name === 'slug' ? 'font-mono' : ''}`}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={errors[name] ? `component-${name}-error` : undefined}
      />
      {errors[name] && (
        <p id={`component-${name}-error`} className="mt-1 text-sm text-red-700">
          {t(`error.${errors[name]}`)}
        </p>
      )}
    </div>
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <h2 className="text-lg font-bold sm:col-span-3">{t('componentHeading')}</h2>
      {text('slug')}
      {text('nameJa')}
      {text('nameEn')}
      <fieldset className="sm:col-span-3">
        <legend className={label}>{t('component.endpoints')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {endpoints.map((endpoint) => (
            <label key={endpoint.id} className="flex min-h-11 items-center gap-2 font-mono text-sm">
              <input type="checkbox" name="endpointIds" value={endpoint.id} className="size-5" />
              {endpoint.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-3 sm:col-span-3">
        <FormFeedback
          outcome={state}
          saved={state.status === 'saved' ? t('componentSaved') : undefined}
          problem={problemText(state, t)}
        />
        <SaveButton
          pending={pending}
          label={t('saveComponent')}
          busyLabel={t('saving')}
          variant="secondary"
        />
      </div>
    </form>
  );
}
