'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { addIncidentUpdateAction, type StatusFormState } from '@/app/[locale]/admin/_actions/status-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { useStaffForm } from '@/components/admin/use-staff-form';
import { SaveButton } from '@/components/admin/SaveButton';
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '@/lib/status/status-states';
import { StatusFields, input, label, problemText } from './StatusFields';

/** A new entry on an incident's public timeline; "resolved" or "completed" closes it. */
export function IncidentUpdateForm({
  incidentId,
  kind,
  audienceCount,
}: {
  incidentId: string;
  kind: 'incident' | 'maintenance';
  /** Subscribers of the incident's components. */
  audienceCount: number;
}) {
  const t = useTranslations('StatusAdmin');
  const [notify, setNotify] = useState(true);
  const { state, onSubmit, pending } = useStaffForm<StatusFormState>(addIncidentUpdateAction, {
    status: 'idle',
  });
  const errors = state.status === 'invalid' ? state.errors : {};
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <h2 className="text-lg font-bold sm:col-span-2">{t('addUpdateHeading')}</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      <StatusFields
        idPrefix="update"
        statuses={kind === 'maintenance' ? MAINTENANCE_STATUSES : INCIDENT_STATUSES}
        errors={errors}
      />
      {kind === 'maintenance' && (
        <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
          <legend className={label}>{t('moveHeading')}</legend>
          {(['startsAt', 'endsAt'] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`update-${name}`} className="block text-sm">
                {t(name === 'startsAt' ? 'moveStart' : 'moveEnd')}
              </label>
              <input
                id={`update-${name}`}
                name={name}
                type="datetime-local"
                className={input}
                aria-invalid={Boolean(errors[name])}
                aria-describedby={errors[name] ? `update-${name}-error` : undefined}
              />
              {errors[name] && (
                <p id={`update-${name}-error`} className="mt-1 text-sm text-red-700">
                  {t(`error.${errors[name]}`)}
                </p>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <CheckboxField
        name="notify"
        checked={notify}
        label={t('notifyUpdateLabel', { count: audienceCount })}
        onChange={setNotify}
      />
      <div className="space-y-3 sm:col-span-2">
        <FormFeedback
          outcome={state}
          saved={state.status === 'saved' ? t('updateAdded') : undefined}
          problem={problemText(state, t)}
        />
        <SaveButton pending={pending} label={t('addUpdate')} busyLabel={t('saving')} />
      </div>
    </form>
  );
}
