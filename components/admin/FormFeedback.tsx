/**
 * The outcome of an editor's save, in a polite live region: a confirmation, or an alert that says
 * what to do. Only one message is given at a time.
 */
export function FormFeedback({ saved, problem }: { saved?: string; problem?: string }) {
  return (
    <div aria-live="polite">
      {saved && (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {saved}
        </p>
      )}
      {problem && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {problem}
        </p>
      )}
    </div>
  );
}
