import { logger } from '@/lib/operations/logger';
import { recordJobRun } from '@/lib/operations/metrics';
import { jobSecret } from './job-secret';

/**
 * How often the job tick runs: scheduled publishing, other instances' content changes (so a publish
 * shows everywhere within about two seconds), and the gated jobs (status probes, hourly clean-up).
 */
export const JOB_INTERVAL_MS = 1_000;

const log = logger.child({ area: 'jobs' });

/**
 * Background jobs run through the app's own route (/api/internal/jobs) rather than directly in this
 * timer, because cache revalidation only works inside a request. The route is protected by a secret
 * that only this process knows.
 */
export function startScheduler() {
  const holder = globalThis as unknown as { portalScheduler?: NodeJS.Timeout };
  if (holder.portalScheduler) return;
  const port = process.env.PORT || '3000';
  const secret = jobSecret();
  holder.portalScheduler = setInterval(() => {
    const started = performance.now();
    fetch(`http://127.0.0.1:${port}/api/internal/jobs`, {
      method: 'POST',
      headers: { 'x-portal-job-secret': secret },
    })
      .then((response) => {
        // The tick (scheduled publishing, other instances' changes, the hourly clean-up) for
        // /api/metrics: its last success is this instance's heartbeat.
        const durationMs = Math.round(performance.now() - started);
        recordJobRun('tick', durationMs / 1000, response.ok);
        // Every second: only at debug, unless the route refused or failed.
        if (response.ok) log.debug({ job: 'tick', durationMs }, 'job completed');
        else log.warn({ job: 'tick', durationMs, status: response.status }, 'job failed');
        return response.body?.cancel();
      })
      .catch(() => {
        // The server may still be starting or shutting down; the next tick tries again.
        log.debug({ job: 'tick' }, 'job tick not answered');
      });
  }, JOB_INTERVAL_MS);
  holder.portalScheduler.unref();
}

/**
 * Runs one background job that has work to do (its lease taken) and records it for /api/metrics:
 * `portal_job_last_success_timestamp_seconds` and `portal_job_duration_seconds` when it completes,
 * `portal_job_failures_total` when it throws (the error is passed on); and logs it with its duration.
 */
export async function runJob<T>(job: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await work();
    const durationMs = Math.round(performance.now() - started);
    recordJobRun(job, durationMs / 1000, true);
    // A round's counts (the notification round: sent, retried, …) go with it; a round that found
    // nothing to do (most notification rounds, once a second) only at debug.
    const counts = countsOf(result);
    const idle = counts !== null && Object.values(counts).every((n) => n === 0);
    log[idle ? 'debug' : 'info']({ job, durationMs, ...counts }, 'job completed');
    return result;
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    recordJobRun(job, durationMs / 1000, false);
    log.error({ job, durationMs, err: error }, 'job failed');
    throw error;
  }
}

function countsOf(result: unknown): Record<string, number> | null {
  if (!result || typeof result !== 'object') return null;
  const entries = Object.entries(result).filter(([, value]) => typeof value === 'number');
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
