import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { portalMetrics } from './metrics';
import { routeTemplateOf } from './route-templates';

/**
 * Every request this server answers, pages included, observed in
 * `portal_http_request_duration_seconds{route, method, status}` from Node's documented HTTP
 * diagnostics channels: `http.server.request.start` (before Next sees the request) and
 * `http.server.response.finish` (the last byte handed to the socket). The route is the template
 * (lib/operations/route-templates.ts), never the path as requested. Started once per server process
 * by instrumentation.ts; PORTAL_HTTP_METRICS=0 leaves it off (for `npm run bench`'s comparison).
 */
export function startHttpMetrics(): void {
  const holder = globalThis as unknown as { portalHttpMetrics?: boolean };
  if (holder.portalHttpMetrics || process.env.PORTAL_HTTP_METRICS === '0') return;
  holder.portalHttpMetrics = true;
  const started = new WeakMap<IncomingMessage, number>();
  const histogram = portalMetrics().httpDuration;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    started.set((message as { request: IncomingMessage }).request, performance.now());
  });
  diagnosticsChannel.subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const at = started.get(request);
    if (at === undefined) return;
    const path = (request.url ?? '/').split('?', 1)[0]!;
    histogram.observe(
      {
        route: routeTemplateOf(path),
        method: methodLabel(request.method),
        status: String(response.statusCode),
      },
      (performance.now() - at) / 1000,
    );
  });
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The method, or `other` for anything a client invents (labels stay a small, fixed set). */
function methodLabel(method: string | undefined): string {
  return method && METHODS.has(method) ? method : 'other';
}
