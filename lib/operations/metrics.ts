import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { logger } from './logger';

/**
 * The portal's one Prometheus registry (GET /api/metrics, docs/operations.md "Metrics"). It lives on
 * globalThis: Next may load this module more than once (each route bundle, instrumentation, a
 * development reload), and every copy must count into the same metrics, registered once.
 *
 * This module only counts; it never touches the database. Metrics that need a query (the outbox,
 * readiness) are sampled at scrape time by collectors that the metrics endpoint installs
 * (`installCollectors`, lib/operations/metrics-endpoint.ts), so a module that counts (run-check.ts,
 * rate-limit.ts, the job scheduler) does not pull the database client into wherever it is loaded.
 * Label values are always from small fixed sets (route templates, verdicts, registry endpoint ids,
 * job names, rate-limit key prefixes), never an address, a mailbox or a path as typed.
 */

/** Scrape-time samplers that need the database: installed by the metrics endpoint. */
export interface MetricCollectors {
  /** Messages per outbox state, and how long the oldest due queued message has waited (seconds). */
  outbox?: () => Promise<{ states: Record<string, number>; oldestDueAgeSeconds: number }>;
  /** Each readiness check's verdict (lib/operations/readiness.ts). */
  readiness?: () => Promise<Record<string, boolean>>;
}

/** Outbox states (prisma/schema.prisma, OutboxMessage.status): always exported, 0 when empty. */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const collectors: MetricCollectors = {};
  const collectErrors = new Counter({
    name: 'portal_metrics_collect_errors_total',
    help: 'Scrape-time samples that failed (the database did not answer in time), by collector.',
    labelNames: ['collector'] as const,
    registers: [registry],
  });

  const fail = (what: string) => (error: unknown) => {
    collectErrors.inc({ collector: what });
    logger.child({ area: 'metrics' }).error({ err: error, collector: what }, 'a scrape-time sample failed');
    return null;
  };
  // Both outbox gauges read one sample per scrape (prom-client collects metrics in parallel): the
  // endpoint takes it as a scrape begins (beginScrape).
  type OutboxSample = Awaited<ReturnType<NonNullable<MetricCollectors['outbox']>>>;
  let outboxSample: Promise<OutboxSample | null> | null = null;
  const takeOutboxSample = () =>
    (outboxSample = collectors.outbox ? collectors.outbox().catch(fail('outbox')) : Promise.resolve(null));
  const sampleOutbox = () => outboxSample ?? takeOutboxSample();

  const metrics = {
    registry,
    collectors,
    /** Called as a scrape begins: the scrape-time gauges read fresh samples. */
    beginScrape() {
      void takeOutboxSample();
    },
    httpDuration: new Histogram({
      name: 'portal_http_request_duration_seconds',
      help: 'Time to answer a request (until its last byte was handed to the network), by route template, method and status.',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    checks: new Counter({
      name: 'portal_checks_total',
      help: 'Completed mail settings checks, by verdict (ok, action-required, login-failed, busy, error).',
      labelNames: ['verdict'] as const,
      registers: [registry],
    }),
    probeDuration: new Histogram({
      name: 'portal_probe_duration_seconds',
      help: 'Duration of one probe of a registry mail endpoint (checks and status rounds), by endpoint id and worst finding.',
      labelNames: ['endpoint', 'status'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30],
      registers: [registry],
    }),
    outboxMessages: new Gauge({
      name: 'portal_outbox_messages',
      help: 'Subscriber mail in the outbox, by state (queued, sending, sent, failed, skipped).',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        const sample = await sampleOutbox();
        this.reset();
        if (!sample) return;
        for (const state of new Set([...OUTBOX_STATES, ...Object.keys(sample.states)])) {
          this.set({ state }, sample.states[state] ?? 0);
        }
      },
    }),
    outboxOldestDueAge: new Gauge({
      name: 'portal_outbox_oldest_due_age_seconds',
      help: 'How long the oldest queued message that is due has been waiting to be sent (0: none waiting).',
      registers: [registry],
      async collect() {
        const sample = await sampleOutbox();
        this.reset();
        if (sample) this.set(sample.oldestDueAgeSeconds);
      },
    }),
    deliveries: new Counter({
      name: 'portal_outbox_deliveries_total',
      help: 'Outbox messages handled by delivery rounds in this instance, by result (sent, retried, failed, skipped).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    jobLastSuccess: new Gauge({
      name: 'portal_job_last_success_timestamp_seconds',
      help: 'When a background job last completed in this instance (Unix time); only the lease holder runs most jobs.',
      labelNames: ['job_name'] as const,
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'portal_job_duration_seconds',
      help: 'Duration of background job runs that did work in this instance, by job.',
      labelNames: ['job_name'] as const,
      buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 30, 60, 300],
      registers: [registry],
    }),
    jobFailures: new Counter({
      name: 'portal_job_failures_total',
      help: 'Background job runs that threw, by job.',
      labelNames: ['job_name'] as const,
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: 'portal_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit (the rule key prefix, e.g. probe-ip, login-mailbox).',
      labelNames: ['limit'] as const,
      registers: [registry],
    }),
    mailEvents: new Counter({
      name: 'portal_mail_events_total',
      help: 'Mail server events and log lines received, by source (dovecot, postfix) and outcome (accepted, duplicate, ignored, unknown, late, refused).',
      labelNames: ['source', 'outcome'] as const,
      registers: [registry],
    }),
    mailEventsQueue: new Gauge({
      name: 'portal_mail_events_queue_depth',
      help: 'Mail events accepted by this instance and not yet written to the database.',
      registers: [registry],
    }),
    mailEventsLag: new Histogram({
      name: 'portal_mail_events_ingestion_lag_seconds',
      help: 'From the moment a mail server saw an event to its being written, by source.',
      labelNames: ['source'] as const,
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
      registers: [registry],
    }),
    mailEventsLast: new Gauge({
      name: 'portal_mail_events_last_written_timestamp_seconds',
      help: 'When this instance last wrote a mail event, by source (Unix time): an alert on it tells when events stop arriving.',
      labelNames: ['source'] as const,
      registers: [registry],
    }),
    readiness: new Gauge({
      name: 'portal_readiness_check',
      help: 'Readiness checks of this instance at scrape time (1 passing, 0 failing), as GET /api/ready reports them.',
      labelNames: ['check'] as const,
      registers: [registry],
      async collect() {
        const checks = collectors.readiness ? await collectors.readiness().catch(fail('readiness')) : null;
        this.reset();
        for (const [check, ok] of Object.entries(checks ?? {})) this.set({ check }, ok ? 1 : 0);
      },
    }),
  };
  return metrics;
}

export type PortalMetrics = ReturnType<typeof create>;

const holder = globalThis as unknown as { portalMetrics?: PortalMetrics };

/** The process's metrics, created on first use. */
export function portalMetrics(): PortalMetrics {
  holder.portalMetrics ??= create();
  return holder.portalMetrics;
}

/** A check's verdict, once its answer is known (lib/mail-check/run-check.ts). */
export function countCheck(verdict: string) {
  portalMetrics().checks.inc({ verdict });
}

/** One probe of a registry endpoint (lib/mail-probe/run-probes.ts). */
export function observeProbe(endpoint: string, status: string, durationMs: number) {
  portalMetrics().probeDuration.observe({ endpoint, status }, durationMs / 1000);
}

/** The outcome of one delivery round (lib/notifications/deliver-outbox.ts). */
export function countDeliveries(report: { sent: number; retried: number; failed: number; skipped: number }) {
  const { deliveries } = portalMetrics();
  for (const result of ['sent', 'retried', 'failed', 'skipped'] as const) {
    if (report[result] > 0) deliveries.inc({ result }, report[result]);
  }
}

/** A request refused by the rate-limit rule `key` (`probe-ip:192.0.2.1` counts as `probe-ip`). */
export function countRateLimitRefusal(key: string) {
  portalMetrics().rateLimitRefusals.inc({ limit: key.split(':')[0] || 'unknown' });
}

/**
 * A background job run that did work (`ok`) or threw, and how long it took. The label is `job_name`:
 * `job` is the scrape job's own label in Prometheus.
 */
export function recordJobRun(job: string, seconds: number, ok: boolean, now = Date.now()) {
  const metrics = portalMetrics();
  if (!ok) {
    metrics.jobFailures.inc({ job_name: job });
    return;
  }
  metrics.jobDuration.observe({ job_name: job }, seconds);
  metrics.jobLastSuccess.set({ job_name: job }, Math.floor(now / 1000));
}
