import { XMLParser } from 'fast-xml-parser';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { handleAutodiscover, handleMobileconfig, handleThunderbirdConfig } from './autoconfig-handlers';
import { handleAutodiscoverJson } from './autodiscover-json';
import { dnsRecords, srvService } from './dns-records';
import { loginUserName, primaryDomain, recommendedEndpoints, usernameForm } from './recommended-endpoints';
import type { AutoconfigSite } from './thunderbird-config';

/**
 * The auto-configuration compatibility matrix (staff: /admin/guides/compatibility): every format
 * requested exactly as each mail program requests it, the answer parsed with a real parser and
 * compared, setting by setting, with what the registry says that program should be told. Generated
 * on every view, so a registry change that breaks a format shows up at once.
 */

export const MATRIX_CLIENTS = [
  'thunderbird-desktop',
  'thunderbird-android',
  'autoconfig-draft',
  'outlook-json',
  'outlook-pox',
  'apple-ios',
  'apple-macos',
  'thunderbird-ios-srv',
] as const;
export type MatrixClient = (typeof MATRIX_CLIENTS)[number];

export interface MatrixRow {
  client: MatrixClient;
  /** The request as the program sends it (method, path, what it leaves out). */
  request: string;
  status: number;
  /** One line per setting the answer carries, as `imap mail.example.test:993 tls`. */
  answer: string[];
  /** What the registry says the answer should carry, in the same form. */
  expected: string[];
  ok: boolean;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const line = (protocol: string, host: string, port: number | string, security: string) =>
  `${protocol} ${host}:${port} ${security}`;
const endpointLine = (e: Endpoint) => line(e.protocol, e.host, e.port, e.security);

const THUNDERBIRD_SECURITY: Record<string, string> = { SSL: 'tls', STARTTLS: 'starttls', plain: 'none' };
const POX_SECURITY = (p: Record<string, string>) =>
  p.SSL === 'off' ? 'none' : p.Encryption === 'TLS' ? 'starttls' : 'tls';

/** Apple's XML property list → a plain object (dict, array, string, integer, true/false). */
function plistValue(node: Record<string, unknown>[]): unknown {
  const [entry] = node;
  if (!entry) return undefined;
  const [tag] = Object.keys(entry);
  const children = entry[tag!] as Record<string, unknown>[];
  if (tag === 'dict') {
    const dict: Record<string, unknown> = {};
    for (let i = 0; i < children.length; i += 2) {
      const key = String((children[i]!.key as { '#text': string }[])[0]?.['#text'] ?? '');
      dict[key] = plistValue([children[i + 1]!]);
    }
    return dict;
  }
  if (tag === 'array') return children.map((c) => plistValue([c]));
  if (tag === 'true' || tag === 'false') return tag === 'true';
  const text = String((children[0] as { '#text'?: string } | undefined)?.['#text'] ?? '');
  return tag === 'integer' ? Number(text) : text;
}
function parsePlist(xml: string): Record<string, unknown> {
  const ordered = new XMLParser({ preserveOrder: true, parseTagValue: false }).parse(xml) as Record<
    string,
    unknown
  >[];
  const plist = ordered.find((n) => 'plist' in n)?.plist as Record<string, unknown>[];
  return plistValue(plist) as Record<string, unknown>;
}

async function thunderbird(
  registry: MailRegistry,
  site: AutoconfigSite,
  query: string,
  version: '1.1' | '1.2' = '1.1',
) {
  const domain = primaryDomain(registry);
  const path = version === '1.2' ? '/.well-known/mail-v1.xml' : '/mail/config-v1.1.xml';
  const response = handleThunderbirdConfig(
    new Request(`https://autoconfig.${domain}${path}${query}`),
    registry,
    site,
    version,
  );
  const doc = parser.parse(await response.text()) as {
    clientConfig?: { emailProvider?: Record<string, unknown> };
  };
  const provider = doc.clientConfig?.emailProvider ?? {};
  const servers = [...list(provider.incomingServer), ...list(provider.outgoingServer)] as Record<
    string,
    string
  >[];
  const endpoints = recommendedEndpoints(registry);
  const placeholder = usernameForm(registry) === 'local-part' ? '%EMAILLOCALPART%' : '%EMAILADDRESS%';
  return {
    status: response.status,
    answer: servers.map((s) =>
      `${line(s['@type']!, s.hostname!, s.port!, THUNDERBIRD_SECURITY[s.socketType!] ?? s.socketType!)} ${s.username ?? ''}`.trim(),
    ),
    expected: [...endpoints.incoming, ...endpoints.smtp].map((e) =>
      `${endpointLine(e)} ${e.auth ? placeholder : ''}`.trim(),
    ),
  };
}

async function outlookPox(registry: MailRegistry, address: string) {
  const body = `<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>${address}</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`;
  const response = await handleAutodiscover(
    new Request(`https://autodiscover.${primaryDomain(registry)}/autodiscover/autodiscover.xml`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml' },
      body,
    }),
    registry,
  );
  const doc = parser.parse(await response.text()) as {
    Autodiscover?: { Response?: { Account?: { Protocol?: unknown } } };
  };
  const protocols = list(doc.Autodiscover?.Response?.Account?.Protocol) as Record<string, string>[];
  const endpoints = recommendedEndpoints(registry);
  const login = loginUserName(registry, address);
  return {
    status: response.status,
    answer: protocols.map(
      (p) => `${line(p.Type!.toLowerCase(), p.Server!, p.Port!, POX_SECURITY(p))} ${p.LoginName}`,
    ),
    expected: [endpoints.imap[0], endpoints.pop3[0], endpoints.smtp[0]]
      .filter((e): e is Endpoint => e !== undefined)
      .map((e) => `${endpointLine(e)} ${login}`),
  };
}

async function appleProfile(
  registry: MailRegistry,
  site: AutoconfigSite,
  address: string,
  type: 'imap' | 'pop',
) {
  const response = handleMobileconfig(
    new Request(
      `${site.baseUrl}/en/guides/mail.mobileconfig?email=${encodeURIComponent(address)}&type=${type}`,
    ),
    'en',
    registry,
    site,
  );
  const profile = response.ok ? parsePlist(await response.text()) : {};
  const account = (list(profile.PayloadContent as Record<string, unknown>[])[0] ?? {}) as Record<
    string,
    unknown
  >;
  const endpoints = recommendedEndpoints(registry);
  const incoming = type === 'imap' ? endpoints.imap[0] : endpoints.pop3[0];
  // A profile says only "SSL or not": STARTTLS and implicit TLS both read as `secure`.
  const secure = (e: Endpoint | undefined) => (e && e.security !== 'none' ? 'secure' : 'plain');
  const show = (host: unknown, port: unknown, ssl: unknown, kind: string) =>
    line(kind, String(host), String(port), ssl ? 'secure' : 'plain');
  return {
    status: response.status,
    answer: response.ok
      ? [
          show(
            account.IncomingMailServerHostName,
            account.IncomingMailServerPortNumber,
            account.IncomingMailServerUseSSL,
            type === 'imap' ? 'imap' : 'pop3',
          ),
          show(
            account.OutgoingMailServerHostName,
            account.OutgoingMailServerPortNumber,
            account.OutgoingMailServerUseSSL,
            'smtp',
          ),
          `user ${String(account.IncomingMailServerUsername)}`,
        ]
      : [],
    expected: [
      ...(incoming ? [line(incoming.protocol, incoming.host, incoming.port, secure(incoming))] : []),
      ...(endpoints.smtp[0]
        ? [line('smtp', endpoints.smtp[0].host, endpoints.smtp[0].port, secure(endpoints.smtp[0]))]
        : []),
      `user ${loginUserName(registry, address)}`,
    ],
  };
}

function srvRecords(registry: MailRegistry, site: AutoconfigSite) {
  const domain = primaryDomain(registry);
  const records = dnsRecords(registry, new URL(site.baseUrl).hostname).filter(
    (r) =>
      r.type === 'SRV' &&
      r.name.endsWith(`._tcp.${domain}.`) &&
      r.data.startsWith('0 ') &&
      r.data !== '0 0 0 .',
  );
  const recommended = registry.endpoints.filter((e) => e.recommended && srvService(e));
  return {
    status: 200,
    answer: records
      .filter((r) => r.kind !== '_autodiscover')
      .map((r) => `${r.name.split('.')[0]} ${r.data.split(' ').slice(2).join(':').replace(/\.$/, '')}`)
      .sort(),
    expected: recommended.map((e) => `${srvService(e)} ${e.port}:${e.host}`).sort(),
  };
}

const sameLines = (a: string[], b: string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

export async function compatibilityMatrix(
  registry: MailRegistry,
  site: AutoconfigSite,
): Promise<MatrixRow[]> {
  const domain = primaryDomain(registry);
  const address = `taro@${domain}`;
  const row = (
    client: MatrixClient,
    request: string,
    r: { status: number; answer: string[]; expected: string[] },
  ) => ({
    client,
    request,
    ...r,
    ok: r.status === 200 && r.expected.length > 0 && sameLines(r.answer, r.expected),
  });
  const json = handleAutodiscoverJson(
    new Request(
      `https://autodiscover.${domain}/autodiscover/autodiscover.json/v1.0/${address}?Protocol=AutodiscoverV1`,
    ),
    address,
    registry,
    site,
  );
  const jsonBody = (await json.json()) as { Url?: string };
  return [
    row(
      'thunderbird-desktop',
      `GET autoconfig.${domain}/mail/config-v1.1.xml?emailaddress=${address}`,
      await thunderbird(registry, site, `?emailaddress=${address}`),
    ),
    row(
      'thunderbird-android',
      `GET autoconfig.${domain}/mail/config-v1.1.xml (no address)`,
      await thunderbird(registry, site, ''),
    ),
    row(
      'autoconfig-draft',
      `GET ${domain}/.well-known/mail-v1.xml (version 1.2)`,
      await thunderbird(registry, site, '', '1.2'),
    ),
    row(
      'outlook-json',
      `GET autodiscover.${domain}/autodiscover/autodiscover.json/v1.0/${address}?Protocol=AutodiscoverV1`,
      {
        status: json.status,
        answer: [`url ${jsonBody.Url ?? ''}`],
        expected: [`url ${site.baseUrl}/autodiscover/autodiscover.xml`],
      },
    ),
    row(
      'outlook-pox',
      `POST autodiscover.${domain}/autodiscover/autodiscover.xml (EMailAddress ${address})`,
      await outlookPox(registry, address),
    ),
    row(
      'apple-ios',
      `GET /guides/mail.mobileconfig?email=${address}&type=imap`,
      await appleProfile(registry, site, address, 'imap'),
    ),
    row(
      'apple-macos',
      `GET /guides/mail.mobileconfig?email=${address}&type=pop`,
      await appleProfile(registry, site, address, 'pop'),
    ),
    row(
      'thunderbird-ios-srv',
      `DNS SRV _imaps._tcp.${domain} … (RFC 6186, 8314)`,
      srvRecords(registry, site),
    ),
  ];
}
