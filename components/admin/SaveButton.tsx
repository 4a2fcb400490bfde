'use client';

import { useHydrated } from '@/components/ui/use-hydrated';

/** An editor's submit button: disabled until hydrated and while saving, then says so. */
export function SaveButton({
  pending,
  label,
  busyLabel,
  variant = 'primary',
}: {
  pending: boolean;
  label: string;
  busyLabel: string;
  variant?: 'primary' | 'secondary';
}) {
  const hydrated = useHydrated();
  const look =
    variant === 'primary'
      ? 'bg-brand-700 px-6 text-white hover:bg-brand-800'
      : 'border border-brand-700 bg-white px-5 text-brand-800 hover:bg-brand-50';
  return (
    <button
      type="submit"
      disabled={pending || !hydrated}
      className={`inline-flex min-h-11 items-center rounded-md font-semibold disabled:opacity-70 ${look}`}
    >
      {pending ? busyLabel : label}
    </button>
  );
}
