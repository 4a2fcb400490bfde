'use client';

import { useRef } from 'react';
import { useRevealOnChange } from '@/components/admin/use-reveal-on-change';
import type { Locale } from '@/i18n/routing';
import { buttonStyles } from './button-styles';

/**
 * Shown when a save was refused because someone else saved first (a versioned document's `conflict`):
 * who it was, their text in each language (`heading` field, then the longer `texts`), and the ways on
 * — load their text into the form (when `onUseTheirs` is given) or keep one's own and save over
 * theirs. Each refused save (`outcome`, the form's state) brings it into view and gives it the focus.
 */
export function ConflictView<Text extends object>({
  outcome,
  current,
  languages,
  heading,
  texts,
  text,
  onUseTheirs,
  onKeepMine,
}: {
  outcome: unknown;
  current: { editor: string; translations: Partial<Record<Locale, Text>> };
  languages: readonly Locale[];
  heading: keyof Text;
  texts: readonly (keyof Text)[];
  /** `body` names the other editor (`current.editor`). */
  text: { title: string; body: string; theirs?: string; useTheirs?: string; keepMine: string };
  onUseTheirs?: () => void;
  onKeepMine: () => void;
}) {
  const button = `${buttonStyles.secondary} text-sm`;
  const section = useRef<HTMLElement>(null);
  useRevealOnChange(section, outcome, { focus: true });
  const value = (lang: Locale, field: keyof Text) => {
    const v = current.translations[lang]?.[field];
    return typeof v === 'string' ? v : undefined;
  };
  return (
    <section
      ref={section}
      tabIndex={-1}
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded-lg border border-attention-200 bg-attention-50 p-4"
    >
      <h2 id="conflict-title" className="font-bold text-attention-800">
        {text.title}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{text.body}</p>
      {text.theirs && <h3 className="mt-3 text-sm font-semibold">{text.theirs}</h3>}
      <div className="mt-2 grid gap-3 text-sm lg:grid-cols-2">
        {languages.map((lang) => (
          <div key={lang} lang={lang} className="rounded border border-slate-200 bg-white p-3">
            <p className="font-semibold">{value(lang, heading)}</p>
            {texts.map((field) => (
              <pre key={String(field)} className="mt-2 max-h-60 overflow-auto text-xs whitespace-pre-wrap">
                {value(lang, field)}
              </pre>
            ))}
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {onUseTheirs && (
          <button type="button" onClick={onUseTheirs} className={button}>
            {text.useTheirs}
          </button>
        )}
        <button type="button" onClick={onKeepMine} className={button}>
          {text.keepMine}
        </button>
      </div>
    </section>
  );
}
