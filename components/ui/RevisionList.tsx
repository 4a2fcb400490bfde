import { buttonStyles } from './button-styles';

export interface RevisionRow {
  id: string;
  version: number;
  /** "Version 3" */
  label: string;
  /** "July 14, 2015 by editor@example.test" */
  byline: string;
}

/**
 * An editor's revisions, newest first, each with a restore button except the current one. Restoring
 * posts `revisionId`, `restoredVersion` and the current `version` (so a stale page cannot restore
 * over a newer save) plus the caller's own hidden `fields` to `restoreAction`. Without a title the
 * list goes under the caller's own heading.
 */
export function RevisionList({
  revisions,
  currentVersion,
  restoreAction,
  fields,
  text,
}: {
  revisions: RevisionRow[];
  currentVersion: number;
  restoreAction: (form: FormData) => Promise<void>;
  fields: Record<string, string>;
  text: { title?: string; current: string; restore: string; noEarlier: string };
}) {
  // Only the current version (or none at all, for content from before revisions were kept): say so,
  // rather than show an empty section that looks broken.
  const onlyCurrent = revisions.every((r) => r.version === currentVersion);
  const list = (
    <ol className="space-y-2">
      {revisions.map((revision) => (
        <li
          key={revision.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        >
          <span>
            <strong>{revision.label}</strong>
            {revision.version === currentVersion && (
              <span className="ml-2 text-xs text-slate-600">({text.current})</span>
            )}
            <span className="block text-slate-700">{revision.byline}</span>
          </span>
          {revision.version !== currentVersion && (
            <form action={restoreAction}>
              {Object.entries(fields).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <input type="hidden" name="revisionId" value={revision.id} />
              <input type="hidden" name="restoredVersion" value={revision.version} />
              <input type="hidden" name="version" value={currentVersion} />
              <button type="submit" className={buttonStyles.secondary}>
                {text.restore}
                <span className="sr-only"> ({revision.label})</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ol>
  );
  const body = (
    <>
      {revisions.length > 0 && list}
      {onlyCurrent && (
        <p className="mt-2 text-sm text-slate-600" data-testid="no-earlier-versions">
          {text.noEarlier}
        </p>
      )}
    </>
  );
  if (!text.title) return body;
  return (
    <section aria-labelledby="revisions" className="mt-10">
      <h2 id="revisions" className="mb-3 text-lg font-bold">
        {text.title}
      </h2>
      {body}
    </section>
  );
}
