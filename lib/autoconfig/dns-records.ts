import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';

/**
 * The DNS records that let mail programs find our servers by themselves (RFC 6186 SRV records, with
 * RFC 8314's `_submissions` for implicit-TLS submission) and reach the portal's auto-configuration
 * (autoconfig/autodiscover host names), generated from the registry for the DNS administrators.
 */

export const SRV_SERVICES = ['_submissions', '_submission', '_imaps', '_imap', '_pop3s', '_pop3'] as const;
export type SrvService = (typeof SRV_SERVICES)[number];

export interface DnsRecord {
  name: string;
  type: 'SRV' | 'CNAME';
  /** Zone-file data after the type: `priority weight port target.` for SRV, `target.` for CNAME. */
  data: string;
  /** Which kind of record this is, for the page's explanation (translated there). */
  kind: SrvService | '_autodiscover' | 'autoconfig' | 'autodiscover' | 'unavailable';
}

/** The SRV service an endpoint answers, or null for port-25 relay service (that is MX's business). */
export function srvService(endpoint: Endpoint): SrvService | null {
  if (endpoint.protocol === 'smtp') {
    if (!endpoint.auth || endpoint.blockedFromCustomerNetworks) return null;
    return endpoint.security === 'tls' ? '_submissions' : '_submission';
  }
  if (endpoint.protocol === 'imap') return endpoint.security === 'tls' ? '_imaps' : '_imap';
  return endpoint.security === 'tls' ? '_pop3s' : '_pop3';
}

/**
 * Priorities follow the registry: recommended endpoints 0, other encrypted ones 10, unencrypted 20
 * (lower is preferred). A service we do not offer gets RFC 6186's "not available" record (target ".")
 * so clients stop looking for it.
 */
export function dnsRecords(registry: MailRegistry, portalHost: string): DnsRecord[] {
  const records: DnsRecord[] = [];
  for (const domain of registry.domains) {
    for (const service of SRV_SERVICES) {
      const endpoints = registry.endpoints.filter((e) => srvService(e) === service);
      const name = `${service}._tcp.${domain}.`;
      if (endpoints.length === 0) {
        records.push({ name, type: 'SRV', data: '0 0 0 .', kind: 'unavailable' });
        continue;
      }
      for (const endpoint of endpoints) {
        const priority = endpoint.recommended ? 0 : endpoint.security === 'none' ? 20 : 10;
        records.push({
          name,
          type: 'SRV',
          data: `${priority} 1 ${endpoint.port} ${endpoint.host}.`,
          kind: service,
        });
      }
    }
    records.push(
      { name: `autoconfig.${domain}.`, type: 'CNAME', data: `${portalHost}.`, kind: 'autoconfig' },
      { name: `autodiscover.${domain}.`, type: 'CNAME', data: `${portalHost}.`, kind: 'autodiscover' },
      {
        name: `_autodiscover._tcp.${domain}.`,
        type: 'SRV',
        data: `0 0 443 ${portalHost}.`,
        kind: '_autodiscover',
      },
    );
  }
  return records;
}

/** The same records as zone-file lines, ready to paste. */
export function zoneFileText(records: DnsRecord[], ttl = 3600): string {
  return records.map((r) => `${r.name} ${ttl} IN ${r.type} ${r.data}`).join('\n');
}
