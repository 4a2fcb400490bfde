import { metricsResponse } from '@/lib/operations/metrics-endpoint';

/** GET /api/metrics — Prometheus metrics for a scraper with METRICS_TOKEN (docs/operations.md). */
export function GET(request: Request) {
  return metricsResponse(request);
}
