// Runs once when a server process starts: starts the background job timer (not during builds).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/jobs/scheduler');
  startScheduler();
}
