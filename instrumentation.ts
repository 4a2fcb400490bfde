// Runs once when a server process starts (not during builds): follows the content changes of the
// other app instances and of the worker (`npm run worker`), so this instance's cache never serves
// what they changed, and observes every request (its duration for /api/metrics, its id and its log line). The background jobs
// themselves run in the worker, not here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startFollowingContentChanges } = await import('./lib/cache/follow-content-changes');
  const { startHttpMetrics } = await import('./lib/operations/http-metrics');
  startFollowingContentChanges();
  startHttpMetrics();
}
