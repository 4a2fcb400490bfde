import type { PolicyRef, Security } from '@/lib/mail-registry/registry-schema';
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
  /**
   * The program will be refused: its security or sign-in method does not fit the server, or (send
   * test) the server's reply names the customer's address.
   */
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
  policy?: PolicyRef;
  login: EndpointResult['login'];
  /** The "can I send" test (MAIL FROM and RCPT TO, never DATA) was taken by the server. */
  sendTest?: 'passed';
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
const REFUSAL_CODES = new Set<ProbeCode>(['PLAINTEXT_REFUSED', 'AUTH_METHOD_UNAVAILABLE']);

/**
 * Does the server's refusal of the send test name the customer's address? Only then is it the
 * customer's to fix (the address set in their program); any other refusal (a relay or policy
 * refusal, "accepts no mail", a local error) is our server refusing, which the customer cannot
 * change. The address is named by an enhanced status code of the addressing class (X.1.Y, RFC 3463:
 * bad sender or destination mailbox, syntax, system), by a bare 553 "mailbox name not allowed"
 * (RFC 5321), or in words, as Postfix does ("Sender address rejected: not owned by user").
 */
export function sendRefusalNamesAddress(reply: string | undefined): boolean {
  if (!reply) return false;
  const status = /^(\d{3})(?:[ -]+([245])\.(\d{1,3})\.(\d{1,3})\b)?/.exec(reply);
  if (status?.[3] === '1') return true;
  if (status && !status[2] && status[1] === '553') return true;
  return /\b(sender|recipient) address rejected\b/i.test(reply);
}

function outcomeOf(
  result: EndpointResult,
  registrySecurity: Security,
): Pick<SettingOutcome, 'outcome' | 'code' | 'reply' | 'expects' | 'sendTest'> {
  const finding = customerFinding(result);
  if (!finding) {
    const sent = result.steps.some((s) => s.name === 'send-test' && s.status === 'ok');
    return { outcome: 'works', code: 'OK', ...(sent ? { sendTest: 'passed' as const } : {}) };
  }
  const { code, reply } = finding;
  if (TEMPORARY_CODES.has(code)) return { outcome: 'busy', code, reply };
  if (code === 'AUTH_FAILED') return { outcome: 'login-failed', code, reply };
  if (code === 'SEND_REFUSED')
    return { outcome: sendRefusalNamesAddress(reply) ? 'refused' : 'our-problem', code, reply };
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
    const outcome = outcomeOf(result, endpoint.security);
    // The recommended settings are the customer's way out, probed as the registry describes them:
    // a refusal there is our server not doing what we recommend (the answer says so), never a
    // "change" for the customer. Only a refusal naming the customer's own address stays theirs.
    if (outcome.outcome === 'refused' && outcome.code !== 'SEND_REFUSED') outcome.outcome = 'our-problem';
    return {
      role,
      host: endpoint.host,
      port: endpoint.port,
      security: endpoint.security,
      ...outcome,
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
 * The headline's message (`Checker.verdict.<key>`): the verdict, worded so that it says exactly
 * what follows it. "Change the settings below" only when there is a list below; a wrong password,
 * a busy or faulty server each say so and, when there is a list as well, that those changes are
 * needed too; a send test refused by our server (not naming the customer's address) asks the
 * customer to contact support with the report ID, as nothing in their settings can fix it.
 */
export type HeadlineKey =
  | 'ok'
  | 'action-required'
  | 'upcoming'
  | 'refused'
  | 'address-refused'
  | 'address-refused-changes'
  | 'login-failed'
  | 'login-failed-changes'
  | 'login-failed-upcoming'
  | 'busy'
  | 'busy-changes'
  | 'error'
  | 'error-changes'
  | 'send-refused'
  | 'send-refused-changes';

export function headlineOf(
  answer: Pick<CheckAssessment, 'verdict' | 'changes' | 'yourSettings' | 'recommended'>,
): { key: HeadlineKey; date?: string } {
  const { verdict, changes } = answer;
  const all = [...answer.yourSettings, ...answer.recommended];
  const listed = changes.length > 0;
  const firstDate = changes.flatMap((c) => (c.breaksOn ? [c.breaksOn] : [])).sort()[0];
  const onlyUpcoming = listed && changes.every((c) => c.breaksOn);
  switch (verdict) {
    case 'busy':
      return { key: listed ? 'busy-changes' : 'busy' };
    case 'login-failed':
      if (!listed) return { key: 'login-failed' };
      return onlyUpcoming && firstDate
        ? { key: 'login-failed-upcoming', date: firstDate }
        : { key: 'login-failed-changes' };
    case 'error': {
      const sendOnly = all.filter((s) => s.outcome === 'our-problem').every((s) => s.code === 'SEND_REFUSED');
      const key = sendOnly ? 'send-refused' : 'error';
      return { key: listed ? `${key}-changes` : key };
    }
    case 'action-required': {
      if (all.some((s) => s.outcome === 'refused' && s.code === 'SEND_REFUSED'))
        return { key: listed ? 'address-refused-changes' : 'address-refused' };
      if (!listed) return { key: 'refused' };
      const stopped = answer.yourSettings.some((s) => s.outcome === 'refused' || s.outcome === 'blocked');
      return onlyUpcoming && firstDate && !stopped
        ? { key: 'upcoming', date: firstDate }
        : { key: 'action-required' };
    }
    default:
      return { key: 'ok' };
  }
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
