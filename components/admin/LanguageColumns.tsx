'use client';

import { useState, type ReactNode } from 'react';

type Lang = 'ja' | 'en';

/**
 * The languages of a bilingual editor: side by side on a wide screen, tabs on a phone. Each is a
 * fieldset in its own language, with a note when it is out of date against the other.
 */
export function LanguageColumns({
  locale,
  languages,
  stale,
  text,
  children,
}: {
  locale: string;
  languages: Lang[];
  stale: readonly string[];
  /** `s.languageTabs` names the tab list, `s.outOfDate` is the stale note; `languages` the names. */
  text: { s: Record<string, string | undefined>; languages: Record<string, string> };
  children: (lang: Lang) => ReactNode;
}) {
  const names = text.languages;
  const [tab, setTab] = useState<Lang>(languages[0] ?? 'ja');
  return (
    <div>
      <div role="tablist" aria-label={text.s.languageTabs} className="mb-3 flex gap-2 lg:hidden">
        {languages.map((lang) => (
          <button
            key={lang}
            type="button"
            role="tab"
            aria-selected={tab === lang}
            aria-controls={`lang-${lang}`}
            onClick={() => setTab(lang)}
            className="min-h-11 rounded-md border border-slate-300 px-4 text-sm font-medium aria-selected:border-brand-700 aria-selected:bg-brand-700 aria-selected:text-white"
          >
            {names[lang]}
          </button>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {languages.map((lang) => (
          <fieldset
            key={lang}
            id={`lang-${lang}`}
            lang={lang}
            className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 ${tab === lang ? '' : 'hidden lg:block'}`}
          >
            <legend className="px-1 text-base font-bold" lang={locale}>
              {names[lang]}
            </legend>
            {stale.includes(lang) && (
              <p
                className="mb-3 rounded-md border border-attention-200 bg-attention-50 px-3 py-2 text-sm text-attention-800"
                lang={locale}
              >
                {text.s.outOfDate}
              </p>
            )}
            {children(lang)}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
