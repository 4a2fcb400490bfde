import { z } from 'zod';
import type { MailRegistry, PolicyKind, PolicyStatement } from '@/lib/mail-registry/registry-schema';
import { POLICY_KINDS } from '@/lib/mail-registry/registry-schema';
import { customerSettingsSchema, type CustomerSettings } from './customer-settings';
import { evaluateSettings, type FieldName, type FieldResult } from './evaluate-settings';

/**
 * "Am I affected?" for one policy: the customer's few relevant settings are run through the same
 * evaluator as the full check, and only what that policy decides is kept. Pure computation, no
 * network, so a notice page can answer instantly.
 */

/** The settings each policy depends on: what its compact form asks for. */
export const POLICY_FIELDS: Record<PolicyKind, FieldName[]> = {
  'pop-before-smtp-ended': ['outgoing.port', 'outgoing.security', 'outgoing.auth'],
  'outbound-port-25-blocked': ['outgoing.port', 'outgoing.auth'],
  'encrypted-login-required': [
    'incoming.port',
    'incoming.security',
    'outgoing.port',
    'outgoing.security',
    'outgoing.auth',
  ],
  'minimum-tls-version': [],
};

/** Programs that cannot be relied on for TLS 1.2 or later (Windows Live Mail, Outlook Express). */
const OLD_TLS_CLIENTS = new Set(['legacy-windows']);

/** Whether this program is one that cannot be relied on for TLS 1.2 (the minimum-TLS policy's concern). */
export const reliesOnOldTls = (client: string) => OLD_TLS_CLIENTS.has(client);

export const impactRequestSchema = z.strictObject({
  policy: z.enum(POLICY_KINDS),
  settings: customerSettingsSchema,
});

/**
 * What stops working for this customer under the policy: sending, receiving, or both. Decided by
 * the fields it makes them change (POP before SMTP and port 25 only ever touch sending).
 */
export type ImpactScope = 'sending' | 'receiving' | 'both';

export interface PolicyImpact {
  verdict: 'not-affected' | 'affected' | 'will-be-affected' | 'not-in-registry';
  /** Japan-time day the policy takes effect. */
  effective?: string;
  notice?: string;
  /** The policy's one-line statement from the registry: the same sentence the checker and notice show. */
  statement?: PolicyStatement;
  /** What stops (or will stop) working, for the affected verdicts. */
  affects?: ImpactScope;
  /** The fields this policy makes the customer change (or will). */
  changes: FieldResult[];
  /** The other fields that need changing for other reasons, in the evaluator's order. */
  otherFields: FieldName[];
  /** How many other fields need changing (`otherFields.length`). */
  otherChanges: number;
}

function scopeOf(fields: FieldName[]): ImpactScope {
  const sending = fields.some((f) => f.startsWith('outgoing.'));
  const receiving = fields.some((f) => f.startsWith('incoming.'));
  return sending && !receiving ? 'sending' : receiving && !sending ? 'receiving' : 'both';
}

export function policyImpact(
  registry: MailRegistry,
  kind: PolicyKind,
  settings: CustomerSettings,
  today: string,
): PolicyImpact {
  const policy = registry.policies.find((p) => p.id === kind);
  if (!policy) return { verdict: 'not-in-registry', changes: [], otherFields: [], otherChanges: 0 };
  const base = {
    effective: policy.effective,
    notice: policy.notice,
    ...(policy.statement ? { statement: policy.statement } : {}),
  };
  const inForce = policy.effective <= today;
  if (kind === 'minimum-tls-version') {
    const verdict = !reliesOnOldTls(settings.client)
      ? 'not-affected'
      : inForce
        ? 'affected'
        : 'will-be-affected';
    // An old program cannot make the encrypted connection at all: nothing is sent or received.
    const affects = verdict === 'not-affected' ? {} : { affects: 'both' as const };
    return { verdict, ...base, ...affects, changes: [], otherFields: [], otherChanges: 0 };
  }
  const evaluation = evaluateSettings(registry, settings, today);
  const changes = evaluation.fields.filter(
    (f) => f.policy?.id === kind && (f.status === 'change' || f.breaksOn),
  );
  // Port 25 without SMTP AUTH is also wrong under another policy: named here, never hidden.
  const otherFields = [
    ...new Set(
      evaluation.fields.filter((f) => f.status === 'change' && f.policy?.id !== kind).map((f) => f.field),
    ),
  ].filter((field) => !changes.some((c) => c.field === field));
  const others = { otherFields, otherChanges: otherFields.length };
  const affects = scopeOf(changes.map((c) => c.field));
  if (changes.some((f) => f.status === 'change'))
    return { verdict: 'affected', ...base, affects, changes, ...others };
  if (changes.length > 0) return { verdict: 'will-be-affected', ...base, affects, changes, ...others };
  return { verdict: 'not-affected', ...base, changes: [], ...others };
}
