import http from 'node:http';
import type { MailWordsFor } from '@/lib/notifications/mail-words';
import { metricsResponse } from '@/lib/operations/metrics-endpoint';
import { recordJobRun } from '@/lib/operations/metrics';
import { logger } from '@/lib/operations/logger';
import { runWorkerTick, WORKER_TICK_MS } from './worker-tick';

const log = logger.child({ area: 'jobs' });

export type Worker = { stop(): Promise<void>; metricsPort: number | null };

/**
 * Runs the background jobs every second until stopped: a tick never overlaps the previous one, and a
 * tick that fails (the database restarting, say) is logged and tried again a second later. Each tick
 * is recorded for metrics as the job `tick` (its last success is the worker's heartbeat). With
 * `metricsPort`, GET /metrics on it answers like the app's /api/metrics (same METRICS_TOKEN).
 */
export async function startWorker({
  words,
  metricsPort,
  metricsHost = '127.0.0.1',
  onFatal,
}: {
  words: MailWordsFor;
  metricsPort?: number;
  metricsHost?: string;
  /** A failure no retry can mend (no tables): the caller says so and stops. */
  onFatal: (error: unknown) => void;
}): Promise<Worker> {
  const state = { lastCleanup: 0 };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let failures = 0;

  const tick = async () => {
    const started = performance.now();
    try {
      const result = await runWorkerTick(words, state);
      const seconds = (performance.now() - started) / 1000;
      recordJobRun('tick', seconds, true);
      failures = 0;
      log.debug({ job: 'tick', durationMs: Math.round(seconds * 1000), ...result }, 'job completed');
    } catch (error) {
      recordJobRun('tick', (performance.now() - started) / 1000, false);
      if (isMissingTable(error)) return onFatal(error);
      // Once per streak at warn, then quietly: a database down for minutes must not flood the log.
      failures += 1;
      if (failures === 1 || failures % 60 === 0)
        log.warn({ job: 'tick', err: error, failures }, 'job tick failed; retrying every second');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, WORKER_TICK_MS);
  };
  current = tick().finally(schedule);

  const server = metricsPort === undefined ? null : await serveMetrics(metricsPort, metricsHost);
  const address = server?.address();
  return {
    metricsPort: address && typeof address === 'object' ? address.port : null,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

function isMissingTable(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  return (
    code === 'P2021' || /no such table|does not exist/i.test(error instanceof Error ? error.message : '')
  );
}

/** GET /metrics for Prometheus: the app's metrics endpoint, behind the same token, on its own port. */
function serveMetrics(port: number, host: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not-found"}');
      return;
    }
    const headers = new Headers();
    if (req.headers.authorization) headers.set('authorization', req.headers.authorization);
    metricsResponse(new Request(`http://${host}/metrics`, { headers }))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => res.writeHead(500).end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
