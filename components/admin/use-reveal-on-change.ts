'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Brings a form's outcome into view each time `outcome` changes to a new value: the Save button sits
 * at the bottom of a long form and the message at its top, so without this a refused save looks as
 * if nothing happened. With `focus` the element (which needs `tabIndex={-1}`) also takes the focus,
 * so keyboard and screen-reader users continue from what to fix, as with GOV.UK's error summary.
 * The jump is instant: a smooth scroll would move the form under a pointer about to click.
 */
export function useRevealOnChange(
  ref: RefObject<HTMLElement | null>,
  outcome: unknown,
  { focus = false }: { focus?: boolean } = {},
) {
  useEffect(() => {
    const element = ref.current;
    if (!outcome || !element) return;
    if (focus) element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, [ref, outcome, focus]);
}
