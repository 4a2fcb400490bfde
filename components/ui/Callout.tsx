import type { ReactNode } from 'react';

const tones = {
  info: 'border-brand-200 bg-brand-50 text-brand-900',
  neutral: 'border-slate-300 bg-slate-100 text-slate-800',
  attention: 'border-attention-200 bg-attention-50 text-attention-800',
} as const;

/** A short boxed note above content (missing translation, back number, …). */
export function Callout({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return <p className={`mb-4 rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>{children}</p>;
}
