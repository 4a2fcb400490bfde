import type { Policy, Security } from '@/lib/mail-registry/registry-schema';
import type { ProbeCode } from '@/lib/mail-probe/probe-errors';
import { STAFF_ONLY_CODES, TEMPORARY_CODES } from '@/lib/mail-probe/probe-errors';
import type { EndpointResult, ProbeFinding } from '@/lib/mail-probe/probe-result';
import type { CustomerSettings } from './customer-settings';
import type { FieldName, FieldResult } from './evaluate-settings';
import type { CheckPlan, Role } from './plan-check';

/**
 * The customer's answer, from the plan and the probes: what *their program* will meet with the
 * settings they entered, and separately whether the recommended settings work. Findings about how
 * our servers are kept (AUTH offered before TLS, a certificate expiring soon) never reach this
 * answer; staff see them in the report and the CLI.
 */

export type Outcome =
  /** Connects and signs in (or would): nothing for the customer to do on this side. */
  | 'works'
  /** The program will be refused: its security, sign-in method or sender does not fit the server. */
  | 'refused'
  /** The port is blocked from our customer lines (outbound port 25 blocking). */
  | 'blocked'
  | 'login-failed'
  /** Our server is busy or in maintenance: try again in a few minutes. */
  | 'busy'
  /** Our server is not working as it should; not caused by the customer's settings. */
  | 'our-problem'
  /** Not one of our servers or ports, so not contacted. */
  | 'not-tested';

export interface SettingOutcome {
  role: Role;
  host: string;
  port: number;
  security: Security;
  outcome: Outcome;
  /** The customer-visible finding behind the outcome (OK when it works). */
  code: ProbeCode | 'OK';
  /** The server's own words for a refusal (shown under technical details). */
  reply?: string;
  /** For a refusal caused by the security choice: what the port expects instead. */
  expects?: Security;
  /** For a blocked port: the policy that blocks it, with its day and notice. */
  policy?: Pick<Policy, 'id' | 'effective' | 'notice'>;
  login: EndpointResult['login'];
  /** The probe result this outcome comes from (its id in `endpoints`). */
  probe?: number;
}

export type CheckVerdict = 'ok' | 'action-required' | 'login-failed' | 'busy' | 'error';

export interface CheckAssessment {
  verdict: CheckVerdict;
  /** What the customer's program will meet, incoming first. */
  yourSettings: SettingOutcome[];
  /** The recommended settings, proved live; empty when the customer's settings are the recommended ones. */
  recommended: SettingOutcome[];
  /** Everything to change, in the order the customer meets the fields in their program. */
  changes: FieldResult[];
  /** The fields, with live findings folded in (an unavailable sign-in method marks incoming.auth). */
  fields: FieldResult[];
}

/**
 * Where each field sits in the program, top to bottom, so the list can be worked through in one
 * pass. Outlook and Windows Live Mail keep names and sign-in on the first page and the port numbers
 * and encryption on the Advanced tab; other programs show incoming then outgoing.
 */
const DEFAULT_ORDER: FieldName[] = [
  'incoming.server',
  'incoming.port',
  'incoming.security',
  'incoming.auth',
  'outgoing.server',
  'outgoing.port',
  'outgoing.security',
  'outgoing.auth',
];
const FIELD_ORDER: Partial<Record<CustomerSettings['client'], FieldName[]>> = {
  outlook: [
    'incoming.server',
    'outgoing.server',
    'incoming.auth',
    'outgoing.auth',
    'incoming.port',
    'incoming.security',
    'outgoing.port',
    'outgoing.security',
  ],
  // Outlook 2010 / 2013 has the same dialogs and tabs as the classic Outlook after it.
  'outlook-2013': [
    'incoming.server',
    'outgoing.server',
    'incoming.auth',
    'outgoing.auth',
    'incoming.port',
    'incoming.security',
    'outgoing.port',
    'outgoing.security',
  ],
  'legacy-windows': [
    'incoming.server',
    'outgoing.server',
    'incoming.auth',
    'outgoing.auth',
    'outgoing.port',
    'outgoing.security',
    'incoming.port',
    'incoming.security',
  ],
};

export function fieldOrder(client: CustomerSettings['client']): FieldName[] {
  return FIELD_ORDER[client] ?? DEFAULT_ORDER;
}

/** The first finding a customer would notice (staff-only findings skipped). */
function customerFinding(result: EndpointResult): ProbeFinding | undefined {
  return result.findings.find((f) => !STAFF_ONLY_CODES.has(f.code));
}

/** Codes that, when the customer's security differs from the port's, are that mismatch showing. */
const MISMATCH_CODES = new Set<ProbeCode>([
  'TLS_HANDSHAKE',
  'TLS_TIMEOUT',
  'GREETING_TIMEOUT',
  'STARTTLS_UNAVAILABLE',
  'STARTTLS_FAILED',
  'CONNECTION_CLOSED',
  'PROTOCOL',
]);
const REFUSAL_CODES = new Set<ProbeCode>(['PLAINTEXT_REFUSED', 'AUTH_METHOD_UNAVAILABLE', 'SEND_REFUSED']);

function outcomeOf(
  result: EndpointResult,
  registrySecurity: Security,
): Pick<SettingOutcome, 'outcome' | 'code' | 'reply' | 'expects'> {
  const finding = customerFinding(result);
  if (!finding) return { outcome: 'works', code: 'OK' };
  const { code, reply } = finding;
  if (TEMPORARY_CODES.has(code)) return { outcome: 'busy', code, reply };
  if (code === 'AUTH_FAILED') return { outcome: 'login-failed', code, reply };
  if (REFUSAL_CODES.has(code)) return { outcome: 'refused', code, reply };
  if (result.asConfigured && result.security !== registrySecurity && MISMATCH_CODES.has(code))
    return { outcome: 'refused', code, reply, expects: registrySecurity };
  return { outcome: 'our-problem', code, reply };
}

export function assessCheck(
  plan: CheckPlan,
  settings: CustomerSettings,
  results: EndpointResult[],
): CheckAssessment {
  let next = 0;
  const yourSettings: SettingOutcome[] = plan.asConfigured.map((planned) => {
    const shown = settings[planned.role]!;
    const base = { role: planned.role, host: shown.server, port: shown.port, security: shown.security };
    if (planned.kind === 'not-ours')
      return { ...base, outcome: 'not-tested', code: 'OK', login: 'skipped' } satisfies SettingOutcome;
    if (planned.kind === 'blocked')
      return {
        ...base,
        outcome: 'blocked',
        code: 'PORT_BLOCKED',
        login: 'skipped',
        ...(planned.policy ? { policy: planned.policy } : {}),
      } satisfies SettingOutcome;
    const index = next++;
    const result = results[index]!;
    return { ...base, ...outcomeOf(result, planned.endpoint.security), login: result.login, probe: index };
  });
  const recommended: SettingOutcome[] = plan.recommended.map(({ role, endpoint }) => {
    const index = next++;
    const result = results[index]!;
    return {
      role,
      host: endpoint.host,
      port: endpoint.port,
      security: endpoint.security,
      ...outcomeOf(result, endpoint.security),
      login: result.login,
      probe: index,
    };
  });

  const fields = foldLiveFindings(plan.evaluation.fields, yourSettings, plan);
  const order = fieldOrder(settings.client);
  const changes = fields
    .filter((f) => f.status === 'change' || f.breaksOn)
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));

  const all = [...yourSettings, ...recommended];
  const has = (outcome: Outcome) => all.some((s) => s.outcome === outcome);
  // Busy first: when the password check itself failed for a while (Dovecot's [UNAVAILABLE]), another
  // server's refusal in the same minute is no proof of a wrong password (Postfix reports a temporary
  // SASL failure as 535), so the customer is asked to try again rather than to doubt the password.
  const verdict: CheckVerdict = has('busy')
    ? 'busy'
    : has('login-failed')
      ? 'login-failed'
      : has('our-problem')
        ? 'error'
        : changes.length > 0 || has('refused') || has('blocked')
          ? 'action-required'
          : 'ok';
  return { verdict, yourSettings, recommended, changes, fields };
}

/**
 * The live test can know more than the instant comparison: a sign-in method the server does not
 * offer, or a server that refuses a login without encryption although no policy says so yet. Each
 * becomes a change of its field, so the answer never says "refused" next to an all-green list.
 */
function foldLiveFindings(fields: FieldResult[], outcomes: SettingOutcome[], plan: CheckPlan): FieldResult[] {
  const result = fields.map((f) => ({ ...f }));
  const recommendedFor = (role: Role) =>
    plan.recommended.find((r) => r.role === role)?.endpoint ??
    plan.asConfigured.flatMap((s) => (s.role === role && s.kind === 'probe' ? [s.endpoint] : []))[0];
  for (const outcome of outcomes) {
    if (outcome.outcome !== 'refused') continue;
    const field = (name: FieldName) => result.find((f) => f.field === name);
    if (outcome.code === 'AUTH_METHOD_UNAVAILABLE') {
      const auth = field(`${outcome.role}.auth` as FieldName);
      if (auth && auth.status === 'ok')
        Object.assign(auth, {
          status: 'change',
          suggested: outcome.role === 'incoming' ? 'password' : 'on',
          reason: 'auth-method-unavailable',
        });
    }
    if (outcome.code === 'PLAINTEXT_REFUSED' || outcome.expects) {
      const security = field(`${outcome.role}.security` as FieldName);
      const best = recommendedFor(outcome.role);
      // "Works until" next to a live refusal would contradict it: the refusal is today's truth.
      for (const f of result.filter((f) => f.field.startsWith(`${outcome.role}.`) && f.breaksOn)) {
        f.status = 'change';
        delete f.breaksOn;
      }
      if (security && security.status === 'ok' && best)
        Object.assign(security, {
          status: 'change',
          suggested: outcome.expects ?? best.security,
          reason: outcome.expects ? 'security-mismatch' : 'encryption-required',
        });
    }
  }
  return result;
}
