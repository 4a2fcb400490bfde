'use strict';
// Loaded by `next start` itself (next.config.js `cacheHandler`), outside the app's bundles: plain
// CommonJS, written to Next's documented cache handler interface (get, set, revalidateTag,
// resetRequestCache) and nothing else of Next's.
const { cacheState, expireTags, isExpired } = require('./cache-state.cjs');

/** Next's name for the tags a cached page or route response carries (its own and its paths'). */
const PAGE_TAGS_HEADER = 'x-next-cache-tags';
/** Used when Next passes no size (its `cacheMaxMemorySize` default). */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Pages and `unstable_cache` data of this process, in memory, least recently used dropped first.
 *
 * Two things Next's own handler does not do:
 * - **An entry is dated from when the request that computed it began**, not from when it was stored.
 *   A tag expired (a staff save) after that moment makes the entry stale. A render that began just
 *   before a save has read the old content; dated when it is stored, just after the save, it would
 *   look newer than the save and be served, stale, until the next change. Under load that is not
 *   rare (a request regenerating the home page while an editor publishes kept the new notice off the
 *   home page). Next makes a handler for each request, so the constructor runs when it begins; were
 *   one ever kept for longer, entries would look older, be rendered again sooner, and never be stale
 *   (tests/unit/portal-cache-handler.test.ts).
 * - **Expiries other processes announce count too**: the app follows the content changes written by
 *   the other instances and the worker (lib/cache/follow-content-changes.ts) into the same state.
 */
class PortalCacheHandler {
  constructor(options = {}) {
    this.requestStartedAt = Date.now();
    this.maxBytes = options.maxMemoryCacheSize || DEFAULT_MAX_BYTES;
  }

  async get(key, context = {}) {
    const state = cacheState();
    const entry = state.entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])];
    if (isExpired(entry.lastModified, tags)) {
      remove(state, key);
      return null;
    }
    // Most recently used last: eviction takes from the front.
    state.entries.delete(key);
    state.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, context = {}) {
    const state = cacheState();
    remove(state, key);
    const tags = new Set(context.tags ?? []);
    const header = data?.headers?.[PAGE_TAGS_HEADER];
    if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
    const size = sizeOf(data);
    // Computed from content that has changed since the request began: storing it would only drop
    // newer entries to make room for one that is never served.
    if (size > this.maxBytes || isExpired(this.requestStartedAt, tags)) return;
    state.entries.set(key, { value: data, lastModified: this.requestStartedAt, tags: [...tags], size });
    state.bytes += size;
    for (const [oldest] of state.entries) {
      if (state.bytes <= this.maxBytes) break;
      remove(state, oldest);
    }
  }

  async revalidateTag(tags) {
    // Every expiry is immediate: the next request renders afresh (the app asks for no less).
    expireTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}

function remove(state, key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.size;
}

/** Roughly what an entry holds in memory: its text and binary parts (pages, RSC payloads, data). */
function sizeOf(value, depth = 0) {
  if (value == null || depth > 4) return 0;
  if (typeof value === 'string') return value.length * 2;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Map) {
    let total = 0;
    for (const [k, v] of value) total += sizeOf(k, depth + 1) + sizeOf(v, depth + 1);
    return total;
  }
  if (typeof value === 'object') {
    let total = 64;
    for (const v of Object.values(value)) total += sizeOf(v, depth + 1);
    return total;
  }
  return 8;
}

module.exports = PortalCacheHandler;
