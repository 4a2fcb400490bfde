import 'server-only';
import { recordJobRun } from '@/lib/operations/metrics';
import { logger } from '@/lib/operations/logger';
import { expireAll, expireTags } from './cache-state.cjs';
import { EVERY_PAGE, takeOtherInstancesChanges } from './content-changes';

/** How often an app instance reads the content changes of the others and of the worker. */
export const FOLLOW_INTERVAL_MS = 1_000;

const log = logger.child({ area: 'cache' });

/**
 * Expires, in this process's cache (lib/cache/portal-cache-handler.cjs), what other app instances
 * and the worker changed since the last round. Returns the tags expired.
 */
export async function followContentChanges(now = Date.now()): Promise<string[]> {
  const tags = await takeOtherInstancesChanges(now);
  // Dated when applied, not when written: a render that began between the other process's write
  // and this moment may have read the old content, and must not be kept.
  const at = Date.now();
  if (tags.includes(EVERY_PAGE)) expireAll(at);
  expireTags(
    tags.filter((tag) => tag !== EVERY_PAGE),
    at,
  );
  return tags;
}

/**
 * Started once per server process (instrumentation.ts). Recorded for /api/metrics as the job
 * `content-changes`: its last success is this instance's heartbeat.
 */
export function startFollowingContentChanges(): void {
  const holder = globalThis as unknown as { portalChangeFollower?: NodeJS.Timeout };
  if (holder.portalChangeFollower) return;
  let running = false;
  holder.portalChangeFollower = setInterval(() => {
    if (running) return;
    running = true;
    const started = performance.now();
    followContentChanges()
      .then((tags) => {
        recordJobRun('content-changes', (performance.now() - started) / 1000, true);
        if (tags.length > 0) log.debug({ tags }, 'content changed elsewhere');
      })
      .catch((err) => {
        recordJobRun('content-changes', (performance.now() - started) / 1000, false);
        log.warn({ err }, 'content changes could not be read; retrying');
      })
      .finally(() => {
        running = false;
      });
  }, FOLLOW_INTERVAL_MS);
  holder.portalChangeFollower.unref();
}
