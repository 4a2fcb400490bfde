import { registrySchema, type MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { RealMailServers } from './real-mail-servers';

/** A registry for the harness's Postfix and Dovecot, as the integration tests probe them. */
export function buildRegistry(servers: RealMailServers): MailRegistry {
  const { host, ports } = servers;
  // Public port numbers as customers configure them; the probe dials the harness's port instead.
  const endpoint = (
    id: string,
    listener: keyof RealMailServers['ports'],
    protocol: 'smtp' | 'pop3' | 'imap',
    port: number,
    security: 'starttls' | 'tls',
    auth: boolean,
    recommended = security === 'tls',
  ) => ({ id, protocol, host, port, probePort: ports[listener], security, auth, recommended });
  return registrySchema.parse({
    domains: ['example.test'],
    endpoints: [
      endpoint('submission', 'submission', 'smtp', 587, 'starttls', true),
      endpoint('submissions', 'submissions', 'smtp', 465, 'tls', true),
      endpoint('smtp', 'smtp', 'smtp', 25, 'starttls', false),
      endpoint('pop3', 'pop3', 'pop3', 110, 'starttls', true),
      endpoint('pop3s', 'pop3s', 'pop3', 995, 'tls', true),
      endpoint('imap', 'imap', 'imap', 143, 'starttls', true),
      endpoint('imaps', 'imaps', 'imap', 993, 'tls', true),
      // The odd listeners, never recommended: guides and the status page must not pick them up.
      // A submission server that greets with 421 (busy), and an implicit-TLS one stuck on TLS 1.0.
      endpoint('busy-smtp', 'busy', 'smtp', 2587, 'starttls', true, false),
      endpoint('tls10-smtps', 'tls10', 'smtp', 2465, 'tls', true, false),
    ],
    resolve: { [host]: servers.address },
    policies: [],
  });
}
