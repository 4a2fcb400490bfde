import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { EndpointResult } from '@/lib/mail-probe/probe-result';

const ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/**
 * The `minimum-tls-version` policy applied to live results: a connection below the policy's version
 * fails with TLS_VERSION from its effective day on. (Below TLS 1.2 the probe already fails by itself.)
 */
export function applyTlsPolicy(
  registry: Pick<MailRegistry, 'policies'>,
  endpoints: EndpointResult[],
  today: string,
): EndpointResult[] {
  const policy = registry.policies.find(
    (p) => p.id === 'minimum-tls-version' && p.effective <= today && p.version,
  );
  if (!policy?.version) return endpoints;
  const minimum = ORDER.indexOf(policy.version);
  return endpoints.map((endpoint) => {
    const version = endpoint.tls ? ORDER.indexOf(endpoint.tls.version) : -1;
    if (!endpoint.tls || version < 0 || version >= minimum || endpoint.status === 'fail') return endpoint;
    return {
      ...endpoint,
      status: 'fail',
      code: 'TLS_VERSION',
      message: `The server negotiated ${endpoint.tls.version}; ${policy.version} or newer is required.`,
      steps: [
        ...endpoint.steps,
        {
          name: 'tls-policy',
          status: 'fail',
          durationMs: 0,
          detail: `${endpoint.tls.version} < ${policy.version}`,
        },
      ],
    };
  });
}
