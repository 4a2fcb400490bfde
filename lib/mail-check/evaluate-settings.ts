import {
  policyRef,
  type Endpoint,
  type MailRegistry,
  type PolicyKind,
  type PolicyRef,
  type Protocol,
} from '@/lib/mail-registry/registry-schema';
import type { CustomerSettings } from './customer-settings';

/**
 * The instant part of a check: the customer's settings compared, field by field, with the registry
 * and the policies in force on a given day. No network: the live probe proves the result afterwards.
 * Results carry codes; the page words them in the customer's language.
 */

export type FieldName =
  | 'incoming.server'
  | 'incoming.port'
  | 'incoming.security'
  | 'incoming.auth'
  | 'outgoing.server'
  | 'outgoing.port'
  | 'outgoing.security'
  | 'outgoing.auth';

/** Why a field must change (or will have to). */
export type FieldReason =
  | 'wrong-server'
  | 'unknown-port'
  | 'security-mismatch'
  | 'encryption-required'
  | 'port-25-blocked'
  | 'auth-required'
  | 'pop-before-smtp-ended'
  /** Found live: the server does not offer the program's sign-in method (SPA, APOP, CRAM-MD5). */
  | 'auth-method-unavailable';

export interface FieldResult {
  field: FieldName;
  status: 'ok' | 'change' | 'unknown';
  current: string;
  suggested?: string;
  reason?: FieldReason;
  /** The policy behind the reason, with its notice and its one-line statement (`statement.ja`/`.en`). */
  policy?: PolicyRef;
  /** Works today but stops on this day (Japan time): the policy is announced, not yet in force. */
  breaksOn?: string;
}

export interface SettingsEvaluation {
  verdict: 'ok' | 'action-required';
  fields: FieldResult[];
  /** The registry endpoints the customer's settings point at (to probe), and the recommended ones. */
  usedEndpoints: string[];
  recommendedEndpoints: string[];
  /** Policies whose dates are still ahead and affect these settings. */
  upcoming: PolicyRef[];
}

function policyState(registry: MailRegistry, kind: PolicyKind, today: string) {
  const policy = registry.policies.find((p) => p.id === kind);
  if (!policy) return { policy: undefined, inForce: false, upcoming: false };
  const inForce = policy.effective <= today;
  return {
    policy: policyRef(policy),
    inForce,
    upcoming: !inForce,
  };
}

function recommended(registry: MailRegistry, protocol: Protocol): Endpoint | undefined {
  // STARTTLS on 587 is the most widely working submission setting; implicit TLS otherwise.
  const candidates = registry.endpoints.filter((e) => e.protocol === protocol && e.recommended);
  return candidates.find((e) => protocol === 'smtp' && e.port === 587) ?? candidates[0];
}

export function evaluateSettings(
  registry: MailRegistry,
  settings: CustomerSettings,
  today: string,
): SettingsEvaluation {
  const fields: FieldResult[] = [];
  const used = new Set<string>();
  const upcoming = new Map<string, PolicyRef>();
  const encryption = policyState(registry, 'encrypted-login-required', today);
  const port25 = policyState(registry, 'outbound-port-25-blocked', today);
  const popBeforeSmtp = policyState(registry, 'pop-before-smtp-ended', today);
  const hostsFor = (protocol: Protocol) =>
    new Set(registry.endpoints.filter((e) => e.protocol === protocol).map((e) => e.host.toLowerCase()));

  /** Records a policy-driven problem: a change today, or "works until" when the policy is ahead. */
  const byPolicy = (
    state: ReturnType<typeof policyState>,
    result: Omit<FieldResult, 'status' | 'policy' | 'breaksOn'>,
  ) => {
    if (!state.policy) return;
    if (state.inForce) fields.push({ ...result, status: 'change', policy: state.policy });
    else {
      fields.push({ ...result, status: 'ok', policy: state.policy, breaksOn: state.policy.effective });
      upcoming.set(state.policy.id, state.policy);
    }
  };

  if (settings.incoming) {
    const { protocol, server, port, security, auth } = settings.incoming;
    const best = recommended(registry, protocol);
    const knownHost = hostsFor(protocol).has(server);
    fields.push(
      knownHost
        ? { field: 'incoming.server', status: 'ok', current: server }
        : {
            field: 'incoming.server',
            status: 'change',
            current: server,
            suggested: best?.host,
            reason: 'wrong-server',
          },
    );
    const endpoint = registry.endpoints.find(
      (e) => e.protocol === protocol && e.port === port && (!knownHost || e.host.toLowerCase() === server),
    );
    if (!endpoint) {
      fields.push({
        field: 'incoming.port',
        status: 'change',
        current: String(port),
        suggested: best && String(best.port),
        reason: 'unknown-port',
      });
      if (best)
        fields.push({
          field: 'incoming.security',
          status: security === best.security ? 'ok' : 'change',
          current: security,
          suggested: best.security,
          ...(security === best.security ? {} : { reason: 'security-mismatch' as const }),
        });
    } else {
      if (knownHost) used.add(endpoint.id);
      fields.push({ field: 'incoming.port', status: 'ok', current: String(port) });
      if (endpoint.security === 'tls' && security !== 'tls') {
        fields.push({
          field: 'incoming.security',
          status: 'change',
          current: security,
          suggested: 'tls',
          reason: 'security-mismatch',
        });
      } else if (endpoint.security !== 'tls' && security === 'tls') {
        fields.push({
          field: 'incoming.security',
          status: 'change',
          current: security,
          suggested: endpoint.security,
          reason: 'security-mismatch',
        });
      } else if (security === 'none') {
        byPolicy(encryption, {
          field: 'incoming.security',
          current: security,
          suggested: best?.security ?? 'tls',
          reason: 'encryption-required',
        });
        // Encryption comes with the recommended endpoint's port, so the two suggestions fit together.
        const portField = fields.find((f) => f.field === 'incoming.port');
        const securityField = fields.at(-1);
        if (portField && securityField?.field === 'incoming.security' && best && best.port !== port) {
          Object.assign(portField, {
            status: securityField.status,
            suggested: String(best.port),
            reason: 'encryption-required',
            policy: securityField.policy,
            breaksOn: securityField.breaksOn,
          });
        }
        if (!encryption.policy) fields.push({ field: 'incoming.security', status: 'ok', current: security });
      } else {
        fields.push({ field: 'incoming.security', status: 'ok', current: security });
      }
    }
    fields.push({ field: 'incoming.auth', status: 'ok', current: auth });
  }

  if (settings.outgoing) {
    const { server, port, security, auth } = settings.outgoing;
    const best = recommended(registry, 'smtp');
    const knownHost = hostsFor('smtp').has(server);
    fields.push(
      knownHost
        ? { field: 'outgoing.server', status: 'ok', current: server }
        : {
            field: 'outgoing.server',
            status: 'change',
            current: server,
            suggested: best?.host,
            reason: 'wrong-server',
          },
    );
    const endpoint = registry.endpoints.find((e) => e.protocol === 'smtp' && e.port === port);
    if (!endpoint) {
      fields.push({
        field: 'outgoing.port',
        status: 'change',
        current: String(port),
        suggested: best && String(best.port),
        reason: 'unknown-port',
      });
    } else if (endpoint.blockedFromCustomerNetworks) {
      byPolicy(port25, {
        field: 'outgoing.port',
        current: String(port),
        suggested: best && String(best.port),
        reason: 'port-25-blocked',
      });
      if (!port25.policy) fields.push({ field: 'outgoing.port', status: 'ok', current: String(port) });
      if (knownHost) used.add(endpoint.id);
    } else {
      if (knownHost) used.add(endpoint.id);
      fields.push({ field: 'outgoing.port', status: 'ok', current: String(port) });
    }
    // Encryption is judged against the endpoint the customer will end up using.
    const target = endpoint && !(endpoint.blockedFromCustomerNetworks && port25.inForce) ? endpoint : best;
    if (target) {
      if (target.security === 'tls' && security !== 'tls') {
        fields.push({
          field: 'outgoing.security',
          status: 'change',
          current: security,
          suggested: 'tls',
          reason: 'security-mismatch',
        });
      } else if (target.security !== 'tls' && security === 'tls') {
        fields.push({
          field: 'outgoing.security',
          status: 'change',
          current: security,
          suggested: target.security,
          reason: 'security-mismatch',
        });
      } else if (security === 'none' && target.security === 'starttls') {
        byPolicy(encryption, {
          field: 'outgoing.security',
          current: security,
          suggested: 'starttls',
          reason: 'encryption-required',
        });
        if (!encryption.policy) fields.push({ field: 'outgoing.security', status: 'ok', current: security });
      } else {
        fields.push({ field: 'outgoing.security', status: 'ok', current: security });
      }
    }
    if (auth === 'on' || auth === 'same-as-incoming') {
      fields.push({ field: 'outgoing.auth', status: 'ok', current: auth });
    } else if (auth === 'pop-before-smtp') {
      byPolicy(popBeforeSmtp, {
        field: 'outgoing.auth',
        current: auth,
        suggested: 'on',
        reason: 'pop-before-smtp-ended',
      });
      if (!popBeforeSmtp.policy) fields.push({ field: 'outgoing.auth', status: 'ok', current: auth });
    } else if (target?.auth) {
      fields.push({
        field: 'outgoing.auth',
        status: 'change',
        current: auth,
        suggested: 'on',
        reason: 'auth-required',
      });
    } else {
      fields.push({ field: 'outgoing.auth', status: 'ok', current: auth });
    }
  }

  const recommendedEndpoints = (['smtp', 'pop3', 'imap'] as const)
    .filter((p) => (p === 'smtp' ? settings.outgoing : settings.incoming?.protocol === p))
    .map((p) => recommended(registry, p)?.id)
    .filter((id): id is string => Boolean(id));
  const changes = fields.some((f) => f.status === 'change');
  return {
    verdict: changes || upcoming.size > 0 ? 'action-required' : 'ok',
    fields,
    usedEndpoints: [...used],
    recommendedEndpoints,
    upcoming: [...upcoming.values()],
  };
}
