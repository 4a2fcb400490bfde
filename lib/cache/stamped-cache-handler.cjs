'use strict';
// Loaded by `next start` itself (next.config.js `cacheHandler`), outside the app's bundles: plain
// CommonJS, so it can extend the handler Next would otherwise use.
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache');

/**
 * Next's own cache handler (pages and `unstable_cache` data, in memory and on disk) with one change:
 * an entry is dated from when the request that computed it began, not from when it was stored.
 *
 * Why: Next serves a cached page or data entry unless one of its tags was expired (`updateTag`,
 * `revalidateTag`) after the entry's date. A render that began just before a staff save has read the
 * old content; dated when it is stored, just after the save, it looks newer than the save and is
 * served, stale, until the next change. Under load that is not rare: a request regenerating the home
 * page while an editor publishes (the busy day this portal is built for) kept the new notice off the
 * home page. Dated from its start, the entry is older than the save, and the next request renders it
 * again.
 *
 * Next creates the cache handler afresh for every request (`getIncrementalCache` in
 * next/dist/server/route-modules/route-module.js), so the constructor runs when that request begins.
 * tests/unit/stamped-cache-handler.test.ts shows the race with Next's handler and its absence here.
 */
class StampedCacheHandler extends FileSystemCache {
  constructor(context) {
    super(context);
    this.requestStartedAt = Date.now();
  }

  set(key, data, context) {
    const stored = super.set(key, data, context);
    // FileSystemCache puts the entry into its memory store before its first await, dated Date.now().
    const entry = FileSystemCache.memoryCache?.get(key);
    if (entry && entry.value === data && entry.lastModified > this.requestStartedAt) {
      entry.lastModified = this.requestStartedAt;
    }
    return stored;
  }
}

module.exports = StampedCacheHandler;
