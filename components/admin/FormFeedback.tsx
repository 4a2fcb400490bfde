'use client';

import { useRef } from 'react';
import { useRevealOnChange } from './use-reveal-on-change';

/**
 * The outcome of an editor's save, in a polite live region: a confirmation, or an alert that says
 * what to do. Only one message is given at a time. Each new outcome (`outcome`: the form's state
 * after the action, a new object every time) is brought into view, and a problem takes the focus.
 */
export function FormFeedback({
  saved,
  problem,
  outcome,
}: {
  saved?: string;
  problem?: string;
  outcome: unknown;
}) {
  const message = useRef<HTMLParagraphElement>(null);
  useRevealOnChange(message, saved || problem ? outcome : null, { focus: Boolean(problem) });
  return (
    <div aria-live="polite">
      {saved && (
        <p
          ref={message}
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {saved}
        </p>
      )}
      {problem && (
        <p
          ref={message}
          role="alert"
          tabIndex={-1}
          className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          {problem}
        </p>
      )}
    </div>
  );
}
