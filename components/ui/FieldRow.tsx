import type { ReactNode } from 'react';

/** The look of a staff form's text field; `aria-invalid` turns its border red. */
export const fieldStyle =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';

/** The look of a staff form's field label. */
export const labelStyle = 'block text-sm font-semibold text-slate-800';

/** What a FieldRow hands its control: the id, and the ids of its help and error for aria-describedby. */
export interface FieldControl {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
}

/**
 * One field of a staff form: its label, the control (given the id and aria attributes to spread),
 * an optional help line, and its error under it. `labelLang` marks the label's language when the
 * field sits in the other language's column.
 */
export function FieldRow({
  id,
  label,
  help,
  error,
  labelLang,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  labelLang?: string;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}) {
  const described = [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className={labelStyle} lang={labelLang}>
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
