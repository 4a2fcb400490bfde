import { logger } from '@/lib/operations/logger';
import { recordJobRun } from '@/lib/operations/metrics';

const log = logger.child({ area: 'jobs' });

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
