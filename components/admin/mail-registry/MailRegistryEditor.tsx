'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import {
  saveMailRegistryAction,
  type RegistryFormState,
} from '@/app/[locale]/admin/_actions/mail-registry-actions';
import {
  callStaffAction,
  failureError,
  isActionFailure,
  type FailedState,
} from '@/components/admin/call-staff-action';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { SaveButton } from '@/components/admin/SaveButton';
import {
  FORM_CHOICES,
  type EndpointRow,
  type PolicyRow,
  type RegistryFormValues,
  type ResolveRow,
} from '@/lib/mail-registry/registry-form';

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';
const smallButton =
  'inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:border-brand-600';

const NEW_ENDPOINT: EndpointRow = {
  id: '',
  protocol: 'smtp',
  host: '',
  port: '',
  security: 'tls',
  auth: true,
  recommended: false,
  blockedFromCustomerNetworks: false,
  probePort: '',
};

/**
 * The mail service registry editor (admins). Rows live in React state, so nothing typed is lost
 * when the server refuses a save; the server checks everything again and answers per field.
 */
export function MailRegistryEditor({
  initial,
  baseId,
  noticeSlugs,
}: {
  initial: RegistryFormValues;
  baseId: number;
  noticeSlugs: string[];
}) {
  const t = useTranslations('MailRegistryAdmin');
  const [values, setValues] = useState(initial);
  // Controlled: React resets uncontrolled fields after a form action, which would lose the note.
  const [note, setNote] = useState('');
  const [state, action, pending] = useActionState<RegistryFormState | FailedState, FormData>(
    async (previous, form) => {
      const result = await callStaffAction(saveMailRegistryAction, previous as RegistryFormState, form);
      if (isActionFailure(result)) return { status: 'failed', error: failureError(result) };
      if (result.status === 'saved') setNote('');
      return result;
    },
    { status: 'idle' },
  );
  // A save re-renders the page with the new version as `baseId`; a restore or someone else's save
  // does too. Only the latter replace what is in the form (adjusting state during render, not in an
  // effect, so stale rows are never shown).
  const [seenBase, setSeenBase] = useState(baseId);
  if (baseId !== seenBase) {
    setSeenBase(baseId);
    if (!(state.status === 'saved' && state.revisionId === baseId)) setValues(initial);
  }
  const errors = state.status === 'invalid' ? state.errors : {};
  const currentBase = state.status === 'saved' ? state.revisionId : baseId;

  const error = (key: string) => {
    const code = errors[key];
    return code ? t(`error.${code}`) : undefined;
  };
  const fieldError = (key: string) => {
    const message = error(key);
    return message ? (
      <p id={`${key}-error`} className="mt-1 text-sm text-red-700">
        {message}
      </p>
    ) : null;
  };
  const a11y = (key: string) => ({
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': errors[key] ? `${key}-error` : undefined,
  });

  const update = <K extends 'endpoints' | 'resolve' | 'policies'>(
    list: K,
    index: number,
    patch: Partial<RegistryFormValues[K][number]>,
  ) =>
    setValues((v) => ({
      ...v,
      [list]: (v[list] as RegistryFormValues[K][number][]).map((row, i) =>
        i === index ? { ...row, ...patch } : row,
      ),
    }));
  const remove = (list: 'endpoints' | 'resolve' | 'policies', index: number) =>
    setValues((v) => ({ ...v, [list]: (v[list] as unknown[]).filter((_, i) => i !== index) }));

  const problem =
    state.status === 'invalid'
      ? t('invalid', { count: Object.keys(errors).length })
      : state.status === 'conflict'
        ? t('conflict')
        : state.status === 'failed'
          ? t(state.error)
          : state.status === 'error'
            ? t(state.error === 'forbidden' ? 'forbidden' : 'tampered')
            : undefined;

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="baseId" value={currentBase} />
      <input type="hidden" name="values" value={JSON.stringify(values)} />

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">{t('accountsHeading')}</legend>
        <div>
          <label htmlFor="domains" className="block text-sm font-semibold">
            {t('domains')}
          </label>
          <textarea
            id="domains"
            rows={3}
            className={`${input} py-2 font-mono`}
            value={values.domains}
            onChange={(e) => setValues((v) => ({ ...v, domains: e.target.value }))}
            {...a11y('domains')}
          />
          <p className="mt-1 text-xs text-slate-600">{t('domainsHelp')}</p>
          {fieldError('domains')}
        </div>
        <div>
          <label htmlFor="customerNetworks" className="block text-sm font-semibold">
            {t('customerNetworks')}
          </label>
          <textarea
            id="customerNetworks"
            rows={3}
            className={`${input} py-2 font-mono`}
            value={values.customerNetworks}
            onChange={(e) => setValues((v) => ({ ...v, customerNetworks: e.target.value }))}
            {...a11y('customerNetworks')}
          />
          <p className="mt-1 text-xs text-slate-600">{t('customerNetworksHelp')}</p>
          {fieldError('customerNetworks')}
        </div>
        <div>
          <label htmlFor="username" className="block text-sm font-semibold">
            {t('username')}
          </label>
          <select
            id="username"
            className={input}
            value={values.username}
            onChange={(e) => setValues((v) => ({ ...v, username: e.target.value }))}
          >
            <option value="address">{t('usernameAddress')}</option>
            <option value="local-part">{t('usernameLocalPart')}</option>
          </select>
        </div>
      </fieldset>

      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className="text-lg font-bold">
          {t('endpointsHeading')}
        </h2>
        <p className="text-sm text-slate-700">{t('endpointsIntro')}</p>
        {fieldError('endpoints')}
        {values.endpoints.map((row, index) => (
          <EndpointFields
            key={index}
            index={index}
            row={row}
            onChange={(patch) => update('endpoints', index, patch)}
            onRemove={() => remove('endpoints', index)}
            a11y={a11y}
            fieldError={fieldError}
          />
        ))}
        <button
          type="button"
          className={smallButton}
          onClick={() => setValues((v) => ({ ...v, endpoints: [...v.endpoints, { ...NEW_ENDPOINT }] }))}
        >
          {t('addEndpoint')}
        </button>
      </section>

      <section aria-labelledby="policies-heading" className="space-y-3">
        <h2 id="policies-heading" className="text-lg font-bold">
          {t('policiesHeading')}
        </h2>
        <p className="text-sm text-slate-700">{t('policiesIntro')}</p>
        <datalist id="notice-slugs">
          {noticeSlugs.map((slug) => (
            <option key={slug} value={slug} />
          ))}
        </datalist>
        {values.policies.map((row, index) => (
          <PolicyFields
            key={index}
            index={index}
            row={row}
            onChange={(patch) => update('policies', index, patch)}
            onRemove={() => remove('policies', index)}
            a11y={a11y}
            fieldError={fieldError}
          />
        ))}
        <button
          type="button"
          className={smallButton}
          onClick={() =>
            setValues((v) => ({
              ...v,
              policies: [
                ...v.policies,
                {
                  id: 'encrypted-login-required',
                  effective: '',
                  notice: '',
                  version: '',
                  statementJa: '',
                  statementEn: '',
                },
              ],
            }))
          }
        >
          {t('addPolicy')}
        </button>
      </section>

      <section aria-labelledby="resolve-heading" className="space-y-3">
        <h2 id="resolve-heading" className="text-lg font-bold">
          {t('resolveHeading')}
        </h2>
        <p className="text-sm text-slate-700">{t('resolveIntro')}</p>
        {fieldError('resolve')}
        {values.resolve.map((row, index) => (
          <ResolveFields
            key={index}
            index={index}
            row={row}
            onChange={(patch) => update('resolve', index, patch)}
            onRemove={() => remove('resolve', index)}
            a11y={a11y}
            fieldError={fieldError}
          />
        ))}
        <button
          type="button"
          className={smallButton}
          onClick={() => setValues((v) => ({ ...v, resolve: [...v.resolve, { host: '', address: '' }] }))}
        >
          {t('addResolve')}
        </button>
      </section>

      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <label htmlFor="note" className="block text-sm font-semibold">
            {t('note')}
          </label>
          <input
            id="note"
            name="note"
            maxLength={500}
            className={input}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <p className="mt-1 text-xs text-slate-600">{t('noteHelp')}</p>
        </div>
        <FormFeedback
          outcome={state}
          saved={state.status === 'saved' ? t('saved') : undefined}
          problem={problem}
        />
        <SaveButton pending={pending} label={t('save')} busyLabel={t('saving')} />
      </div>
    </form>
  );
}

type RowProps<Row> = {
  index: number;
  row: Row;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
  a11y: (key: string) => { 'aria-invalid': boolean; 'aria-describedby': string | undefined };
  fieldError: (key: string) => React.ReactNode;
};

function EndpointFields({ index, row, onChange, onRemove, a11y, fieldError }: RowProps<EndpointRow>) {
  const t = useTranslations('MailRegistryAdmin');
  const key = (field: string) => `endpoints.${index}.${field}`;
  const text = (field: 'id' | 'host' | 'port' | 'probePort', className = '') => (
    <div className={className}>
      <label htmlFor={key(field)} className="block text-sm font-semibold">
        {t(`endpoint.${field}`)}
      </label>
      <input
        id={key(field)}
        className={`${input} font-mono`}
        inputMode={field === 'port' || field === 'probePort' ? 'numeric' : undefined}
        value={row[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        {...a11y(key(field))}
      />
      {fieldError(key(field))}
    </div>
  );
  const check = (field: 'auth' | 'recommended' | 'blockedFromCustomerNetworks') => (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-5"
        checked={row[field]}
        onChange={(e) => onChange({ [field]: e.target.checked })}
      />
      {t(`endpoint.${field}`)}
    </label>
  );
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="px-1 font-semibold">
        {t('endpointLegend', { number: index + 1, id: row.id || '—' })}
      </legend>
      {text('id')}
      <div>
        <label htmlFor={key('protocol')} className="block text-sm font-semibold">
          {t('endpoint.protocol')}
        </label>
        <select
          id={key('protocol')}
          className={input}
          value={row.protocol}
          onChange={(e) => onChange({ protocol: e.target.value })}
        >
          {FORM_CHOICES.protocols.map((p) => (
            <option key={p} value={p}>
              {t(`protocol.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {text('host', 'sm:col-span-2')}
      {text('port')}
      <div>
        <label htmlFor={key('security')} className="block text-sm font-semibold">
          {t('endpoint.security')}
        </label>
        <select
          id={key('security')}
          className={input}
          value={row.security}
          onChange={(e) => onChange({ security: e.target.value })}
        >
          {FORM_CHOICES.security.map((s) => (
            <option key={s} value={s}>
              {t(`security.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {text('probePort')}
      <div className="flex flex-col justify-end sm:col-span-2 lg:col-span-4 lg:flex-row lg:items-center lg:gap-6">
        {check('auth')}
        {check('recommended')}
        {check('blockedFromCustomerNetworks')}
        <button
          type="button"
          onClick={onRemove}
          className={`${smallButton} mt-2 lg:mt-0 lg:ml-auto`}
          aria-label={t('removeEndpoint', { number: index + 1 })}
        >
          {t('remove')}
        </button>
      </div>
    </fieldset>
  );
}

function PolicyFields({ index, row, onChange, onRemove, a11y, fieldError }: RowProps<PolicyRow>) {
  const t = useTranslations('MailRegistryAdmin');
  const key = (field: string) => `policies.${index}.${field}`;
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      <legend className="px-1 font-semibold">{t('policyLegend', { number: index + 1 })}</legend>
      <div className="lg:col-span-2">
        <label htmlFor={key('id')} className="block text-sm font-semibold">
          {t('policy.id')}
        </label>
        <select
          id={key('id')}
          className={input}
          value={row.id}
          onChange={(e) => onChange({ id: e.target.value })}
        >
          {FORM_CHOICES.policies.map((p) => (
            <option key={p} value={p}>
              {t(`policyKind.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={key('effective')} className="block text-sm font-semibold">
          {t('policy.effective')}
        </label>
        <input
          id={key('effective')}
          type="date"
          className={input}
          value={row.effective}
          onChange={(e) => onChange({ effective: e.target.value })}
          {...a11y(key('effective'))}
        />
        {fieldError(key('effective'))}
      </div>
      <div>
        <label htmlFor={key('notice')} className="block text-sm font-semibold">
          {t('policy.notice')}
        </label>
        <input
          id={key('notice')}
          list="notice-slugs"
          className={`${input} font-mono`}
          value={row.notice}
          onChange={(e) => onChange({ notice: e.target.value })}
          {...a11y(key('notice'))}
        />
        {fieldError(key('notice'))}
      </div>
      {row.id === 'minimum-tls-version' ? (
        <div>
          <label htmlFor={key('version')} className="block text-sm font-semibold">
            {t('policy.version')}
          </label>
          <select
            id={key('version')}
            className={input}
            value={row.version}
            onChange={(e) => onChange({ version: e.target.value })}
            {...a11y(key('version'))}
          >
            <option value="">—</option>
            <option value="TLSv1.2">TLS 1.2</option>
            <option value="TLSv1.3">TLS 1.3</option>
          </select>
          {fieldError(key('version'))}
        </div>
      ) : (
        <div aria-hidden="true" />
      )}
      {(['statementJa', 'statementEn'] as const).map((field) => (
        <div key={field} className="sm:col-span-2 lg:col-span-5">
          <label htmlFor={key(field)} className="block text-sm font-semibold">
            {t(`policy.${field}`)}
          </label>
          <textarea
            id={key(field)}
            rows={2}
            lang={field === 'statementJa' ? 'ja' : 'en'}
            className={`${input} py-2`}
            value={row[field]}
            // One line: the checker, the impact answer and the notice show it as one sentence.
            onChange={(e) => onChange({ [field]: e.target.value.replace(/[\r\n]+/g, ' ') })}
            {...a11y(key(field))}
          />
          {fieldError(key(field))}
        </div>
      ))}
      <div className="sm:col-span-2 lg:col-span-5">
        <button
          type="button"
          onClick={onRemove}
          className={smallButton}
          aria-label={t('removePolicy', { number: index + 1 })}
        >
          {t('remove')}
        </button>
      </div>
    </fieldset>
  );
}

function ResolveFields({ index, row, onChange, onRemove, a11y, fieldError }: RowProps<ResolveRow>) {
  const t = useTranslations('MailRegistryAdmin');
  const key = (field: string) => `resolve.${index}.${field}`;
  return (
    <div className="grid items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto]">
      {(['host', 'address'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={key(field)} className="block text-sm font-semibold">
            {t(`resolve.${field}`)}
          </label>
          <input
            id={key(field)}
            className={`${input} font-mono`}
            value={row[field]}
            onChange={(e) => onChange({ [field]: e.target.value })}
            {...a11y(key(field))}
          />
          {fieldError(key(field))}
        </div>
      ))}
      <button
        type="button"
        onClick={onRemove}
        className={`${smallButton} sm:mt-6`}
        aria-label={t('removeResolve', { number: index + 1 })}
      >
        {t('remove')}
      </button>
    </div>
  );
}
