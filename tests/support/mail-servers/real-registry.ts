import { registrySchema, type MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { RealMailServers } from './real-mail-servers';

/** A registry for the harness's Postfix and Dovecot, as the integration tests probe them. */
export function buildRegistry(servers: RealMailServers): MailRegistry {
  const { host, ports } = servers;
  // Public port numbers as customers configure them; the probe dials the harness's port instead.
  const endpoint = (
    id: keyof RealMailServers['ports'],
    protocol: 'smtp' | 'pop3' | 'imap',
    port: number,
    security: 'starttls' | 'tls',
    auth: boolean,
  ) => ({ id, protocol, host, port, probePort: ports[id], security, auth, recommended: security === 'tls' });
  return registrySchema.parse({
    domains: ['example.test'],
    endpoints: [
      endpoint('submission', 'smtp', 587, 'starttls', true),
      endpoint('submissions', 'smtp', 465, 'tls', true),
      endpoint('smtp', 'smtp', 25, 'starttls', false),
      endpoint('pop3', 'pop3', 110, 'starttls', true),
      endpoint('pop3s', 'pop3', 995, 'tls', true),
      endpoint('imap', 'imap', 143, 'starttls', true),
      endpoint('imaps', 'imap', 993, 'tls', true),
    ],
    resolve: { [host]: servers.address },
    policies: [],
  });
}
