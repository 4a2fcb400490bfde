import { recordJobRun } from '@/lib/operations/metrics';
import { jobSecret } from './job-secret';

/**
 * How often the job tick runs: scheduled publishing, other instances' content changes (so a publish
 * shows everywhere within about two seconds), and the gated jobs (status probes, hourly clean-up).
 */
export const JOB_INTERVAL_MS = 1_000;

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
        recordJobRun('tick', (performance.now() - started) / 1000, response.ok);
        return response.body?.cancel();
      })
      .catch(() => {
        // The server may still be starting or shutting down; the next tick tries again.
      });
  }, JOB_INTERVAL_MS);
  holder.portalScheduler.unref();
}

/**
 * Runs one background job that has work to do (its lease taken) and records it for /api/metrics:
 * `portal_job_last_success_timestamp_seconds` and `portal_job_duration_seconds` when it completes,
 * `portal_job_failures_total` when it throws (the error is passed on).
 */
export async function runJob<T>(job: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await work();
    recordJobRun(job, (performance.now() - started) / 1000, true);
    return result;
  } catch (error) {
    recordJobRun(job, (performance.now() - started) / 1000, false);
    throw error;
  }
}
