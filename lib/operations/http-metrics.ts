import { randomUUID } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_PATTERN, requestLineLogger } from './logger';
import { portalMetrics } from './metrics';
import { routeTemplateOf } from './route-templates';

/**
 * Every request this server answers, pages included, observed from Node's documented HTTP
 * diagnostics channels: `http.server.request.start` (before Next sees the request) and
 * `http.server.response.finish` (the last byte handed to the socket). Each one is
 * - counted in `portal_http_request_duration_seconds{route, method, status}`, the route being the
 *   template (lib/operations/route-templates.ts), never the path as requested;
 * - given a request id: the edge's `X-Request-Id` when it is a plain token, else a new one, written
 *   into the request's headers before Next reads them (so every log line of the request carries the
 *   same id, lib/operations/logger.ts `requestId`). It is not sent back: an edge-cached page would
 *   carry the id of the request that filled the cache to everyone;
 * - logged once it is answered: `request completed` with the id, method, route, status and duration
 *   (at `debug` for the load balancer's and Prometheus' own requests, asked every few seconds).
 * Started once per server process by instrumentation.ts; PORTAL_HTTP_METRICS=0 leaves it off (for
 * `npm run bench:operability`'s comparison).
 */
export function startHttpMetrics(): void {
  const holder = globalThis as unknown as { portalHttpMetrics?: boolean };
  if (holder.portalHttpMetrics || process.env.PORTAL_HTTP_METRICS === '0') return;
  holder.portalHttpMetrics = true;
  const started = new WeakMap<IncomingMessage, number>();
  const histogram = portalMetrics().httpDuration;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage };
    started.set(request, performance.now());
    const given = request.headers[REQUEST_ID_HEADER];
    const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
    request.headers[REQUEST_ID_HEADER] = id;
  });
  diagnosticsChannel.subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const at = started.get(request);
    if (at === undefined) return;
    const path = (request.url ?? '/').split('?', 1)[0]!;
    const route = routeTemplateOf(path);
    const method = methodLabel(request.method);
    const status = response.statusCode;
    const seconds = (performance.now() - at) / 1000;
    histogram.observe({ route, method, status: String(status) }, seconds);
    const level = QUIET_ROUTES.has(route) ? 'debug' : 'info';
    if (requestLineLogger.isLevelEnabled(level))
      requestLineLogger[level](
        {
          requestId: request.headers[REQUEST_ID_HEADER],
          method,
          route,
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
        },
        'request completed',
      );
  });
}

const REQUEST_ID_HEADER = 'x-request-id';
/** Asked every few seconds by machines: their lines only at `debug`. */
const QUIET_ROUTES = new Set(['/api/health', '/api/ready', '/api/metrics']);

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The method, or `other` for anything a client invents (labels stay a small, fixed set). */
function methodLabel(method: string | undefined): string {
  return method && METHODS.has(method) ? method : 'other';
}
