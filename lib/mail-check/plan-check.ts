import {
  policyRef,
  type Endpoint,
  type MailRegistry,
  type PolicyRef,
} from '@/lib/mail-registry/registry-schema';
import type { ProgramSetup } from '@/lib/mail-probe/probe-endpoint';
import type { ProbeTarget } from '@/lib/mail-probe/run-probes';
import type { CustomerSettings } from './customer-settings';
import { evaluateSettings, type SettingsEvaluation } from './evaluate-settings';

/**
 * What a check will contact, decided before any socket opens: the customer's own combination (their
 * port, their security, their sign-in choice) on the registry endpoint it points at, and separately
 * the recommended endpoints as the registry describes them. A port blocked from customer lines is
 * never probed: the customer's program cannot reach it, whatever our server would answer.
 */

export type Role = 'incoming' | 'outgoing';

export type PlannedSetting =
  | { role: Role; kind: 'probe'; endpoint: Endpoint; program: ProgramSetup }
  | { role: Role; kind: 'blocked'; endpoint: Endpoint; policy?: PolicyRef }
  /** Not one of our servers, or a port we do not offer: the field advice says what to change. */
  | { role: Role; kind: 'not-ours'; host: string; port: number };

export interface CheckPlan {
  evaluation: SettingsEvaluation;
  asConfigured: PlannedSetting[];
  /** Recommended endpoints per role, probed as the registry says (unless the customer's probe is the same). */
  recommended: { role: Role; endpoint: Endpoint }[];
}

/** The mechanisms a program's sign-in choice uses (the server must offer one of them). */
export function acceptedMethods(
  client: CustomerSettings['client'],
  auth: NonNullable<CustomerSettings['incoming']>['auth'],
): readonly string[] {
  switch (auth) {
    case 'apop':
      return ['APOP'];
    case 'cram-md5':
      return ['CRAM-MD5'];
    case 'encrypted-password':
      // Outlook's (2010 and later) and Windows Live Mail's "Secure Password Authentication" is NTLM;
      // elsewhere an "encrypted password" is a challenge-response mechanism.
      return client === 'outlook' || client === 'outlook-2013' || client === 'legacy-windows'
        ? ['NTLM']
        : ['CRAM-MD5', 'DIGEST-MD5', 'SCRAM-SHA-1', 'SCRAM-SHA-256'];
    default:
      return ['USER', 'LOGIN', 'PLAIN'];
  }
}

function sameAsRegistry(endpoint: Endpoint, program: ProgramSetup) {
  return program.security === endpoint.security && (endpoint.protocol !== 'smtp' || program.signIn);
}

export function planCheck(registry: MailRegistry, settings: CustomerSettings, today: string): CheckPlan {
  const evaluation = evaluateSettings(registry, settings, today);
  const asConfigured: PlannedSetting[] = [];
  // The endpoints the customer's host and port point at, as the evaluation found them.
  const used = evaluation.usedEndpoints
    .map((id) => registry.endpoints.find((e) => e.id === id))
    .filter((e): e is Endpoint => Boolean(e));
  const find = (protocol: Endpoint['protocol']) => used.find((e) => e.protocol === protocol);

  if (settings.incoming) {
    const { protocol, server, port, security, auth } = settings.incoming;
    const endpoint = find(protocol);
    asConfigured.push(
      endpoint
        ? {
            role: 'incoming',
            kind: 'probe',
            endpoint,
            program: { security, signIn: true, acceptedMethods: acceptedMethods(settings.client, auth) },
          }
        : { role: 'incoming', kind: 'not-ours', host: server, port },
    );
  }
  if (settings.outgoing) {
    const { server, port, security, auth } = settings.outgoing;
    const endpoint = find('smtp');
    const policy = registry.policies.find((p) => p.id === 'outbound-port-25-blocked');
    const blocked = endpoint?.blockedFromCustomerNetworks && (!policy || policy.effective <= today);
    const signIn = auth === 'on' || auth === 'same-as-incoming';
    asConfigured.push(
      !endpoint
        ? { role: 'outgoing', kind: 'not-ours', host: server, port }
        : blocked
          ? {
              role: 'outgoing',
              kind: 'blocked',
              endpoint,
              ...(policy ? { policy: policyRef(policy) } : {}),
            }
          : { role: 'outgoing', kind: 'probe', endpoint, program: { security, signIn } },
    );
  }

  const recommended = evaluation.recommendedEndpoints
    .map((id) => registry.endpoints.find((e) => e.id === id))
    .filter((e): e is Endpoint => Boolean(e))
    .map((endpoint) => ({ role: (endpoint.protocol === 'smtp' ? 'outgoing' : 'incoming') as Role, endpoint }))
    // Incoming first, as the form and the answer are laid out.
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'incoming' ? -1 : 1))
    // The customer's own probe already proves the recommended settings when it is the same thing,
    // or when the customer uses another recommended endpoint exactly as the registry describes it
    // (465 with SSL/TLS is as good as 587 with STARTTLS: nothing else needs testing).
    .filter(
      ({ role, endpoint }) =>
        !asConfigured.some(
          (s) =>
            s.role === role &&
            s.kind === 'probe' &&
            (s.endpoint.id === endpoint.id || s.endpoint.recommended) &&
            sameAsRegistry(s.endpoint, s.program),
        ),
    );
  return { evaluation, asConfigured, recommended };
}

/** The probes a plan needs, customer's combination first. */
export function planTargets(plan: CheckPlan): ProbeTarget[] {
  return [
    ...plan.asConfigured.flatMap((s) =>
      s.kind === 'probe' ? [{ endpointId: s.endpoint.id, program: s.program }] : [],
    ),
    ...plan.recommended.map((r) => ({ endpointId: r.endpoint.id })),
  ];
}
