import { routing, type Locale } from '@/i18n/routing';
import type { TranslationState } from '@/lib/content/translation-state';

const stateStyle: Record<TranslationState, string> = {
  current: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  stale: 'bg-attention-50 text-attention-800 ring-attention-200',
  missing: 'bg-slate-100 text-slate-700 ring-slate-200',
};

/** The message key of each state in the staff lists ("English: up to date"). */
export const LANGUAGE_STATE_KEY = {
  current: 'langCurrent',
  stale: 'langStale',
  missing: 'langMissing',
} as const satisfies Record<TranslationState, string>;

/** Each language's state as a small badge, for the staff lists of notices and guides. */
export function LanguageStates({
  states,
  label,
}: {
  states: Record<Locale, TranslationState>;
  label: (locale: Locale, state: TranslationState) => string;
}) {
  return (
    <ul className="flex flex-wrap gap-1">
      {routing.locales.map((l) => (
        <li
          key={l}
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${stateStyle[states[l]]}`}
        >
          {label(l, states[l])}
        </li>
      ))}
    </ul>
  );
}
