import 'server-only';
import { redirect } from 'next/navigation';
import { expireCommittedTags } from '@/lib/cache/expire-content';
import { failedSaveState, type DocumentFormState } from './document-form-state';
import type { SaveResult, SaveSuccess } from './versioned-document';

/**
 * The after-commit half of an editor's save action (docs/architecture.md, "The write path"): expire
 * the tags the commit changed in this instance's cache, then go to `redirectTo` (a new document's
 * own page) or tell the form the new version. A save that wrote nothing becomes the form's state.
 */
export function afterSave<Snapshot, Extra>(
  result: SaveResult<Snapshot, Extra>,
  redirectTo?: (saved: SaveSuccess<Extra>) => string | null,
): DocumentFormState<Snapshot> {
  if (!result.ok) return failedSaveState(result);
  expireCommittedTags(result.expire);
  const to = redirectTo?.(result);
  if (to) redirect(to);
  return { status: 'saved', version: result.version };
}

/** The same for a form action that ends on a page either way (a restore): expire, then redirect. */
export function afterRestore<Snapshot, Extra>(
  result: SaveResult<Snapshot, Extra>,
  to: { saved: (saved: SaveSuccess<Extra>) => string; refused: string },
): never {
  if (!result.ok) redirect(to.refused);
  expireCommittedTags(result.expire);
  redirect(to.saved(result));
}
