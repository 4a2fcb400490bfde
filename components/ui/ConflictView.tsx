'use client';

import { useRef } from 'react';
import { useRevealOnChange } from './use-reveal-on-change';

/**
 * Shown when a save was refused because someone else saved first: who it was, their text (`theirs`:
 * per language a heading and the longer texts), and the ways on — load their text into the form
 * (when `onUseTheirs` is given) or keep one's own and save over theirs. Each refused save
 * (`outcome`, the form's state) brings it into view and gives it the focus.
 */
export function ConflictNotice({
  outcome,
  title,
  text,
  theirsLabel,
  useTheirsLabel,
  keepMineLabel,
  onUseTheirs,
  onKeepMine,
  theirs,
}: {
  outcome: unknown;
  title: string;
  text: string;
  theirsLabel?: string;
  useTheirsLabel?: string;
  keepMineLabel: string;
  onUseTheirs?: () => void;
  onKeepMine: () => void;
  theirs: { lang: string; heading?: string; texts: (string | undefined)[] }[];
}) {
  const button = 'min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium';
  const section = useRef<HTMLElement>(null);
  useRevealOnChange(section, outcome, { focus: true });
  return (
    <section
      ref={section}
      tabIndex={-1}
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded-lg border border-attention-200 bg-attention-50 p-4"
    >
      <h2 id="conflict-title" className="font-bold text-attention-800">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{text}</p>
      {theirsLabel && <h3 className="mt-3 text-sm font-semibold">{theirsLabel}</h3>}
      <div className="mt-2 grid gap-3 text-sm lg:grid-cols-2">
        {theirs.map(({ lang, heading, texts }) => (
          <div key={lang} lang={lang} className="rounded border border-slate-200 bg-white p-3">
            <p className="font-semibold">{heading}</p>
            {texts.map((text, i) => (
              <pre key={i} className="mt-2 max-h-60 overflow-auto text-xs whitespace-pre-wrap">
                {text}
              </pre>
            ))}
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {onUseTheirs && (
          <button type="button" onClick={onUseTheirs} className={button}>
            {useTheirsLabel}
          </button>
        )}
        <button type="button" onClick={onKeepMine} className={button}>
          {keepMineLabel}
        </button>
      </div>
    </section>
  );
}
