'use client';

import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import type { ControlDef, ProgramDef, ProgramLocale } from '@/lib/programs/program-model';
import { formScreens, shownValue, type FormValues } from '@/lib/programs/program-form';

const input = 'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3';
const label = 'block text-sm font-semibold text-slate-800';

/** Full-width digits (a Japanese keyboard's default) become ASCII as they are typed. */
const asciiDigits = (value: string) =>
  value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * The checker's questions as the customer's program asks them: its screens and tabs in order, each
 * control with its own label and kind (a switch for iPhone's “Use SSL”, Outlook's checkbox and its
 * dropdown with its own options), so what is on the screen can be copied as it is.
 */
export function ProgramFields({
  program,
  protocol,
  locale,
  values,
  invalid,
  portHelp,
  onChange,
}: {
  program: ProgramDef;
  protocol: 'pop3' | 'imap';
  locale: ProgramLocale;
  values: FormValues;
  invalid: (field: FieldName) => boolean;
  portHelp: (field: FieldName) => string;
  onChange: (control: ControlDef, controlValue: string) => void;
}) {
  return (
    <div className="space-y-5" data-testid="program-fields" data-program={program.id}>
      {formScreens(program, protocol).map(({ screen, tabs }) => (
        <fieldset key={screen.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-bold">{screen.title[locale]}</legend>
          <p className="text-sm text-slate-700">{screen.path[locale]}</p>
          {tabs.map(({ tab, controls }) => (
            <fieldset key={tab.id} className="mt-3">
              {tab.label && <legend className="text-sm font-bold text-slate-700">{tab.label[locale]}</legend>}
              <div className="mt-2 grid gap-4 sm:grid-cols-2">
                {controls.map((control) => (
                  <Control
                    key={control.id}
                    control={control}
                    locale={locale}
                    value={shownValue(control, values[control.field])}
                    invalid={invalid(control.field)}
                    portHelp={portHelp(control.field)}
                    onChange={(value) => onChange(control, value)}
                  />
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function Control({
  control,
  locale,
  value,
  invalid,
  portHelp,
  onChange,
}: {
  control: ControlDef & { field: FieldName };
  locale: ProgramLocale;
  value: string;
  invalid: boolean;
  portHelp: string;
  onChange: (value: string) => void;
}) {
  const id = `pc-${control.id}`;
  const common = { id, 'data-setting': control.field, 'aria-invalid': invalid };
  const text = control.label[locale];
  switch (control.kind) {
    case 'text':
      return (
        <div>
          <label htmlFor={id} className={label}>
            {text}
          </label>
          <input
            {...common}
            className={`${input} font-mono`}
            autoCapitalize="none"
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      );
    case 'number':
      return (
        <div>
          <label htmlFor={id} className={label}>
            {text}
          </label>
          <input
            {...common}
            inputMode="numeric"
            className={`${input} font-mono`}
            value={value}
            aria-describedby={`${id}-help`}
            onChange={(e) => onChange(asciiDigits(e.target.value))}
          />
          <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
            {portHelp}
          </p>
        </div>
      );
    case 'switch':
    case 'checkbox':
      return (
        <label className="flex min-h-11 items-center gap-3 text-sm font-semibold text-slate-800 sm:col-span-2">
          <input
            {...common}
            type="checkbox"
            role={control.kind === 'switch' ? 'switch' : undefined}
            className={
              control.kind === 'switch'
                ? 'relative h-7 w-12 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-6 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-emerald-600 checked:before:translate-x-5'
                : 'size-5 shrink-0'
            }
            checked={value === 'on'}
            onChange={(e) => onChange(e.target.checked ? 'on' : 'off')}
          />
          {text}
        </label>
      );
    case 'dropdown':
      return (
        <div>
          <label htmlFor={id} className={label}>
            {text}
          </label>
          <select {...common} className={input} value={value} onChange={(e) => onChange(e.target.value)}>
            {value === '' && <option value="" />}
            {control.options!.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label[locale]}
              </option>
            ))}
          </select>
        </div>
      );
    case 'radio':
      return (
        <fieldset className="sm:col-span-2" data-setting={control.field} id={id}>
          <legend className={label}>{text}</legend>
          <div className="mt-1 space-y-1">
            {control.options!.map((option) => (
              <label key={option.value} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={id}
                  value={option.value}
                  className="size-5 shrink-0"
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                {option.label[locale]}
              </label>
            ))}
          </div>
        </fieldset>
      );
  }
}
