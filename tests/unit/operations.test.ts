import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import { HEARTBEAT_LEASE } from '@/lib/jobs/job-lease';
import { runJob } from '@/lib/jobs/run-job';
import { checkRequestSchema, runCheck, type CheckResult } from '@/lib/mail-check/run-check';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { deliverDueMail } from '@/lib/notifications/deliver-outbox';
import { createMailSender } from '@/lib/notifications/mail-transport';
import { startHttpMetrics } from '@/lib/operations/http-metrics';
import { portalMetrics } from '@/lib/operations/metrics';
import { bearerMatches, metricsResponse } from '@/lib/operations/metrics-endpoint';
import {
  migrationsDirFor,
  readinessResponse,
  type ReadinessCheck,
  type ReadinessDeps,
} from '@/lib/operations/readiness';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { GET as healthRoute } from '@/app/api/health/route';
import {
  makeCertificate,
  smtpScript,
  startFakeServer,
  submissionRegistry,
  trustCertificate,
  type FakeServer,
} from '../support/fake-mail-server';
import { testMailWords } from '../support/mail-words';
import { db } from '../support/notice-fixtures';
import { clearNotifications, createSubscriber } from '../support/subscriber-fixtures';
import { closedPort } from '../support/closed-port';
import { captureLogs } from '../support/log-capture';

/** This file runs on SQLite (the unit suite) and on PostgreSQL (vitest.postgres.config.mts). */
const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '');

const goodDeps = (extra: Partial<ReadinessDeps> = {}): ReadinessDeps => ({
  db,
  postgres: onPostgres,
  migrationsDir: migrationsDirFor(onPostgres),
  loadRegistry: async () => ({ endpoints: [{ id: 'submission' }] }),
  uptimeSeconds: () => 5,
  migrationCacheMs: 0,
  ...extra,
});

async function ready(deps: ReadinessDeps) {
  const response = await readinessResponse(deps);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return {
    status: response.status,
    body: (await response.json()) as {
      status: string;
      checks: Record<ReadinessCheck, { ok: boolean; ms: number; detail?: string }>;
    },
  };
}

/** The value of one sample (`portal_x_count` of the histogram `portal_x` too); 0 when it has none yet. */
async function sample(name: string, labels: Record<string, string>) {
  const base = name.replace(/_(count|sum|bucket)$/, '');
  const metric =
    portalMetrics().registry.getSingleMetric(name) ?? portalMetrics().registry.getSingleMetric(base);
  if (!metric) throw new Error(`no metric ${name}`);
  const values = (await metric.get()).values as {
    value: number;
    labels: Record<string, unknown>;
    metricName?: string;
  }[];
  const match = values.find(
    (v) =>
      (v.metricName ?? name) === name &&
      Object.entries(labels).every(([k, value]) => String(v.labels[k]) === value),
  );
  return match?.value ?? 0;
}

beforeEach(async () => {
  await db.jobLease.deleteMany();
});

describe('GET /api/health', () => {
  it('answers {status: "ok"}, never cached', async () => {
    const response = await healthRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('request durations (Node’s HTTP diagnostics channels)', () => {
  it('counts every request the server answers under its route template, pages included', async () => {
    startHttpMetrics();
    const server = http.createServer((request, response) => {
      response.statusCode = request.url?.startsWith('/api/') ? 503 : 200;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const count = (labels: Record<string, string>) =>
      sample('portal_http_request_duration_seconds_count', labels);
    const notice = { route: '/[locale]/notices/[slug]', method: 'GET', status: '200' };
    const ready = { route: '/api/ready', method: 'GET', status: '503' };
    const other = { route: 'other', method: 'GET', status: '200' };
    const before = [await count(notice), await count(ready), await count(other)];
    try {
      for (const path of [
        '/ja/notices/tls-end',
        '/en/notices/smtp-auth?x=1',
        '/api/ready',
        '/no/such/place/at/all',
      ])
        await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    } finally {
      server.close();
    }
    expect([await count(notice), await count(ready), await count(other)]).toEqual([
      before[0]! + 2,
      before[1]! + 1,
      before[2]! + 1,
    ]);
  });

  it('gives every request one id, kept from the edge or made, and logs it answered with route, status and duration', async () => {
    startHttpMetrics();
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      // What Next and every route handler's logger read: the id is already in the request.
      seen.push(String(request.headers['x-request-id']));
      response.statusCode = request.url === '/api/health' ? 200 : 404;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const logs = captureLogs();
    const answers: Response[] = [];
    try {
      answers.push(await fetch(`http://127.0.0.1:${port}/ja/notices/tls-end?x=1`));
      answers.push(
        await fetch(`http://127.0.0.1:${port}/en/faq`, { headers: { 'x-request-id': 'edge-0123456789' } }),
      );
      answers.push(
        await fetch(`http://127.0.0.1:${port}/en/faq`, { headers: { 'x-request-id': 'bad id <script>' } }),
      );
      answers.push(await fetch(`http://127.0.0.1:${port}/api/health`));
      for (const answer of answers) await answer.text();
    } finally {
      server.close();
      logs.restore();
    }
    const ids = seen;
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe('edge-0123456789');
    expect(ids[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(4);
    // Not sent back (an edge-cached page would hand one request's id to everyone).
    expect(answers.map((a) => a.headers.get('x-request-id'))).toEqual([null, null, null, null]);
    const lines = logs.entries().filter((l) => l.msg === 'request completed');
    // The load balancer's health checks are not logged at the default level.
    expect(lines.map((l) => [l.requestId, l.route, l.status, l.method, l.area])).toEqual([
      [ids[0], '/[locale]/notices/[slug]', 404, 'GET', 'http'],
      [ids[1], '/[locale]/faq', 404, 'GET', 'http'],
      [ids[2], '/[locale]/faq', 404, 'GET', 'http'],
    ]);
    for (const line of lines) expect(line.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('x=1');
  });
});

describe('GET /api/ready', () => {
  it('is ready with a migrated database, a registry and a fresh instance', async () => {
    const { status, body } = await ready(goodDeps());
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(Object.fromEntries(Object.entries(body.checks).map(([k, v]) => [k, v.ok]))).toEqual({
      database: true,
      migrations: true,
      registry: true,
      jobs: true,
    });
  });

  it('turns 503 when the database is unreachable, and 200 again when it answers', async () => {
    // A SQLite file in a folder that does not exist: it cannot even be created.
    const missing = createPrismaClient(`file:${path.join(os.tmpdir(), 'no-such-folder-for-ready', 'x.db')}`);
    const down = await ready(goodDeps({ db: missing }));
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('not-ready');
    expect(down.body.checks.database).toMatchObject({ ok: false, detail: 'the database does not answer' });
    expect(down.body.checks.migrations.ok).toBe(false);
    await missing.$disconnect().catch(() => undefined);

    // PostgreSQL on a closed port: refused, answered at once.
    const refused = createPrismaClient(`postgresql://portal:x@127.0.0.1:${await closedPort()}/portal`);
    const pg = await ready(goodDeps({ db: refused, postgres: true, migrationsDir: migrationsDirFor(true) }));
    expect(pg.status).toBe(503);
    expect(pg.body.checks.database.ok).toBe(false);
    await refused.$disconnect().catch(() => undefined);

    expect((await ready(goodDeps())).status).toBe(200);
  });

  it('turns 503 on a database that does not answer in time', async () => {
    const hung = {
      $queryRawUnsafe: () => new Promise(() => undefined),
    } as unknown as ReadinessDeps['db'];
    const started = Date.now();
    const { status, body } = await ready(goodDeps({ db: hung, timeoutMs: 50 }));
    expect(status).toBe(503);
    expect(body.checks.database.detail).toContain('no answer within 50 ms');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('turns 503 when a migration of this release has not been applied, and caches the comparison', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    for (const entry of fs.readdirSync(migrationsDirFor(onPostgres), { withFileTypes: true })) {
      if (entry.isDirectory()) fs.mkdirSync(path.join(dir, entry.name));
    }
    fs.mkdirSync(path.join(dir, '29990101000000_from_the_future'));
    const deps = goodDeps({ migrationsDir: dir, migrationCacheMs: 60_000 });
    const { status, body } = await ready(deps);
    expect(status).toBe(503);
    expect(body.checks.migrations).toMatchObject({ ok: false });
    expect(body.checks.migrations.detail).toContain('1 migration(s)');
    expect(body.checks.database.ok).toBe(true);

    // The comparison is reused while it is fresh, then made again.
    fs.rmdirSync(path.join(dir, '29990101000000_from_the_future'));
    expect((await ready(deps)).status).toBe(503);
    deps.migrationCacheMs = 0;
    expect((await ready(deps)).status).toBe(200);

    // A migration applied by a newer release (not in this one's folder) is fine: they only add.
    fs.rmdirSync(
      path.join(
        dir,
        fs
          .readdirSync(dir)
          .filter((n) => /^\d/.test(n))
          .sort()
          .at(-1)!,
      ),
    );
    expect((await ready(deps)).status).toBe(200);
  });

  it('turns 503 when the migrations table is missing', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'empty-db-')), 'empty.db');
    const empty = createPrismaClient(`file:${file}`);
    const { status, body } = await ready(goodDeps({ db: empty }));
    expect(status).toBe(503);
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.migrations.detail).toBe('the applied migrations cannot be read');
    await empty.$disconnect();
  });

  it('reports a job lease no worker renewed for a minute, without taking the instance out of rotation', async () => {
    const now = new Date();
    await db.jobLease.create({
      data: { name: HEARTBEAT_LEASE, holder: 'gone', expiresAt: new Date(now.getTime() - 5 * 60_000) },
    });
    const stale = await ready(goodDeps());
    // The workers are other processes: their stopping raises an alert (the check's metric), and the
    // web instances keep serving.
    expect(stale.status).toBe(200);
    expect(stale.body.checks.jobs).toMatchObject({ ok: false });
    expect(stale.body.checks.jobs.detail).toMatch(/for 30\d s$/);

    await db.jobLease.update({
      where: { name: HEARTBEAT_LEASE },
      data: { expiresAt: new Date(now.getTime() + 5_000) },
    });
    expect((await ready(goodDeps())).body.checks.jobs).toMatchObject({ ok: true });
  });

  it('allows a fresh instance its first tick, and reports an old one that never saw jobs run', async () => {
    expect((await ready(goodDeps({ uptimeSeconds: () => 3 }))).body.checks.jobs).toMatchObject({ ok: true });
    const old = await ready(goodDeps({ uptimeSeconds: () => 3600 }));
    expect(old.status).toBe(200);
    expect(old.body.checks.jobs).toMatchObject({ ok: false });
  });

  it('turns 503 when the registry cannot be loaded', async () => {
    const { status, body } = await ready(
      goodDeps({
        loadRegistry: async () => {
          throw new Error('postgres://user:secret@db/portal is down');
        },
      }),
    );
    expect(status).toBe(503);
    expect(body.checks.registry.detail).toBe('the mail service registry cannot be loaded');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

describe('GET /api/metrics', () => {
  const saved = process.env.METRICS_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.METRICS_TOKEN;
    else process.env.METRICS_TOKEN = saved;
  });
  const get = (authorization?: string) =>
    metricsResponse(
      new Request('http://portal.test/api/metrics', {
        headers: authorization ? { authorization } : {},
      }),
    );

  it('does not exist without METRICS_TOKEN', async () => {
    delete process.env.METRICS_TOKEN;
    const response = await get('Bearer anything');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    process.env.METRICS_TOKEN = '   ';
    expect((await get('Bearer ')).status).toBe(404);
  });

  it('refuses a missing or wrong token with 401', async () => {
    process.env.METRICS_TOKEN = 'scrape-token-0123456789';
    for (const header of [undefined, 'Bearer wrong', 'Bearer scrape-token-012345678', 'Basic c2NyYXBl']) {
      const response = await get(header);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).not.toContain('portal_');
    }
    expect(bearerMatches('bearer scrape-token-0123456789', 'scrape-token-0123456789')).toBe(true);
  });

  it('answers the Prometheus text format with the right token', async () => {
    process.env.METRICS_TOKEN = 'scrape-token-0123456789';
    const response = await get('Bearer scrape-token-0123456789');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const name of [
      'portal_http_request_duration_seconds',
      'portal_checks_total',
      'portal_probe_duration_seconds',
      'portal_outbox_messages',
      'portal_outbox_oldest_due_age_seconds',
      'portal_job_last_success_timestamp_seconds',
      'portal_rate_limit_refusals_total',
      'portal_readiness_check',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toMatch(/^portal_outbox_messages\{state="queued"\} 0$/m);
    expect(text).toMatch(/^portal_readiness_check\{check="database"\} 1$/m);
  });
});

describe('counters', () => {
  let server: FakeServer;
  let registry: MailRegistry;

  beforeAll(async () => {
    const certificate = await makeCertificate();
    server = await startFakeServer(smtpScript({ certificate }));
    trustCertificate(certificate);
    registry = submissionRegistry(server.port);
  });
  afterAll(() => server.close());

  it('count a check by its verdict and time its probe per endpoint', async () => {
    await db.rateEvent.deleteMany();
    const checks = await sample('portal_checks_total', { verdict: 'ok' });
    const probes = await sample('portal_probe_duration_seconds_count', {
      endpoint: 'submission',
      status: 'ok',
    });
    const request = checkRequestSchema.parse({
      email: 'taro@example.test',
      client: 'outlook',
      outgoing: { server: 'mail.example.test', port: server.port, security: 'starttls', auth: 'on' },
      password: 'correct password',
    });
    const result = (await runCheck(registry, request, { ip: '192.0.2.10' })) as CheckResult;
    expect(result.verdict).toBe('ok');
    expect(await sample('portal_checks_total', { verdict: 'ok' })).toBe(checks + 1);
    expect(
      await sample('portal_probe_duration_seconds_count', { endpoint: 'submission', status: 'ok' }),
    ).toBe(probes + 1);
  });

  it('count rate-limit refusals by the rule, never by the client', async () => {
    const rule = { key: 'test-limit:192.0.2.99', limit: 1, windowMs: 60_000 };
    const before = await sample('portal_rate_limit_refusals_total', { limit: 'test-limit' });
    expect(await takeRateLimit([rule])).toEqual({ ok: true });
    expect((await takeRateLimit([rule])).ok).toBe(false);
    expect(await sample('portal_rate_limit_refusals_total', { limit: 'test-limit' })).toBe(before + 1);
    const text = await portalMetrics().registry.getSingleMetricAsString('portal_rate_limit_refusals_total');
    expect(text).not.toContain('192.0.2.99');
  });

  it('count a delivery, and the outbox sample shows the backlog and then none', async () => {
    await clearNotifications();
    process.env.METRICS_TOKEN = 'scrape-token-0123456789';
    const subscriber = await createSubscriber({ topics: ['general'] });
    const event = await db.notificationEvent.create({
      data: {
        key: 'operations-test',
        kind: 'notice-published',
        topic: 'general',
        payload: JSON.stringify({
          path: '/notices/operations',
          text: { en: { title: 'Operations', body: 'Body' }, ja: { title: '運用', body: '本文' } },
        }),
      },
    });
    const now = new Date();
    await db.outboxMessage.create({
      data: {
        eventId: event.id,
        subscriberId: subscriber.id,
        dueAt: new Date(now.getTime() - 10 * 60_000),
      },
    });
    const scrape = async () =>
      (
        await metricsResponse(
          new Request('http://portal.test/api/metrics', {
            headers: { authorization: 'Bearer scrape-token-0123456789' },
          }),
        )
      ).text();
    const backlog = await scrape();
    expect(backlog).toMatch(/^portal_outbox_messages\{state="queued"\} 1$/m);
    const age = Number(/^portal_outbox_oldest_due_age_seconds (\S+)$/m.exec(backlog)?.[1]);
    expect(age).toBeGreaterThanOrEqual(600);

    const sent = await sample('portal_outbox_deliveries_total', { result: 'sent' });
    const sender = createMailSender({
      from: 'notices@example.test',
      unsubscribeMailto: 'support@example.test',
    });
    expect(await deliverDueMail({ sender, words: testMailWords })).toMatchObject({ sent: 1 });
    expect(await sample('portal_outbox_deliveries_total', { result: 'sent' })).toBe(sent + 1);

    const after = await scrape();
    expect(after).toMatch(/^portal_outbox_messages\{state="sent"\} 1$/m);
    expect(after).toMatch(/^portal_outbox_messages\{state="queued"\} 0$/m);
    expect(after).toMatch(/^portal_outbox_oldest_due_age_seconds 0$/m);
    delete process.env.METRICS_TOKEN;
  });

  it('record a job’s last success and duration, and a failure', async () => {
    const t0 = Date.now() / 1000;
    expect(await runJob('test-job', async () => 42)).toBe(42);
    expect(
      await sample('portal_job_last_success_timestamp_seconds', { job_name: 'test-job' }),
    ).toBeGreaterThanOrEqual(Math.floor(t0));
    expect(await sample('portal_job_duration_seconds_count', { job_name: 'test-job' })).toBe(1);
    await expect(
      runJob('test-job', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await sample('portal_job_failures_total', { job_name: 'test-job' })).toBe(1);
    expect(await sample('portal_job_duration_seconds_count', { job_name: 'test-job' })).toBe(1);
  });
});
