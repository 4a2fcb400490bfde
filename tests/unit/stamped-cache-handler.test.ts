import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The handler and Next's own are CommonJS classes that `next start` loads by path.
const require = createRequire(import.meta.url);
type CacheEntry = { lastModified: number; value: unknown } | null;
type Handler = {
  get(key: string, context: object): Promise<CacheEntry>;
  set(key: string, data: object, context: object): Promise<void>;
  revalidateTag(tags: string[]): Promise<void>;
};
type HandlerClass = new (context: object) => Handler;
const NextCacheHandler: HandlerClass =
  require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const StampedCacheHandler: HandlerClass = require('../../lib/cache/stamped-cache-handler.cjs');

// What `next start` gives each request's handler, minus the disk (memory only here).
const context = {
  flushToDisk: false,
  serverDistDir: '/nonexistent',
  maxMemoryCacheSize: 8 * 1024 * 1024,
  revalidatedTags: [],
};
const lookup = { kind: 'FETCH', tags: ['notices'], softTags: [] };
// Next compares Date.now() stamps with performance.timeOrigin + performance.now(); a margin for their drift.
const pause = () => new Promise((resolve) => setTimeout(resolve, 25));
const notices = (titles: string[]) => ({
  kind: 'FETCH',
  data: { headers: {}, body: JSON.stringify(titles), status: 200, url: '' },
  revalidate: 300,
});

/**
 * A request begins rendering and reads the notices; an editor publishes one (the tag expires); the
 * request then stores what it read. Returns what the next request gets from the cache.
 */
async function renderAcrossAPublish(Handler: HandlerClass, key: string) {
  const slowRequest = new Handler(context);
  await pause();
  await new Handler(context).revalidateTag(['notices']);
  await pause();
  await slowRequest.set(key, notices(['Old notice']), { fetchCache: true, tags: ['notices'] });
  return new Handler(context).get(key, lookup);
}

describe('the stamped cache handler', () => {
  it("Next's own handler serves what a render that began before a publish stored after it", async () => {
    // The race this handler exists for: the entry is dated when it was stored, after the publish.
    const entry = await renderAcrossAPublish(NextCacheHandler, 'next-own');
    expect(entry?.value).toEqual(notices(['Old notice']));
  });

  it('dates entries from the start of their request, so that one is rendered again', async () => {
    expect(await renderAcrossAPublish(StampedCacheHandler, 'stamped')).toBeNull();
  });

  it('keeps serving entries whose render began after the last publish', async () => {
    await new StampedCacheHandler(context).revalidateTag(['notices']);
    await pause();
    const request = new StampedCacheHandler(context);
    await request.set('fresh', notices(['New notice']), { fetchCache: true, tags: ['notices'] });
    const entry = await new StampedCacheHandler(context).get('fresh', lookup);
    expect(entry?.value).toEqual(notices(['New notice']));
    expect(entry?.lastModified).toBeLessThanOrEqual(Date.now());
  });
});
