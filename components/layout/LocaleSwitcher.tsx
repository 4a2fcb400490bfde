'use client';

import { Link, usePathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

/**
 * Links to the same page in the other language. next-intl's Link stores the choice in the locale
 * cookie on click, so `/` remembers it next time.
 */
export function LocaleSwitcher({
  target,
  label,
  description,
}: {
  target: Locale;
  label: string;
  description: string;
}) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={target}
      lang={target}
      title={description}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <circle cx="10" cy="10" r="8" />
        <path d="M2 10h16M10 2c2.5 2.6 2.5 13.4 0 16M10 2c-2.5 2.6-2.5 13.4 0 16" />
      </svg>
      {label}
    </Link>
  );
}
