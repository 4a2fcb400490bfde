/**
 * GET /api/health: the process is alive and answers requests. Nothing else is checked (no database,
 * no registry), so a restart is never triggered by a dependency the restart cannot fix; whether the
 * instance should get traffic is GET /api/ready (lib/operations/readiness.ts).
 */
export function healthResponse(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
