import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { expireAll } from './cache-state.cjs';

/**
 * After a commit, in a server action: expires tags whose change row (`announceChange(tag, tx)`) the
 * transaction already wrote, here at once. Safe to repeat, and nothing to undo if it never runs: the
 * other instances follow the committed row, and this one's cached reads expire on their own timer.
 */
export function expireCommittedTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

/**
 * After a commit that changed what every page shows (the mail registry, whose save wrote its
 * `EVERY_PAGE` change row for the other instances), in a server action: every page here at once.
 */
export function expireEveryPageHere(): void {
  expireAll();
  // Also tells the staff member's browser to drop the pages its router keeps.
  revalidatePath('/', 'layout');
}
