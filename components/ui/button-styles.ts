/**
 * The staff area's buttons (and links that look like them): 44 px tall, one look per role. A class
 * name rather than a component, so a `<button>`, a submit in a server form and a `<Link>` share it.
 */
export const buttonStyles = {
  /** The one main action of a form (save, create). */
  primary:
    'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70',
  /** Everything else: apply a filter, restore, keep mine. */
  secondary:
    'inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:border-brand-600 disabled:opacity-70',
} as const;

export type ButtonStyle = keyof typeof buttonStyles;
