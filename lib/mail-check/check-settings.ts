import type { MailRegistry, PolicyStatement } from '@/lib/mail-registry/registry-schema';
import { isoDay } from '@/lib/dates/format-date';
import { STAFF_ONLY_CODES } from '@/lib/mail-probe/probe-errors';
import type { EndpointResult, ProbeCredentials, ProbeStep } from '@/lib/mail-probe/probe-result';
import { runProbes } from '@/lib/mail-probe/run-probes';
import type { ProbeTimeouts } from '@/lib/mail-probe/probe-timeouts';
import { knownIssuesFor, type KnownIssue } from '@/lib/status/known-issues';
import type { CustomerSettings } from './customer-settings';
import { assessCheck, type CheckAssessment } from './assess-check';
import { planCheck, planTargets } from './plan-check';
import { checkSteps, type CheckSteps } from './check-steps';

export interface PolicySummary {
  id: string;
  effective: string;
  notice?: string;
  /** The policy's one-line statement from the registry, as the checker shows it. */
  statement?: PolicyStatement;
  inForce: boolean;
}

/**
 * A whole check as staff see it: the customer's answer (with the steps on their own program, in
 * their language) plus every probe with every finding.
 */
export interface SettingsCheck extends CheckAssessment, CheckSteps {
  locale: 'ja' | 'en';
  policies: PolicySummary[];
  /** Every probe, customer's combination first, with staff-only findings (hygiene) included. */
  endpoints: EndpointResult[];
  /** Open incidents or maintenance on our side that explain failed probes. */
  knownIssues: KnownIssue[];
}

/**
 * One settings check for the web page, the API and the CLI alike: plan (what to contact), probe,
 * assess (what the customer's program will meet). Rate limits and the stored report are the web's
 * business (run-check.ts); the verdict is the same everywhere.
 */
export async function checkSettings(
  registry: MailRegistry,
  settings: CustomerSettings,
  options: {
    now?: Date;
    credentials?: ProbeCredentials;
    sendTest?: boolean;
    /** Probe these registry endpoints as the registry describes them, instead of the customer's own. */
    onlyEndpoints?: string[];
    timeouts?: Partial<ProbeTimeouts>;
    onStep?: (endpointId: string, step: ProbeStep) => void;
    /** The language of the steps (the customer's page). */
    locale?: 'ja' | 'en';
  } = {},
): Promise<SettingsCheck> {
  const now = options.now ?? new Date();
  const today = isoDay(now);
  const planned = planCheck(registry, settings, today);
  const plan = options.onlyEndpoints
    ? {
        ...planned,
        asConfigured: [],
        recommended: options.onlyEndpoints.flatMap((id) => {
          const endpoint = registry.endpoints.find((e) => e.id === id);
          return endpoint
            ? [
                {
                  role: endpoint.protocol === 'smtp' ? ('outgoing' as const) : ('incoming' as const),
                  endpoint,
                },
              ]
            : [];
        }),
      }
    : planned;
  const targets = planTargets(plan);
  const endpoints = await runProbes(registry, targets, {
    credentials: options.credentials,
    sendTestAddress: options.sendTest && options.credentials ? settings.email : undefined,
    timeouts: options.timeouts,
    onStep: options.onStep,
    now,
  });
  const assessment = assessCheck(plan, settings, endpoints);
  const failed = [...assessment.yourSettings, ...assessment.recommended]
    .filter((s) => s.probe !== undefined && (s.outcome === 'our-problem' || s.outcome === 'busy'))
    .map((s) => endpoints[s.probe!]!.id);
  const locale = options.locale ?? 'ja';
  return {
    ...assessment,
    locale,
    ...checkSteps(settings, assessment.changes, locale),
    policies: registry.policies.map((p) => ({
      id: p.id,
      effective: p.effective,
      notice: p.notice,
      ...(p.statement ? { statement: p.statement } : {}),
      inForce: p.effective <= today,
    })),
    endpoints,
    knownIssues: await knownIssuesFor([...new Set(failed)], now),
  };
}

/**
 * A probe result as a customer sees it: findings about how our servers are kept are left out, so a
 * customer whose settings are fine is not shown a warning they can do nothing about.
 */
export function forCustomer(result: EndpointResult): EndpointResult {
  const findings = result.findings.filter((f) => !STAFF_ONLY_CODES.has(f.code));
  return {
    ...result,
    findings,
    code: findings[0]?.code ?? 'OK',
    status: findings.length > 0 ? 'fail' : 'ok',
    steps: result.steps.filter((s) => s.name !== 'auth-before-tls'),
  };
}

/** Staff-only findings of a check (the report view, the CLI): which endpoint, which code. */
export function serverHygiene(endpoints: EndpointResult[]) {
  return endpoints.flatMap((e) =>
    e.findings.filter((f) => STAFF_ONLY_CODES.has(f.code)).map((f) => ({ endpoint: e.id, ...f })),
  );
}
