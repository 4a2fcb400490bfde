import type { SettingsCheck } from '@/lib/mail-check/check-settings';
import type { FieldReason, FieldResult } from '@/lib/mail-check/evaluate-settings';
import { reliesOnOldTls, type PolicyImpact } from '@/lib/mail-check/policy-impact';
import type { PolicyKind } from '@/lib/mail-registry/registry-schema';

/**
 * What one check or "am I affected?" answer tells the insights dashboard: its outcome and, per
 * policy, which setting would break (or already breaks). Pure: no address, no password, no server
 * reply, only the categories staff chart.
 */

/** The settings the dashboard breaks policies down by. */
export const POLICY_SETTINGS = [
  'port-25',
  'no-smtp-auth',
  'pop-before-smtp',
  'no-ssl',
  'tls-version',
] as const;
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

/** How a full check ended, as staff chart it. */
export const CHECK_OUTCOMES = [
  'ok',
  'action-required',
  'wrong-password',
  'busy',
  'incident',
  'error',
] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export type ImpactOutcome = PolicyImpact['verdict'];

export interface Finding {
  policy: PolicyKind;
  setting: PolicySetting;
  /** breaks: the policy is in force and the setting fails today; will-break: it fails on the policy's day. */
  state: 'breaks' | 'will-break';
}

const SETTING_OF_REASON: Partial<Record<FieldReason, PolicySetting>> = {
  'port-25-blocked': 'port-25',
  'auth-required': 'no-smtp-auth',
  'pop-before-smtp-ended': 'pop-before-smtp',
  'encryption-required': 'no-ssl',
};

function fieldFindings(fields: FieldResult[]): Finding[] {
  const found = new Map<string, Finding>();
  for (const field of fields) {
    if (!field.policy || !field.reason) continue;
    const setting = SETTING_OF_REASON[field.reason];
    if (!setting) continue;
    const state = field.status === 'change' ? 'breaks' : field.breaksOn ? 'will-break' : null;
    if (!state) continue;
    const finding = { policy: field.policy.id, setting, state } as const;
    const key = `${finding.policy}:${setting}`;
    // One finding per policy and setting; "breaks" outranks "will-break" (incoming and outgoing alike).
    if (!found.has(key) || state === 'breaks') found.set(key, finding);
  }
  return [...found.values()];
}

/** A full check: its verdict (an open incident explains an error or a busy server) and findings. */
export function checkFindings(
  check: Pick<SettingsCheck, 'verdict' | 'fields' | 'knownIssues' | 'policies'>,
  client: string,
): { outcome: CheckOutcome; findings: Finding[] } {
  const findings = fieldFindings(check.fields);
  const tls = check.policies.find((p) => p.id === 'minimum-tls-version');
  if (tls && reliesOnOldTls(client))
    findings.push({
      policy: 'minimum-tls-version',
      setting: 'tls-version',
      state: tls.inForce ? 'breaks' : 'will-break',
    });
  const outcome: CheckOutcome =
    check.verdict === 'login-failed'
      ? 'wrong-password'
      : (check.verdict === 'error' || check.verdict === 'busy') && check.knownIssues.length > 0
        ? 'incident'
        : check.verdict;
  return { outcome, findings };
}

/** An "am I affected?" answer for one policy. */
export function impactFindings(kind: PolicyKind, impact: PolicyImpact): Finding[] {
  if (kind === 'minimum-tls-version') {
    if (impact.verdict === 'affected') return [{ policy: kind, setting: 'tls-version', state: 'breaks' }];
    if (impact.verdict === 'will-be-affected')
      return [{ policy: kind, setting: 'tls-version', state: 'will-break' }];
    return [];
  }
  return fieldFindings(impact.changes).filter((f) => f.policy === kind);
}
