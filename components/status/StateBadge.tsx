import type { ComponentState } from '@/lib/status/status-states';

const STYLE: Record<ComponentState, { className: string; icon: string }> = {
  operational: { className: 'bg-emerald-50 text-emerald-900 border-emerald-200', icon: '✓' },
  maintenance: { className: 'bg-sky-50 text-sky-900 border-sky-200', icon: '🔧' },
  degraded: { className: 'bg-attention-50 text-attention-800 border-attention-200', icon: '!' },
  outage: { className: 'bg-red-50 text-red-900 border-red-200', icon: '✗' },
};

/** A state as a word with an icon (never colour alone). */
export function StateBadge({ state, label }: { state: ComponentState; label: string }) {
  const style = STYLE[state];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${style.className}`}
      data-state={state}
    >
      <span aria-hidden="true">{style.icon}</span>
      {label}
    </span>
  );
}
