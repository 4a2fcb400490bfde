import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { cacheState } from '@/lib/cache/cache-state.cjs';
import { followContentChanges } from '@/lib/cache/follow-content-changes';
import { takeOtherInstancesChanges } from '@/lib/cache/content-changes';
import { leaseOverdueMs, HEARTBEAT_LEASE } from '@/lib/jobs/job-lease';
import { runWorkerTick } from '@/lib/jobs/worker-tick';
import { startWorker, type Worker } from '@/lib/jobs/worker';
import { testMailWords } from '../support/mail-words';

const require = createRequire(import.meta.url);
const PortalCacheHandler: new (options: object) => {
  set(key: string, data: object, context: object): Promise<void>;
  get(key: string, context: object): Promise<unknown>;
} = require('../../lib/cache/portal-cache-handler.cjs');

let worker: Worker | null = null;
afterEach(async () => {
  await worker?.stop();
  worker = null;
  delete process.env.METRICS_TOKEN;
});

describe('the worker (npm run worker)', () => {
  it('renews the jobs’ heartbeat and runs the hourly clean-up once an hour', async () => {
    await prisma.rateEvent.create({
      data: { key: 'old', createdAt: new Date(Date.now() - 10 * 24 * 3_600_000) },
    });
    const state = { lastCleanup: 0 };
    const first = await runWorkerTick(testMailWords, state);
    expect(await leaseOverdueMs(HEARTBEAT_LEASE)).toBe(0);
    expect(state.lastCleanup).toBeGreaterThan(0);
    expect(await prisma.rateEvent.count({ where: { key: 'old' } })).toBe(0);
    expect(first.published).toBe(0);
    // Within the hour the clean-up does not run again.
    const cleaned = state.lastCleanup;
    await runWorkerTick(testMailWords, state);
    expect(state.lastCleanup).toBe(cleaned);
  });

  it('serves its metrics on its own port, behind METRICS_TOKEN, with the tick as heartbeat', async () => {
    process.env.METRICS_TOKEN = 'worker-metrics-token';
    worker = await startWorker({
      words: testMailWords,
      metricsPort: 0,
      onFatal: (e) => {
        throw e;
      },
    });
    const url = `http://127.0.0.1:${worker.metricsPort}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${worker.metricsPort}/other`)).status).toBe(404);
    // The first tick runs at once; wait for it to be recorded.
    let text = '';
    for (let i = 0; i < 50 && !/job_name="tick"/.test(text); i += 1) {
      text = await (await fetch(url, { headers: { authorization: 'Bearer worker-metrics-token' } })).text();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toMatch(/portal_job_last_success_timestamp_seconds\{job_name="tick"\} \d+/);
  });
});

describe('following other processes’ content changes', () => {
  it('expires in this process’s cache what the worker or another instance changed', async () => {
    await takeOtherInstancesChanges(); // where the log stands
    const handler = new PortalCacheHandler({});
    await handler.set('notices-list', { kind: 'FETCH', data: {}, revalidate: 300 }, { tags: ['notices'] });
    await handler.set('faq-list', { kind: 'FETCH', data: {}, revalidate: 300 }, { tags: ['faq'] });
    await new Promise((r) => setTimeout(r, 5));
    await prisma.contentChange.create({ data: { tag: 'notices', origin: 'the-worker' } });
    expect(await followContentChanges()).toEqual(['notices']);
    const later = new PortalCacheHandler({});
    expect(await later.get('notices-list', { kind: 'FETCH', tags: [], softTags: [] })).toBeNull();
    expect(await later.get('faq-list', { kind: 'FETCH', tags: [], softTags: [] })).not.toBeNull();
    await prisma.contentChange.create({ data: { tag: '*', origin: 'the-worker' } });
    await new Promise((r) => setTimeout(r, 5));
    await followContentChanges();
    expect(cacheState().allExpiredAt).toBeGreaterThan(0);
    expect(
      await new PortalCacheHandler({}).get('faq-list', { kind: 'FETCH', tags: [], softTags: [] }),
    ).toBeNull();
  });
});
