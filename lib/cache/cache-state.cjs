'use strict';
// The state of this process's page and data cache, shared by the cache handler Next loads by path
// (lib/cache/portal-cache-handler.cjs, outside the app's bundles) and the app code that follows other
// processes' content changes (lib/cache/follow-content-changes.ts, inside them). Both reach it
// through one well-known global symbol, because each gets its own copy of this module.

const STATE = Symbol.for('isp-support-portal.cache');

/**
 * @typedef {{ value: unknown, lastModified: number, tags: string[], size: number }} Entry
 * @typedef {{ entries: Map<string, Entry>, bytes: number, tagExpiredAt: Map<string, number>, allExpiredAt: number }} CacheState
 */

/** @returns {CacheState} */
function cacheState() {
  const holder = /** @type {Record<symbol, CacheState | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STATE] ??= { entries: new Map(), bytes: 0, tagExpiredAt: new Map(), allExpiredAt: 0 };
  return /** @type {CacheState} */ (holder[STATE]);
}

/** Entries stored before `at` that carry one of `tags` are no longer served. */
function expireTags(tags, at = Date.now()) {
  const state = cacheState();
  for (const tag of tags) state.tagExpiredAt.set(tag, Math.max(at, state.tagExpiredAt.get(tag) ?? 0));
}

/** No entry stored before `at` is served (a change every page shows: the mail registry). */
function expireAll(at = Date.now()) {
  const state = cacheState();
  state.allExpiredAt = Math.max(at, state.allExpiredAt);
}

/** Whether an entry dated `lastModified` with these tags was expired after it was made. */
function isExpired(lastModified, tags) {
  const state = cacheState();
  if (state.allExpiredAt > lastModified) return true;
  for (const tag of tags) if ((state.tagExpiredAt.get(tag) ?? 0) > lastModified) return true;
  return false;
}

module.exports = { cacheState, expireTags, expireAll, isExpired };
