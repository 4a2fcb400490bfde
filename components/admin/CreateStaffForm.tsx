'use client';

import { useTranslations } from 'next-intl';
import { createStaffAction, type CreateStaffState } from '@/app/[locale]/admin/_actions/staff-actions';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { useStaffForm } from '@/components/admin/use-staff-form';
import type { Role } from '@/lib/auth/roles';
import { isChoice } from '@/lib/mail-check/customer-choices';

/** The keys of `StaffAdmin.errors` this form shows under a field (any other shows nothing). */
const ERROR_KEYS = ['email', 'password', 'emailTaken', 'invalid'] as const;

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';

/**
 * New staff account. Fields are uncontrolled and keep their values when the account is not created
 * (useStaffForm submits by hand and clears the form only on success). Its text is the `StaffAdmin`
 * namespace and `AdminNav.role`.
 */
export function CreateStaffForm({ roles }: { roles: readonly Role[] }) {
  const t = useTranslations('StaffAdmin');
  const tError = useTranslations('StaffAdmin.errors');
  const tRole = useTranslations('AdminNav.role');
  const { state, onSubmit, pending } = useStaffForm<CreateStaffState>(createStaffAction, { status: 'idle' });
  const errors = state.status === 'invalid' ? state.errors : {};
  const error = (field: string) => {
    const key = errors[field];
    return key && isChoice(ERROR_KEYS, key) ? tError(key) : undefined;
  };
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <h2 className="text-lg font-bold sm:col-span-2">{t('createHeading')}</h2>
      <div className="sm:col-span-2">
        <FormFeedback
          outcome={state}
          saved={state.status === 'saved' ? t('created', { email: state.email }) : undefined}
          problem={state.status === 'failed' ? t(state.error) : undefined}
        />
      </div>
      {(
        [
          ['email', 'email', 'email', 'off'],
          ['name', 'name', 'text', 'off'],
          ['password', 'password', 'password', 'new-password'],
        ] as const
      ).map(([name, labelKey, type, autoComplete]) => (
        <div key={name}>
          <label htmlFor={`new-${name}`} className="block text-sm font-semibold">
            {t(labelKey)}
          </label>
          <input
            id={`new-${name}`}
            name={name}
            type={type}
            autoComplete={autoComplete}
            className={input}
            aria-invalid={Boolean(error(name))}
            aria-describedby={`new-${name}-error${name === 'password' ? ' new-password-help' : ''}`}
          />
          {name === 'password' && (
            <p id="new-password-help" className="mt-1 text-xs text-slate-600">
              {t('passwordHelp')}
            </p>
          )}
          {error(name) && (
            <p id={`new-${name}-error`} className="mt-1 text-sm text-red-700">
              {error(name)}
            </p>
          )}
        </div>
      ))}
      <div>
        <label htmlFor="new-role" className="block text-sm font-semibold">
          {t('role')}
        </label>
        <select id="new-role" name="role" defaultValue="editor" className={input}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {tRole(role)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {t('create')}
        </button>
      </div>
    </form>
  );
}
