import 'server-only';
import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { announceChange, EVERY_PAGE } from './content-changes';

/**
 * After a commit, in a server action: expires tags whose change row (`announceChange(tag, tx)`) the
 * transaction already wrote, here at once. Safe to repeat, and nothing to undo if it never runs: the
 * other instances follow the committed row, and this one's cached reads expire on their own timer.
 */
export function expireCommittedTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

/**
 * Expires a tag, or every page (`EVERY_PAGE`: the mail registry, which every page shows), here and
 * on the other instances. For route handlers and jobs, where `updateTag` is not allowed, and for
 * changes to every page.
 */
export async function expireContentEverywhere(tag: string): Promise<void> {
  expireContentHere(tag);
  await announceChange(tag);
}

/** Expires a tag (or every page) in this instance's cache only: the job tick's part of another instance's change. */
export function expireContentHere(tag: string): void {
  if (tag === EVERY_PAGE) revalidatePath('/', 'layout');
  else revalidateTag(tag, { expire: 0 });
}
