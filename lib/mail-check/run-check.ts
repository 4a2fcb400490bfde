import { z } from 'zod';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { isoDay } from '@/lib/dates/format-date';
import { runProbes } from '@/lib/mail-probe/run-probes';
import type { EndpointResult, ProbeStep } from '@/lib/mail-probe/probe-result';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { customerSettingsSchema } from './customer-settings';
import { evaluateSettings, type FieldResult } from './evaluate-settings';
import { acquireCheckSlot, checkRateRules } from './check-limits';
import { maskEmail, saveCheckReport } from './check-reports';
import { applyTlsPolicy } from './apply-tls-policy';
import { knownIssuesFor, type KnownIssue } from '@/lib/status/known-issues';

/** The body of POST /api/check (README: "Settings checker API"). Unknown keys are refused. */
export const checkRequestSchema = customerSettingsSchema
  .extend({
    /** For an optional login test over TLS; never stored, logged or returned. */
    password: z.string().min(1).max(256).optional(),
    /** Registry endpoint ids to probe instead of the ones the settings use. */
    endpoints: z.array(z.string().max(40)).max(10).optional(),
  })
  .strict();
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export interface CheckResult {
  verdict: 'ok' | 'action-required' | 'error';
  fields: FieldResult[];
  policies: { id: string; effective: string; notice?: string; inForce: boolean }[];
  endpoints: EndpointResult[];
  /** Open incidents or maintenance on our side that explain failed probes. */
  knownIssues: KnownIssue[];
  reportId: string;
}

export type CheckRefusal =
  | { refused: 'unknown-endpoint'; endpoints: string[] }
  | { refused: 'login-needs-email' }
  | { refused: 'rate-limited'; retryAfterSeconds: number }
  | { refused: 'busy' };

/**
 * One customer check: the instant comparison with the registry, then a live probe of exactly the
 * registry endpoints the settings use plus the recommended ones, then a stored report. Only registry
 * endpoints are ever contacted, and rate limits are taken before any socket is opened.
 */
export async function runCheck(
  registry: MailRegistry,
  request: CheckRequest,
  context: { ip: string; now?: Date; onStep?: (endpointId: string, step: ProbeStep) => void },
): Promise<CheckResult | CheckRefusal> {
  const now = context.now ?? new Date();
  const unknown = (request.endpoints ?? []).filter((id) => !registry.endpoints.some((e) => e.id === id));
  if (unknown.length > 0) return { refused: 'unknown-endpoint', endpoints: unknown };
  if (request.password && !request.email) return { refused: 'login-needs-email' };

  const evaluation = evaluateSettings(registry, request, isoDay(now));
  const ids = request.endpoints ?? [
    ...new Set([...evaluation.usedEndpoints, ...evaluation.recommendedEndpoints]),
  ];

  const limit = await takeRateLimit(
    checkRateRules(context.ip, request.password ? request.email : undefined),
    now,
  );
  if (!limit.ok) return { refused: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const release = acquireCheckSlot();
  if (!release) return { refused: 'busy' };

  let endpoints: EndpointResult[];
  try {
    endpoints = await runProbes(registry, ids, {
      credentials:
        request.password && request.email
          ? { username: request.email, password: request.password }
          : undefined,
      onStep: context.onStep,
    });
  } finally {
    release();
  }
  endpoints = applyTlsPolicy(registry, endpoints, isoDay(now));

  const recommendedFailed = endpoints.some(
    (e) => evaluation.recommendedEndpoints.includes(e.id) && e.status === 'fail' && e.code !== 'AUTH_FAILED',
  );
  const loginFailed = endpoints.some((e) => e.login === 'failed');
  const verdict: CheckResult['verdict'] = recommendedFailed
    ? 'error'
    : evaluation.verdict === 'action-required' || loginFailed
      ? 'action-required'
      : 'ok';
  const policies = registry.policies.map((p) => ({
    id: p.id,
    effective: p.effective,
    notice: p.notice,
    inForce: p.effective <= isoDay(now),
  }));
  const knownIssues = await knownIssuesFor(
    endpoints.filter((e) => e.status === 'fail').map((e) => e.id),
    now,
  );
  const result = { verdict, fields: evaluation.fields, policies, endpoints, knownIssues };
  const reportId = await saveCheckReport(
    {
      email: request.email,
      client: request.client,
      verdict,
      result: { ...result, settings: { ...request, email: maskEmail(request.email), password: undefined } },
    },
    now,
  );
  return { ...result, reportId };
}
