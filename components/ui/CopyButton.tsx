'use client';

import { useState } from 'react';

/**
 * Copies a text (the DNS zone lines) to the clipboard and says so in a live region. Where the
 * clipboard is not available (an old browser, plain HTTP) the text stays selectable beside it.
 */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex items-center gap-3">
      <button
        type="button"
        className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-50"
        onClick={() =>
          navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {copied ? done : ''}
      </span>
    </span>
  );
}
