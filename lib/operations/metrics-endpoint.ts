import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import { readinessVerdicts } from './app-readiness';
import { portalMetrics } from './metrics';
import { withTimeout } from './readiness';

const NO_STORE = { 'Cache-Control': 'no-store' };
const SAMPLE_TIMEOUT_MS = 2_000;

/**
 * The outbox at scrape time: messages per state (one grouped count) and how long the oldest queued
 * message that is due has waited (one indexed read). Digest messages waiting for their hour are
 * queued but not due, so they never count as a backlog.
 */
export async function sampleOutbox(db: Pick<typeof prisma, 'outboxMessage'> = prisma, now = new Date()) {
  const [groups, oldest] = await Promise.all([
    db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } }),
    db.outboxMessage.findFirst({
      where: { status: 'queued', dueAt: { lte: now } },
      orderBy: { dueAt: 'asc' },
      select: { dueAt: true },
    }),
  ]);
  return {
    states: Object.fromEntries(groups.map((group) => [group.status, group._count._all])),
    oldestDueAgeSeconds: oldest ? Math.max(0, (now.getTime() - oldest.dueAt.getTime()) / 1000) : 0,
  };
}

/** Whether `Authorization: Bearer …` carries the token; compared in constant time (of equal-length digests). */
export function bearerMatches(authorization: string | null, token: string): boolean {
  const prefix = 'bearer ';
  if (!authorization || authorization.slice(0, prefix.length).toLowerCase() !== prefix) return false;
  const given = createHash('sha256').update(authorization.slice(prefix.length).trim()).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}

/** The scrape-time samplers that need the database, installed once per process. */
function installCollectors() {
  const { collectors } = portalMetrics();
  collectors.outbox ??= () => withTimeout(sampleOutbox(), SAMPLE_TIMEOUT_MS);
  collectors.readiness ??= readinessVerdicts;
}

/**
 * GET /api/metrics: this instance's metrics in Prometheus's text format, for a scraper holding
 * METRICS_TOKEN. Without the token configured the endpoint does not exist (404); a missing or wrong
 * token gets 401. Never cached.
 */
export async function metricsResponse(
  request: Request,
  token: string | undefined = process.env.METRICS_TOKEN?.trim(),
): Promise<Response> {
  if (!token) return Response.json({ error: 'not-found' }, { status: 404, headers: NO_STORE });
  if (!bearerMatches(request.headers.get('authorization'), token)) {
    return Response.json(
      { error: 'unauthorized' },
      { status: 401, headers: { ...NO_STORE, 'WWW-Authenticate': 'Bearer realm="metrics"' } },
    );
  }
  installCollectors();
  const metrics = portalMetrics();
  metrics.beginScrape();
  const { registry } = metrics;
  return new Response(await registry.metrics(), {
    headers: { ...NO_STORE, 'Content-Type': registry.contentType },
  });
}
