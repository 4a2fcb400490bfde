import type { GuideProgram } from '@/lib/guides/guide-programs';

const KIND: Record<GuideProgram | 'other', 'desktop' | 'laptop' | 'phone' | 'other'> = {
  'new-outlook': 'desktop',
  outlook: 'desktop',
  'outlook-2013': 'desktop',
  thunderbird: 'desktop',
  becky: 'desktop',
  'legacy-windows': 'desktop',
  'apple-mail': 'laptop',
  iphone: 'phone',
  'android-gmail': 'phone',
  other: 'other',
};

/** A neutral device glyph for a program's card (no vendor logos); decorative only. */
export function ProgramIcon({ program }: { program: GuideProgram | 'other' }) {
  const kind = KIND[program];
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-8 shrink-0 text-brand-700"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {kind === 'desktop' && (
        <>
          <rect x="3" y="4" width="18" height="12" rx="1.5" />
          <path d="M8 20h8M12 16v4M7 8l5 3.5L17 8" />
        </>
      )}
      {kind === 'laptop' && (
        <>
          <rect x="5" y="5" width="14" height="10" rx="1.5" />
          <path d="M2.5 19h19M8.5 8.5l3.5 2.5 3.5-2.5" />
        </>
      )}
      {kind === 'phone' && (
        <>
          <rect x="7" y="2.5" width="10" height="19" rx="2" />
          <path d="M11 18.5h2M9.5 8l2.5 2 2.5-2" />
        </>
      )}
      {kind === 'other' && (
        <>
          <rect x="3" y="5" width="18" height="14" rx="1.5" />
          <path d="M3 7l9 6 9-6" />
        </>
      )}
    </svg>
  );
}
