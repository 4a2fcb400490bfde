import { escapeXml } from '@/lib/feeds/atom-feed';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { SiteConfig } from '@/lib/site/config';
import { primaryDomain, recommendedEndpoints, usernameForm } from './recommended-endpoints';

/**
 * Thunderbird's autoconfig file (`config-v1.1.xml`, the "clientConfig" format of the Thunderbird
 * ISPDB), generated from the registry's recommended endpoints. The user name is left as Thunderbird's
 * placeholder, so the file is the same for every customer and Thunderbird fills the address in.
 */

export type AutoconfigSite = Pick<SiteConfig, 'ispName' | 'baseUrl'>;

const SOCKET_TYPE: Record<Endpoint['security'], string> = {
  tls: 'SSL',
  starttls: 'STARTTLS',
  none: 'plain',
};

function server(tag: 'incomingServer' | 'outgoingServer', endpoint: Endpoint, username: string): string {
  const e = escapeXml;
  return [
    `    <${tag} type="${e(endpoint.protocol)}">`,
    `      <hostname>${e(endpoint.host)}</hostname>`,
    `      <port>${endpoint.port}</port>`,
    `      <socketType>${SOCKET_TYPE[endpoint.security]}</socketType>`,
    `      <authentication>${endpoint.auth ? 'password-cleartext' : 'none'}</authentication>`,
    ...(endpoint.auth ? [`      <username>${username}</username>`] : []),
    `    </${tag}>`,
  ].join('\n');
}

export function renderThunderbirdConfig(registry: MailRegistry, site: AutoconfigSite): string {
  const e = escapeXml;
  const endpoints = recommendedEndpoints(registry);
  const username = usernameForm(registry) === 'local-part' ? '%EMAILLOCALPART%' : '%EMAILADDRESS%';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<clientConfig version="1.1">',
    `  <emailProvider id="${e(primaryDomain(registry))}">`,
    ...registry.domains.map((domain) => `    <domain>${e(domain.toLowerCase())}</domain>`),
    `    <displayName>${e(site.ispName.en)}</displayName>`,
    `    <displayShortName>${e(site.ispName.en)}</displayShortName>`,
    ...endpoints.incoming.map((endpoint) => server('incomingServer', endpoint, username)),
    ...endpoints.smtp.map((endpoint) => server('outgoingServer', endpoint, username)),
    `    <documentation url="${e(`${site.baseUrl}/en/guides`)}">`,
    `      <descr lang="en">${e(`${site.ispName.en} mail setup guides`)}</descr>`,
    `      <descr lang="ja">${e(`${site.ispName.ja} メール設定ガイド`)}</descr>`,
    '    </documentation>',
    '  </emailProvider>',
    '</clientConfig>',
  ];
  return `${lines.join('\n')}\n`;
}
