import { createHash, randomUUID } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import { escapeXml } from '@/lib/feeds/atom-feed';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { SiteConfig } from '@/lib/site/config';
import { loginUserName, primaryDomain, recommendedEndpoints } from './recommended-endpoints';

/**
 * An Apple configuration profile (`.mobileconfig`, an XML property list) that adds one mail account
 * to iPhone, iPad or Mac Mail: one `com.apple.mail.managed` payload from the registry's recommended
 * endpoints. It never contains a password: Mail asks for it when the profile is installed.
 *
 * PayloadIdentifier is stable per address (installing again, or switching between IMAP and POP,
 * replaces the earlier profile instead of adding a second account); PayloadUUID is new per download.
 */

export const MOBILECONFIG_TYPES = ['imap', 'pop'] as const;
export type MobileconfigType = (typeof MOBILECONFIG_TYPES)[number];

type PlistValue = string | number | boolean | PlistValue[] | PlistDict;
type PlistDict = { [key: string]: PlistValue };

function plistValue(value: PlistValue, indent: string): string {
  const e = escapeXml;
  if (typeof value === 'string') return `${indent}<string>${e(value)}</string>`;
  if (typeof value === 'number') return `${indent}<integer>${Math.trunc(value)}</integer>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (Array.isArray(value)) {
    return [
      `${indent}<array>`,
      ...value.map((item) => plistValue(item, `${indent}  `)),
      `${indent}</array>`,
    ].join('\n');
  }
  return [
    `${indent}<dict>`,
    ...Object.entries(value).flatMap(([key, item]) => [
      `${indent}  <key>${e(key)}</key>`,
      plistValue(item, `${indent}  `),
    ]),
    `${indent}</dict>`,
  ].join('\n');
}

function renderPlist(root: PlistDict): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(root, ''),
    '</plist>',
    '',
  ].join('\n');
}

const TEXT: Record<
  Locale,
  { displayName: (isp: string) => string; description: (address: string) => string }
> = {
  en: {
    displayName: (isp) => `${isp} Mail`,
    description: (address) =>
      `Sets up ${address} in Mail. The profile holds no password: enter your mail password when asked.`,
  },
  ja: {
    displayName: (isp) => `${isp} メール`,
    description: (address) =>
      `${address} をメールに設定します。このプロファイルにパスワードは含まれていません。求められたらメールパスワードを入力してください。`,
  },
};

/** `example.test` → `test.example`: the reversed-domain prefix of the profile's identifiers. */
function reversedDomain(domain: string): string {
  return domain.split('.').reverse().join('.');
}

/** The stable identifier of the profile for an address: no address in it, only a short hash. */
export function mobileconfigIdentifier(registry: MailRegistry, address: string): string {
  const hash = createHash('sha256').update(address.toLowerCase()).digest('hex').slice(0, 16);
  return `${reversedDomain(primaryDomain(registry))}.mail.${hash}`;
}

export function mobileconfigFileName(domain: string): string {
  return `${domain.toLowerCase()}-mail.mobileconfig`;
}

export interface MobileconfigOptions {
  /** A validated address of a registry domain. */
  address: string;
  type: MobileconfigType;
  locale: Locale;
  site: Pick<SiteConfig, 'ispName'>;
  /** Source of the fresh PayloadUUIDs (tests may fix it). */
  uuid?: () => string;
}

/**
 * The profile, or null when the registry recommends no endpoint for the requested incoming protocol
 * or no SMTP endpoint. The outgoing server is the first recommended SMTP endpoint (registry order).
 */
export function renderAppleMobileconfig(registry: MailRegistry, options: MobileconfigOptions): string | null {
  const uuid = options.uuid ?? randomUUID;
  const endpoints = recommendedEndpoints(registry);
  const incoming: Endpoint | undefined = options.type === 'imap' ? endpoints.imap[0] : endpoints.pop3[0];
  const outgoing: Endpoint | undefined = endpoints.smtp[0];
  if (!incoming || !outgoing) return null;

  const text = TEXT[options.locale];
  const isp = options.site.ispName[options.locale];
  const displayName = text.displayName(isp);
  const username = loginUserName(registry, options.address);
  const identifier = mobileconfigIdentifier(registry, options.address);
  // STARTTLS counts as SSL for Mail: it upgrades the connection on the plain port.
  const secure = (endpoint: Endpoint) => endpoint.security !== 'none';
  const authentication = (endpoint: Endpoint) => (endpoint.auth ? 'EmailAuthPassword' : 'EmailAuthNone');

  const account: PlistDict = {
    EmailAccountType: options.type === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
    EmailAccountDescription: displayName,
    EmailAddress: options.address,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    IncomingMailServerUseSSL: secure(incoming),
    IncomingMailServerAuthentication: authentication(incoming),
    IncomingMailServerUsername: username,
    OutgoingMailServerHostName: outgoing.host,
    OutgoingMailServerPortNumber: outgoing.port,
    OutgoingMailServerUseSSL: secure(outgoing),
    OutgoingMailServerAuthentication: authentication(outgoing),
    ...(outgoing.auth
      ? { OutgoingMailServerUsername: username, OutgoingPasswordSameAsIncomingPassword: true }
      : {}),
    PayloadDisplayName: displayName,
    PayloadIdentifier: `${identifier}.account`,
    PayloadType: 'com.apple.mail.managed',
    PayloadUUID: uuid(),
    PayloadVersion: 1,
  };
  return renderPlist({
    PayloadContent: [account],
    PayloadDescription: text.description(options.address),
    PayloadDisplayName: displayName,
    PayloadIdentifier: identifier,
    PayloadOrganization: isp,
    PayloadRemovalDisallowed: false,
    PayloadType: 'Configuration',
    PayloadUUID: uuid(),
    PayloadVersion: 1,
  });
}
