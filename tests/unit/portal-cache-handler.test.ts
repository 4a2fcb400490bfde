import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';
import { cacheState, expireAll, expireTags } from '@/lib/cache/cache-state.cjs';

// The handler is a CommonJS class that `next start` loads by path (next.config.js `cacheHandler`).
const require = createRequire(import.meta.url);
type CacheEntry = { lastModified: number; value: unknown } | null;
type Handler = {
  get(key: string, context: object): Promise<CacheEntry>;
  set(key: string, data: object | null, context: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: object): Promise<void>;
};
const PortalCacheHandler: new (
  options: object,
) => Handler = require('../../lib/cache/portal-cache-handler.cjs');

// What Next gives each request's handler (only the size matters here).
const options = { maxMemoryCacheSize: 64 * 1024 * 1024 };
const lookup = { kind: 'FETCH', tags: ['notices'], softTags: ['_N_T_/en/notices'] };
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const notices = (titles: string[]) => ({
  kind: 'FETCH',
  data: { headers: {}, body: JSON.stringify(titles), status: 200, url: '' },
  revalidate: 300,
});
const page = (html: string, tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});

beforeEach(() => {
  const state = cacheState();
  state.entries.clear();
  state.bytes = 0;
  state.tagExpiredAt.clear();
  state.allExpiredAt = 0;
});

describe('the portal cache handler (Next’s documented cache handler interface)', () => {
  it('serves what a request stored to the next request', async () => {
    await new PortalCacheHandler(options).set('k', notices(['A']), { fetchCache: true, tags: ['notices'] });
    const entry = await new PortalCacheHandler(options).get('k', lookup);
    expect(entry?.value).toEqual(notices(['A']));
    expect(entry?.lastModified).toBeLessThanOrEqual(Date.now());
  });

  it('does not keep what a render that began before a publish stored after it', async () => {
    // The race a handler dating entries when stored has: the old notices would look newer than the publish.
    const slowRequest = new PortalCacheHandler(options);
    await pause();
    await new PortalCacheHandler(options).revalidateTag(['notices'], { expire: 0 });
    await pause();
    await slowRequest.set('race', notices(['Old notice']), { fetchCache: true, tags: ['notices'] });
    expect(await new PortalCacheHandler(options).get('race', lookup)).toBeNull();
  });

  it('keeps serving entries whose render began after the last publish', async () => {
    await new PortalCacheHandler(options).revalidateTag('notices');
    await pause();
    await new PortalCacheHandler(options).set('fresh', notices(['New']), {
      fetchCache: true,
      tags: ['notices'],
    });
    expect((await new PortalCacheHandler(options).get('fresh', lookup))?.value).toEqual(notices(['New']));
  });

  it('expires an entry stored earlier when one of its tags expires: its own, the page header’s or the lookup’s', async () => {
    const handler = new PortalCacheHandler(options);
    await handler.set('own', notices(['A']), { fetchCache: true, tags: ['faq'] });
    await handler.set('/en/notices', page('<p>list</p>', 'notices,_N_T_/layout,_N_T_/en/notices'), {});
    await handler.set('soft', notices(['B']), { fetchCache: true, tags: [] });
    await pause();
    expireTags(['faq', '_N_T_/layout', '_N_T_/en/notices']);
    const later = new PortalCacheHandler(options);
    expect(await later.get('own', { kind: 'FETCH', tags: [], softTags: [] })).toBeNull();
    expect(await later.get('/en/notices', { kind: 'APP_PAGE' })).toBeNull();
    expect(await later.get('soft', lookup)).toBeNull();
  });

  it('honours what another process announced (expireAll: the mail registry changed)', async () => {
    await new PortalCacheHandler(options).set('/ja', page('<p>home</p>', '_N_T_/layout'), {});
    await pause();
    expireAll();
    expect(await new PortalCacheHandler(options).get('/ja', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('stays within its memory size, dropping the least recently used entry first', async () => {
    const small = { maxMemoryCacheSize: 70_000 };
    const handler = new PortalCacheHandler(small);
    const big = (n: number) => page('x'.repeat(10_000) + n, '');
    await handler.set('a', big(1), {});
    await handler.set('b', big(2), {});
    await handler.get('a', { kind: 'APP_PAGE' }); // a is now the most recently used
    await handler.set('c', big(3), {});
    expect(await handler.get('b', { kind: 'APP_PAGE' })).toBeNull();
    expect(await handler.get('a', { kind: 'APP_PAGE' })).not.toBeNull();
    expect(await handler.get('c', { kind: 'APP_PAGE' })).not.toBeNull();
    expect(cacheState().bytes).toBeLessThanOrEqual(70_000);
  });
});
