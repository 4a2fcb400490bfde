'use client';

/** A labelled checkbox for the staff editors (44 px tall, the label is the click target). */
export function CheckboxField({
  name,
  checked,
  label,
  onChange,
}: {
  name: string;
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm sm:col-span-2">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-5"
      />
      {label}
    </label>
  );
}
