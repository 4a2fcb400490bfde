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
    fetch(`http://127.0.0.1:${port}/api/internal/jobs`, {
      method: 'POST',
      headers: { 'x-portal-job-secret': secret },
    }).catch(() => {
      // The server may still be starting or shutting down; the next tick tries again.
    });
  }, JOB_INTERVAL_MS);
  holder.portalScheduler.unref();
}
