import 'server-only';
import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { announceChange, EVERY_PAGE } from './content-changes';

/**
 * For server actions: expires a content tag here at once (the editor sees the change on the next
 * page) and announces it to the other app instances.
 */
export async function expireContentTag(tag: string): Promise<void> {
  updateTag(tag);
  await announceChange(tag);
}

/** For changes every page shows (the mail registry): regenerates all pages here and everywhere. */
export async function expireEveryPage(): Promise<void> {
  applyOtherInstanceChange(EVERY_PAGE);
  await announceChange(EVERY_PAGE);
}

/** For route handlers and jobs (no server action context): the same, through revalidateTag. */
export async function expireContentTagFromJob(tag: string): Promise<void> {
  applyOtherInstanceChange(tag);
  await announceChange(tag);
}

/** Expires a tag (or every page) in this instance's cache only: another instance's change, or our own. */
export function applyOtherInstanceChange(tag: string): void {
  if (tag === EVERY_PAGE) revalidatePath('/', 'layout');
  else revalidateTag(tag, { expire: 0 });
}
