import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { expireAll } from './cache-state.cjs';
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
 * on the other instances. For changes not written with their own change row.
 */
export async function expireContentEverywhere(tag: string): Promise<void> {
  if (tag === EVERY_PAGE) {
    expireAll();
    // Also tells the staff member's browser to drop the pages its router keeps.
    revalidatePath('/', 'layout');
  } else updateTag(tag);
  await announceChange(tag);
}
