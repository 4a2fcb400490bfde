// Runs once when a server process starts: follows the content changes of the other app instances and
// of the worker (`npm run worker`), so this instance's cache never serves what they changed. Not
// during builds. The background jobs themselves run in the worker, not here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startFollowingContentChanges } = await import('./lib/cache/follow-content-changes');
  startFollowingContentChanges();
}
