import { XMLParser } from 'fast-xml-parser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRegistryFile, parseRegistry } from '@/lib/mail-registry/load-registry';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import {
  checkRegistryAddress,
  emailAddressSchema,
  isRegistryAddress,
  loginUserName,
  recommendedEndpoints,
} from '@/lib/autoconfig/recommended-endpoints';
import { renderThunderbirdConfig } from '@/lib/autoconfig/thunderbird-config';
import { parseAutodiscoverRequest, renderAutodiscoverResponse } from '@/lib/autoconfig/autodiscover';
import { renderAppleMobileconfig } from '@/lib/autoconfig/apple-mobileconfig';
import {
  handleAutodiscover,
  handleMobileconfig,
  handleThunderbirdConfig,
} from '@/lib/autoconfig/autoconfig-handlers';
import { siteConfig } from '@/lib/site/config';

// The route handlers take the registry in force from getActiveRegistry(); tests decide what it is, so
// they do not depend on where the active registry is stored.
const active = vi.hoisted(() => ({ registry: undefined as unknown }));
vi.mock('@/lib/mail-registry/active-registry', () => ({
  getActiveRegistry: async () => {
    if (active.registry instanceof Error) throw active.registry;
    return active.registry;
  },
}));

const demo = loadRegistryFile('config/mail-service.demo.json');
const site = {
  ispName: { en: 'Example Net & <Co>', ja: 'エグザンプルネット' },
  baseUrl: 'https://support.example.test',
};
const ADDRESS = 'taro@example.test';

/** A copy of the demo registry with some endpoints changed, validated like a real registry file. */
function modified(change: (endpoints: Endpoint[]) => void): MailRegistry {
  const copy = structuredClone(demo);
  change(copy.endpoints);
  return parseRegistry(copy);
}
const byId = (endpoints: Endpoint[], id: string) => endpoints.find((e) => e.id === id)!;

// Independent of the code under test: what the registry recommends, per protocol, in registry order.
const expected = (registry: MailRegistry, protocol: Endpoint['protocol']) =>
  registry.endpoints.filter((e) => e.protocol === protocol && e.recommended);

const listParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['domain', 'incomingServer', 'outgoingServer', 'descr', 'Protocol'].includes(name),
});

interface TbServer {
  '@_type': string;
  hostname: string;
  port: string;
  socketType: string;
  authentication: string;
  username: string;
}
function parseThunderbird(xml: string) {
  const doc = listParser.parse(xml);
  expect(doc.clientConfig['@_version']).toBe('1.1');
  return doc.clientConfig.emailProvider as {
    '@_id': string;
    domain: string[];
    displayName: string;
    displayShortName: string;
    incomingServer: TbServer[];
    outgoingServer: TbServer[];
    documentation: { '@_url': string; descr: { '#text': string; '@_lang': string }[] };
  };
}

interface AdProtocol {
  Type: string;
  Server: string;
  Port: string;
  LoginName: string;
  DomainRequired: string;
  SPA: string;
  SSL: string;
  Encryption: string;
  AuthRequired: string;
  UsePOPAuth?: string;
  SMTPLast?: string;
}
function parseAutodiscover(xml: string) {
  const doc = listParser.parse(xml);
  expect(doc.Autodiscover['@_xmlns']).toBe(
    'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
  );
  expect(doc.Autodiscover.Response['@_xmlns']).toBe(
    'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
  );
  const account = doc.Autodiscover.Response.Account;
  expect(account.AccountType).toBe('email');
  expect(account.Action).toBe('settings');
  return account.Protocol as AdProtocol[];
}

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };
type OrderedNode = Record<string, OrderedNode[] | string>;
const orderedParser = new XMLParser({ preserveOrder: true, parseTagValue: false, trimValues: false });
function plistNode(node: OrderedNode): Plist {
  const tag = Object.keys(node).find((key) => key !== ':@')!;
  const children = node[tag] as OrderedNode[];
  const text = () => children.map((child) => String(child['#text'] ?? '')).join('');
  const elements = () => children.filter((child) => !('#text' in child));
  switch (tag) {
    case 'string':
      return text();
    case 'integer':
      return Number(text());
    case 'true':
      return true;
    case 'false':
      return false;
    case 'array':
      return elements().map(plistNode);
    case 'dict': {
      const items = elements();
      const out: Record<string, Plist> = {};
      for (let i = 0; i < items.length; i += 2) {
        const [keyNode, valueNode] = [items[i]!, items[i + 1]!];
        expect(Object.keys(keyNode)[0]).toBe('key');
        const key = plistNode({ string: keyNode.key! }) as string;
        expect(out).not.toHaveProperty(key);
        out[key] = plistNode(valueNode);
      }
      return out;
    }
    default:
      throw new Error(`unexpected plist element ${tag}`);
  }
}
function parsePlist(xml: string) {
  const nodes = orderedParser.parse(xml) as OrderedNode[];
  const plist = nodes.find((node) => 'plist' in node)!;
  const root = (plist.plist as OrderedNode[]).find((node) => 'dict' in node)!;
  return plistNode(root) as Record<string, Plist> & { PayloadContent: [Record<string, Plist>] };
}
function allKeys(value: Plist): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [key, ...allKeys(item)]);
  return [];
}

const SOCKET = { tls: 'SSL', starttls: 'STARTTLS', none: 'plain' };
const ENCRYPTION = { tls: 'SSL', starttls: 'TLS', none: 'None' };

function autodiscoverBody(address: string, schema = true) {
  return `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>${address}</EMailAddress>
    ${schema ? '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>' : ''}
  </Request>
</Autodiscover>`;
}
const postAutodiscover = (body: BodyInit, headers: HeadersInit = {}) =>
  new Request('https://autodiscover.example.test/autodiscover/autodiscover.xml', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/xml', ...headers },
    // Needed by Node for a streamed body.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

function mobileconfig(registry: MailRegistry, query: string, locale = 'en') {
  return handleMobileconfig(
    new Request(`https://support.example.test/${locale}/guides/mail.mobileconfig?${query}`),
    locale,
    registry,
    site,
  );
}

describe('recommended endpoints and addresses', () => {
  it('lists the recommended endpoints: IMAP before POP3, SMTP in registry order', () => {
    const picked = recommendedEndpoints(demo);
    expect(picked.incoming.map((e) => e.id)).toEqual(['imaps', 'pop3s']);
    expect(picked.smtp.map((e) => e.id)).toEqual(['submission', 'submissions']);
    expect(picked.imap).toEqual(expected(demo, 'imap'));
    expect(picked.pop3).toEqual(expected(demo, 'pop3'));
  });

  it('accepts addresses of registry domains only, case-insensitively', () => {
    expect(checkRegistryAddress(demo, 'Taro@Example.TEST')).toEqual({
      ok: true,
      address: 'Taro@Example.TEST',
      domain: 'example.test',
    });
    expect(isRegistryAddress(demo, 'taro@example.org')).toBe(false);
    expect(checkRegistryAddress(demo, 'taro@sub.example.test')).toEqual({
      ok: false,
      problem: 'unknown-domain',
    });
    expect(checkRegistryAddress(demo, 'not an address')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkRegistryAddress(demo, `taro@example.test\r\nBcc: x@example.test`).ok).toBe(false);
    expect(checkRegistryAddress(demo, 'taro@example.test\n').ok).toBe(false);
    expect(checkRegistryAddress(demo, `${'a'.repeat(250)}@example.test`).ok).toBe(false);
    expect(checkRegistryAddress(demo, 42).ok).toBe(false);
    expect(emailAddressSchema.safeParse(' taro@example.test ').data).toBe(ADDRESS);
  });

  it('logs in with the whole address unless the registry says local-part', () => {
    expect(loginUserName(demo, ADDRESS)).toBe(ADDRESS);
    const localPart: MailRegistry = { ...demo, username: 'local-part' };
    expect(loginUserName(localPart, ADDRESS)).toBe('taro');
    expect(parseAutodiscover(renderAutodiscoverResponse(localPart, ADDRESS))[0]!.LoginName).toBe('taro');
    const profile = parsePlist(
      renderAppleMobileconfig(localPart, { address: ADDRESS, type: 'imap', locale: 'en', site })!,
    );
    expect(profile.PayloadContent[0]).toMatchObject({
      EmailAddress: ADDRESS,
      IncomingMailServerUsername: 'taro',
      OutgoingMailServerUsername: 'taro',
    });
  });
});

describe('Thunderbird autoconfig', () => {
  it('describes every recommended endpoint of the registry', () => {
    const provider = parseThunderbird(renderThunderbirdConfig(demo, site));
    expect(provider['@_id']).toBe('example.test');
    expect(provider.domain).toEqual(demo.domains);
    expect(provider.displayName).toBe('Example Net & <Co>');
    expect(provider.displayShortName).toBe('Example Net & <Co>');
    const incoming = [...expected(demo, 'imap'), ...expected(demo, 'pop3')];
    expect(provider.incomingServer).toEqual(
      incoming.map((e) => ({
        '@_type': e.protocol,
        hostname: e.host,
        port: String(e.port),
        socketType: SOCKET[e.security],
        authentication: 'password-cleartext',
        username: '%EMAILADDRESS%',
      })),
    );
    expect(provider.incomingServer.map((s) => s['@_type'])).toEqual(['imap', 'pop3']);
    expect(provider.outgoingServer).toEqual(
      expected(demo, 'smtp').map((e) => ({
        '@_type': 'smtp',
        hostname: e.host,
        port: String(e.port),
        socketType: SOCKET[e.security],
        authentication: 'password-cleartext',
        username: '%EMAILADDRESS%',
      })),
    );
    expect(provider.outgoingServer.map((s) => [s.port, s.socketType])).toEqual([
      ['587', 'STARTTLS'],
      ['465', 'SSL'],
    ]);
    expect(provider.documentation['@_url']).toBe('https://support.example.test/en/guides');
    expect(provider.documentation.descr.map((d) => d['@_lang'])).toEqual(['en', 'ja']);
  });

  it('escapes text and uses %EMAILLOCALPART% for a local-part registry', () => {
    const xml = renderThunderbirdConfig({ ...demo, username: 'local-part' }, site);
    expect(xml).toContain('<displayName>Example Net &amp; &lt;Co&gt;</displayName>');
    expect(parseThunderbird(xml).incomingServer[0]!.username).toBe('%EMAILLOCALPART%');
  });

  it('serves the generic file, the file for a registry address, and 404 otherwise', async () => {
    const get = (query: string) =>
      handleThunderbirdConfig(new Request(`https://example.test/mail/config-v1.1.xml${query}`), demo, site);
    const generic = get('');
    expect(generic.status).toBe(200);
    expect(generic.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(generic.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await generic.text()).toContain('%EMAILADDRESS%');
    expect(get('?emailaddress=taro%40EXAMPLE.test').status).toBe(200);
    expect(get('?emailaddress=taro%40example.org').status).toBe(404);
    expect(get('?emailaddress=nonsense').status).toBe(404);
    expect(get('?emailaddress=taro%40example.test%0D%0ASet-Cookie%3A%20x').status).toBe(404);
  });
});

describe('Autodiscover (POX)', () => {
  it('answers the first recommended IMAP, POP3 and SMTP endpoint', () => {
    const protocols = parseAutodiscover(renderAutodiscoverResponse(demo, ADDRESS));
    const chosen = [expected(demo, 'imap')[0]!, expected(demo, 'pop3')[0]!, expected(demo, 'smtp')[0]!];
    expect(protocols).toEqual(
      chosen.map((e) => ({
        Type: e.protocol.toUpperCase(),
        Server: e.host,
        Port: String(e.port),
        LoginName: ADDRESS,
        DomainRequired: 'off',
        SPA: 'off',
        SSL: 'on',
        Encryption: ENCRYPTION[e.security],
        AuthRequired: 'on',
        ...(e.protocol === 'smtp' ? { UsePOPAuth: 'off', SMTPLast: 'off' } : {}),
      })),
    );
    expect(protocols.map((p) => [p.Type, p.Port, p.Encryption])).toEqual([
      ['IMAP', '993', 'SSL'],
      ['POP3', '995', 'SSL'],
      ['SMTP', '587', 'TLS'],
    ]);
  });

  it('reads the address from plain and prefixed requests and rejects other schemas', () => {
    expect(parseAutodiscoverRequest(autodiscoverBody(ADDRESS))).toEqual({ ok: true, emailAddress: ADDRESS });
    expect(parseAutodiscoverRequest(autodiscoverBody(ADDRESS, false))).toEqual({
      ok: true,
      emailAddress: ADDRESS,
    });
    expect(
      parseAutodiscoverRequest(
        '<a:Autodiscover xmlns:a="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><a:Request><a:EMailAddress>o&apos;neil@example.test</a:EMailAddress></a:Request></a:Autodiscover>',
      ),
    ).toEqual({ ok: true, emailAddress: "o'neil@example.test" });
    expect(
      parseAutodiscoverRequest(
        autodiscoverBody(ADDRESS, false).replace(
          '</Request>',
          '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006</AcceptableResponseSchema></Request>',
        ),
      ),
    ).toEqual({ ok: false, problem: 'unsupported-schema' });
  });

  it('answers 200 with the settings for a registry address', async () => {
    const response = await handleAutodiscover(postAutodiscover(autodiscoverBody('Taro@Example.Test')), demo);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(parseAutodiscover(await response.text())[0]!.LoginName).toBe('Taro@Example.Test');
  });

  it('refuses DTDs and entity declarations without expanding anything (billion laughs)', async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Autodiscover><Request><EMailAddress>&lol9;@example.test</EMailAddress></Request></Autodiscover>`;
    const started = Date.now();
    const response = await handleAutodiscover(postAutodiscover(laughs), demo);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('<ErrorCode>600</ErrorCode>');
    expect(text).not.toContain('lol');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(parseAutodiscoverRequest(laughs)).toEqual({ ok: false, problem: 'forbidden-markup' });

    const external = `<!doctype x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Autodiscover><Request><EMailAddress>&xxe;</EMailAddress></Request></Autodiscover>`;
    expect((await handleAutodiscover(postAutodiscover(external), demo)).status).toBe(400);
    const bareEntity = `<Autodiscover><!ENTITY a "b"><Request><EMailAddress>${ADDRESS}</EMailAddress></Request></Autodiscover>`;
    expect((await handleAutodiscover(postAutodiscover(bareEntity), demo)).status).toBe(400);
    // An undeclared entity reference is not expanded either: the request is refused.
    const undeclared = autodiscoverBody('&lol;@example.test');
    expect((await handleAutodiscover(postAutodiscover(undeclared), demo)).status).toBe(400);
  });

  it('answers 413 to a body over 8 KiB, declared or streamed', async () => {
    const padding = `<!-- ${'x'.repeat(9 * 1024)} -->`;
    const big = autodiscoverBody(ADDRESS).replace('<Request>', `<Request>${padding}`);
    expect((await handleAutodiscover(postAutodiscover(big), demo)).status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
        controller.close();
      },
    });
    expect((await handleAutodiscover(postAutodiscover(stream), demo)).status).toBe(413);
    expect(
      (
        await handleAutodiscover(
          postAutodiscover(autodiscoverBody(ADDRESS), { 'Content-Length': '99999' }),
          demo,
        )
      ).status,
    ).toBe(413);
  });

  it('answers 400 to malformed XML, a missing or invalid address and CR/LF', async () => {
    const bad = [
      '<Autodiscover><Request><EMailAddress>taro@example.test</Request></Autodiscover>',
      'not xml at all',
      '',
      '<Autodiscover><Request></Request></Autodiscover>',
      '<Autodiscover><Request><EMailAddress>a@example.test</EMailAddress><EMailAddress>b@example.test</EMailAddress></Request></Autodiscover>',
      autodiscoverBody('taro'),
      autodiscoverBody('taro@example.test&#13;&#10;Bcc: x@example.test'),
      autodiscoverBody('taro\r\n@example.test'),
      autodiscoverBody('taro@example.test&bogus;'),
    ];
    for (const body of bad) {
      const response = await handleAutodiscover(postAutodiscover(body), demo);
      expect(response.status, body).toBe(400);
    }
    const invalidUtf8 = new Uint8Array([...new TextEncoder().encode(autodiscoverBody(ADDRESS)), 0xff, 0xfe]);
    expect((await handleAutodiscover(postAutodiscover(invalidUtf8), demo)).status).toBe(400);
  });

  it('answers 404 with POX error 500 for an address outside the registry', async () => {
    const response = await handleAutodiscover(postAutodiscover(autodiscoverBody('taro@example.org')), demo);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<ErrorCode>500</ErrorCode>');
  });
});

describe('Apple configuration profile', () => {
  it('sets up the address with the recommended endpoints and no password', () => {
    const xml = renderAppleMobileconfig(demo, { address: ADDRESS, type: 'imap', locale: 'en', site })!;
    expect(xml).toContain('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"');
    const profile = parsePlist(xml);
    const imap = expected(demo, 'imap')[0]!;
    const smtp = expected(demo, 'smtp')[0]!;
    expect(profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadIdentifier: expect.stringMatching(/^test\.example\.mail\.[0-9a-f]{16}$/),
      PayloadDisplayName: 'Example Net & <Co> Mail',
    });
    expect(profile.PayloadContent).toHaveLength(1);
    expect(profile.PayloadContent[0]).toEqual({
      EmailAccountType: 'EmailTypeIMAP',
      EmailAccountDescription: 'Example Net & <Co> Mail',
      EmailAddress: ADDRESS,
      IncomingMailServerHostName: imap.host,
      IncomingMailServerPortNumber: imap.port,
      IncomingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      IncomingMailServerUsername: ADDRESS,
      OutgoingMailServerHostName: smtp.host,
      OutgoingMailServerPortNumber: smtp.port,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerUsername: ADDRESS,
      OutgoingPasswordSameAsIncomingPassword: true,
      PayloadDisplayName: 'Example Net & <Co> Mail',
      PayloadIdentifier: `${profile.PayloadIdentifier}.account`,
      PayloadType: 'com.apple.mail.managed',
      PayloadUUID: expect.stringMatching(/^[0-9a-f-]{36}$/),
      PayloadVersion: 1,
    });
    expect(smtp.port).toBe(587);
    expect(allKeys(profile).filter((key) => /password/i.test(key))).toEqual([
      'OutgoingPasswordSameAsIncomingPassword',
    ]);
  });

  it('uses POP3 for type=pop and Japanese names for ja', () => {
    const profile = parsePlist(
      renderAppleMobileconfig(demo, { address: ADDRESS, type: 'pop', locale: 'ja', site })!,
    );
    const pop3 = expected(demo, 'pop3')[0]!;
    expect(profile.PayloadDisplayName).toBe('エグザンプルネット メール');
    expect(profile.PayloadContent[0]).toMatchObject({
      EmailAccountType: 'EmailTypePOP',
      IncomingMailServerHostName: pop3.host,
      IncomingMailServerPortNumber: 995,
    });
  });

  it('gives two downloads fresh PayloadUUIDs and the same PayloadIdentifiers', async () => {
    const download = async () => {
      const response = mobileconfig(demo, `email=${encodeURIComponent(ADDRESS)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-apple-aspen-config');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="example.test-mail.mobileconfig"',
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      expect(text).not.toMatch(/<key>(Incoming|Outgoing)?Password<\/key>/);
      return parsePlist(text);
    };
    const [first, second] = [await download(), await download()];
    expect(first.PayloadUUID).not.toBe(second.PayloadUUID);
    expect(first.PayloadContent[0].PayloadUUID).not.toBe(second.PayloadContent[0].PayloadUUID);
    expect(first.PayloadUUID).not.toBe(first.PayloadContent[0].PayloadUUID);
    expect(first.PayloadIdentifier).toBe(second.PayloadIdentifier);
    expect(first.PayloadContent[0].PayloadIdentifier).toBe(second.PayloadContent[0].PayloadIdentifier);
    // The identifier carries no address.
    expect(first.PayloadIdentifier).not.toContain('taro');
  });

  it('refuses bad locales, addresses and types', async () => {
    expect(mobileconfig(demo, `email=${ADDRESS}`, 'fr').status).toBe(404);
    expect(mobileconfig(demo, '').status).toBe(400);
    expect(mobileconfig(demo, 'email=nonsense').status).toBe(400);
    const crlf = mobileconfig(demo, 'email=taro%40example.test%0D%0AX-Injected%3A%201');
    expect(crlf.status).toBe(400);
    expect(await crlf.json()).toEqual({ error: 'invalid-email' });
    const unknown = mobileconfig(demo, 'email=taro%40example.org');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'unknown-domain' });
    expect(mobileconfig(demo, `email=${ADDRESS}&type=exchange`).status).toBe(400);
    expect(mobileconfig(demo, `email=${ADDRESS}&type=pop`).status).toBe(200);
  });
});

describe('a changed registry changes every format', () => {
  async function formats(registry: MailRegistry) {
    const tb = parseThunderbird(renderThunderbirdConfig(registry, site));
    const ad = parseAutodiscover(renderAutodiscoverResponse(registry, ADDRESS));
    const apple = parsePlist(
      renderAppleMobileconfig(registry, { address: ADDRESS, type: 'imap', locale: 'en', site })!,
    ).PayloadContent[0];
    return {
      thunderbirdSmtp: tb.outgoingServer.map((s) => Number(s.port)),
      thunderbirdImap: Number(tb.incomingServer[0]!.port),
      autodiscoverSmtp: Number(ad.find((p) => p.Type === 'SMTP')!.Port),
      autodiscoverImap: Number(ad.find((p) => p.Type === 'IMAP')!.Port),
      appleSmtp: apple.OutgoingMailServerPortNumber,
      appleImap: apple.IncomingMailServerPortNumber,
    };
  }

  it('moves submissions from 465 to 2465', async () => {
    const moved = modified((endpoints) => {
      byId(endpoints, 'submissions').port = 2465;
    });
    // Thunderbird lists every recommended SMTP endpoint; Autodiscover and the profile configure the
    // first one (587), which did not change.
    expect(await formats(moved)).toMatchObject({
      thunderbirdSmtp: [587, 2465],
      autodiscoverSmtp: 587,
      appleSmtp: 587,
    });

    // With 2465 the first recommended SMTP endpoint, all three formats carry it.
    const only = modified((endpoints) => {
      byId(endpoints, 'submissions').port = 2465;
      byId(endpoints, 'submission').recommended = false;
    });
    expect(await formats(only)).toMatchObject({
      thunderbirdSmtp: [2465],
      autodiscoverSmtp: 2465,
      appleSmtp: 2465,
    });
    const response = await handleAutodiscover(postAutodiscover(autodiscoverBody(ADDRESS)), only);
    expect(parseAutodiscover(await response.text()).find((p) => p.Type === 'SMTP')).toMatchObject({
      Port: '2465',
      Encryption: 'SSL',
    });
  });

  it('follows a changed IMAP port everywhere', async () => {
    const moved = modified((endpoints) => {
      byId(endpoints, 'imaps').port = 1993;
    });
    expect(await formats(moved)).toMatchObject({
      thunderbirdImap: 1993,
      autodiscoverImap: 1993,
      appleImap: 1993,
    });
  });
});

describe('route handlers', () => {
  beforeEach(() => {
    active.registry = demo;
  });

  it('serve Thunderbird autoconfig at both paths from the active registry', async () => {
    const wellKnown = await import('@/app/.well-known/autoconfig/mail/config-v1.1.xml/route');
    const mail = await import('@/app/mail/config-v1.1.xml/route');
    for (const [GET, url] of [
      [wellKnown.GET, 'https://example.test/.well-known/autoconfig/mail/config-v1.1.xml'],
      [mail.GET, 'https://autoconfig.example.test/mail/config-v1.1.xml?emailaddress=taro%40example.test'],
    ] as const) {
      const response = await GET(new Request(url));
      expect(response.status).toBe(200);
      const provider = parseThunderbird(await response.text());
      expect(provider.displayName).toBe(siteConfig().ispName.en);
      expect(provider.documentation['@_url']).toBe(`${siteConfig().baseUrl}/en/guides`);
    }
    active.registry = modified((endpoints) => {
      byId(endpoints, 'submissions').port = 2465;
    });
    const response = await mail.GET(new Request('https://example.test/mail/config-v1.1.xml'));
    expect(parseThunderbird(await response.text()).outgoingServer.map((s) => s.port)).toEqual([
      '587',
      '2465',
    ]);
  });

  it('serve Autodiscover by POST and answer 405 to GET', async () => {
    const route = await import('@/app/autodiscover/autodiscover.xml/route');
    const response = await route.POST(postAutodiscover(autodiscoverBody(ADDRESS)));
    expect(response.status).toBe(200);
    expect(parseAutodiscover(await response.text())).toHaveLength(3);
    const get = route.GET();
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('serve the profile for a locale', async () => {
    const route = await import('@/app/[locale]/guides/mail.mobileconfig/route');
    const get = (locale: string) =>
      route.GET(
        new Request(`https://example.test/${locale}/guides/mail.mobileconfig?email=taro%40example.test`),
        {
          params: Promise.resolve({ locale }),
        },
      );
    const response = await get('ja');
    expect(response.status).toBe(200);
    expect(parsePlist(await response.text()).PayloadDisplayName).toBe(`${siteConfig().ispName.ja} メール`);
    expect((await get('xx')).status).toBe(404);
  });

  it('mask a registry that cannot be loaded', async () => {
    active.registry = new Error('database down');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = await import('@/app/mail/config-v1.1.xml/route');
    const response = await route.GET(new Request('https://example.test/mail/config-v1.1.xml'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('database');
    errors.mockRestore();
  });
});
