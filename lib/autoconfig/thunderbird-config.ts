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

/**
 * The domains the providers' MX hosts are in (version 1.2's `<domain purpose="mx">`, which lets a
 * client that found the config through the MX record accept it): the parent domain of each relay
 * host on port 25, the registry's stand-in for its MX hosts.
 */
function mxDomains(registry: MailRegistry): string[] {
  const relays = registry.endpoints.filter(
    (endpoint) => endpoint.protocol === 'smtp' && endpoint.port === 25,
  );
  const parents = relays.map((endpoint) => endpoint.host.toLowerCase().split('.').slice(1).join('.'));
  return [...new Set(parents.filter((parent) => parent.includes('.')))];
}

/**
 * Version 1.1 is the format every Thunderbird release and most other programs read; 1.2 is
 * draft-ietf-mailmaint-autoconfig's (the same elements, plus the MX domains), served beside it.
 */
export type AutoconfigVersion = '1.1' | '1.2';

export function renderThunderbirdConfig(
  registry: MailRegistry,
  site: AutoconfigSite,
  version: AutoconfigVersion = '1.1',
): string {
  const e = escapeXml;
  const endpoints = recommendedEndpoints(registry);
  const username = usernameForm(registry) === 'local-part' ? '%EMAILLOCALPART%' : '%EMAILADDRESS%';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<clientConfig version="${version}">`,
    `  <emailProvider id="${e(primaryDomain(registry))}">`,
    ...registry.domains.map((domain) => `    <domain>${e(domain.toLowerCase())}</domain>`),
    ...(version === '1.2'
      ? mxDomains(registry).map((domain) => `    <domain purpose="mx">${e(domain)}</domain>`)
      : []),
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
