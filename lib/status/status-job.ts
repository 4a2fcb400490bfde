import { acquireLease } from '@/lib/jobs/job-lease';
import { runJob } from '@/lib/jobs/run-job';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { pruneStatusDays } from './status-store';
import { runStatusProbes } from './run-status-probes';

/** How often the status probes run (STATUS_PROBE_INTERVAL_MS, default one minute). */
export function statusProbeInterval(): number {
  const configured = Number(process.env.STATUS_PROBE_INTERVAL_MS);
  return Number.isFinite(configured) && configured >= 1_000 ? configured : 60_000;
}

const state = globalThis as unknown as { portalStatusJob?: { lastRun: number; running: boolean } };

/**
 * Called on every job tick: runs a round of status probes once per interval, and only in the one
 * app instance holding the database lease, however many instances share the database.
 */
export async function maybeRunStatusProbes(now = new Date()): Promise<boolean> {
  const job = (state.portalStatusJob ??= { lastRun: 0, running: false });
  const interval = statusProbeInterval();
  if (job.running || now.getTime() - job.lastRun < interval) return false;
  if (!(await acquireLease('status-probes', interval - 500, now))) return false;
  job.running = true;
  job.lastRun = now.getTime();
  try {
    await runJob('status-probes', async () => {
      await runStatusProbes(await getActiveRegistry(), now);
      await pruneStatusDays(now);
    });
    return true;
  } finally {
    job.running = false;
  }
}
