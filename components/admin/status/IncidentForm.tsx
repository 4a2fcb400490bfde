'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { createIncidentAction, type StatusFormState } from '@/app/[locale]/admin/_actions/status-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { useStaffForm } from '@/components/admin/use-staff-form';
import { SaveButton } from '@/components/admin/SaveButton';
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '@/lib/status/status-states';
import { StatusFields, input, label, problemText } from './StatusFields';

/** A new incident, or a scheduled maintenance window, with its first public update in both languages. */
export function IncidentForm({
  components,
  audience,
}: {
  components: { slug: string; name: string }[];
  /** Status subscribers by the set of services they follow (lib/notifications/audience.ts). */
  audience: Array<{ services: string[]; count: number }>;
}) {
  const t = useTranslations('StatusAdmin');
  const [kind, setKind] = useState<'incident' | 'maintenance'>('incident');
  const [chosen, setChosen] = useState<string[]>([]);
  const [notify, setNotify] = useState(true);
  const reach = audience
    .filter((group) => group.services.some((slug) => chosen.includes(slug)))
    .reduce((sum, group) => sum + group.count, 0);
  const { state, onSubmit, pending } = useStaffForm<StatusFormState>(createIncidentAction, {
    status: 'idle',
  });
  const errors = state.status === 'invalid' ? state.errors : {};
  const statuses = kind === 'maintenance' ? MAINTENANCE_STATUSES : INCIDENT_STATUSES;
  const field = (name: string) => ({
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? `incident-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`incident-${name}-error`} className="mt-1 text-sm text-red-700">
        {t(`error.${errors[name]}`)}
      </p>
    ) : null;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <h2 className="text-lg font-bold sm:col-span-2">{t('newHeading')}</h2>
      <fieldset className="sm:col-span-2">
        <legend className={label}>{t('kindLabel')}</legend>
        <div className="mt-1 flex gap-4">
          {(['incident', 'maintenance'] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
                className="size-5"
              />
              {t(`kind.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {(['titleJa', 'titleEn'] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`incident-${name}`} className={label}>
            {t(name)}
          </label>
          <input id={`incident-${name}`} name={name} maxLength={200} className={input} {...field(name)} />
          {error(name)}
        </div>
      ))}
      <div>
        <label htmlFor="incident-impact" className={label}>
          {t('impact')}
        </label>
        <select
          id="incident-impact"
          name="impact"
          className={input}
          key={kind}
          defaultValue={kind === 'maintenance' ? 'maintenance' : 'degraded'}
          {...field('impact')}
        >
          {(kind === 'maintenance' ? (['maintenance'] as const) : (['degraded', 'outage'] as const)).map(
            (value) => (
              <option key={value} value={value}>
                {t(`impactOption.${value}`)}
              </option>
            ),
          )}
        </select>
        {error('impact')}
      </div>
      <fieldset {...field('components')}>
        <legend className={label}>{t('components')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {components.map((component) => (
            <label key={component.slug} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="components"
                value={component.slug}
                className="size-5"
                onChange={(e) =>
                  setChosen((list) =>
                    e.target.checked ? [...list, component.slug] : list.filter((s) => s !== component.slug),
                  )
                }
              />
              {component.name}
            </label>
          ))}
        </div>
        {error('components')}
      </fieldset>
      <div>
        <label htmlFor="incident-startsAt" className={label}>
          {t(kind === 'maintenance' ? 'startsAtMaintenance' : 'startsAt')}
        </label>
        <input
          id="incident-startsAt"
          name="startsAt"
          type="datetime-local"
          className={input}
          {...field('startsAt')}
        />
        {error('startsAt')}
      </div>
      {kind === 'maintenance' && (
        <div>
          <label htmlFor="incident-endsAt" className={label}>
            {t('endsAt')}
          </label>
          <input
            id="incident-endsAt"
            name="endsAt"
            type="datetime-local"
            className={input}
            {...field('endsAt')}
          />
          {error('endsAt')}
        </div>
      )}
      <div>
        <label htmlFor="incident-noticeSlug" className={label}>
          {t('noticeSlug')}
        </label>
        <input
          id="incident-noticeSlug"
          name="noticeSlug"
          className={`${input} font-mono`}
          {...field('noticeSlug')}
        />
        {error('noticeSlug')}
      </div>
      <StatusFields idPrefix="incident" statuses={statuses} errors={errors} />
      <CheckboxField
        name="notify"
        checked={notify}
        label={t('notifyLabel', { count: reach })}
        onChange={setNotify}
      />
      <div className="space-y-3 sm:col-span-2">
        <FormFeedback
          outcome={state}
          saved={state.status === 'saved' ? t('created') : undefined}
          problem={problemText(state, t)}
        />
        <SaveButton
          pending={pending}
          label={t(kind === 'maintenance' ? 'createMaintenance' : 'createIncident')}
          busyLabel={t('saving')}
        />
      </div>
    </form>
  );
}
