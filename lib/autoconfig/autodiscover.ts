import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml } from '@/lib/feeds/atom-feed';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { loginUserName, recommendedEndpoints } from './recommended-endpoints';

/**
 * Microsoft's "plain old XML" Autodiscover for POP3/IMAP/SMTP accounts (the Outlook 2006a response
 * schema), as Outlook and Thunderbird ask for it: a POST of
 *
 *   <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
 *     <Request><EMailAddress>taro@example.test</EMailAddress>
 *       <AcceptableResponseSchema>…/outlook/responseschema/2006a</AcceptableResponseSchema></Request>
 *   </Autodiscover>
 *
 * The request body is untrusted: it is size-limited by the caller, any DTD is refused before parsing
 * (no entity can ever be declared, let alone expanded) and the parser itself expands no entities.
 */

export const AUTODISCOVER_MAX_BODY = 8 * 1024;
export const RESPONSE_NS = 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006';
export const OUTLOOK_RESPONSE_NS =
  'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a';

export type AutodiscoverRequest =
  | { ok: true; emailAddress: string }
  | { ok: false; problem: 'forbidden-markup' | 'malformed' | 'unsupported-schema' };

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  removeNSPrefix: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  maxNestedTags: 32,
});

const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The five predefined XML entities and character references; nothing else is ever expanded. */
function decodeText(text: string): string | null {
  let bad = false;
  const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);|&/gi, (match, name: string | undefined) => {
    if (name === undefined) {
      bad = true;
      return match;
    }
    const predefined = PREDEFINED.get(name);
    if (predefined !== undefined) return predefined;
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    bad = true;
    return match;
  });
  return bad ? null : decoded;
}

function child(node: unknown, name: string): unknown {
  return node && typeof node === 'object' && !Array.isArray(node)
    ? (node as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Reads `Autodiscover/Request/EMailAddress` from a request body (the address is not validated here).
 * A DOCTYPE or ENTITY declaration anywhere is refused outright; so is anything not well-formed, a
 * missing or repeated address, and a response schema other than Outlook's 2006a (an ActiveSync
 * client asking for "mobilesync" cannot use POP3/IMAP settings).
 */
export function parseAutodiscoverRequest(body: string): AutodiscoverRequest {
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(body)) return { ok: false, problem: 'forbidden-markup' };
  if (XMLValidator.validate(body) !== true) return { ok: false, problem: 'malformed' };
  let document: unknown;
  try {
    document = parser.parse(body);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const request = child(child(document, 'Autodiscover'), 'Request');
  const schema = child(request, 'AcceptableResponseSchema');
  if (schema !== undefined && (typeof schema !== 'string' || decodeText(schema) !== OUTLOOK_RESPONSE_NS)) {
    return { ok: false, problem: 'unsupported-schema' };
  }
  const address = child(request, 'EMailAddress');
  if (typeof address !== 'string') return { ok: false, problem: 'malformed' };
  const decoded = decodeText(address);
  return decoded === null ? { ok: false, problem: 'malformed' } : { ok: true, emailAddress: decoded };
}

const PROTOCOL_TYPE: Record<Endpoint['protocol'], string> = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };
const ENCRYPTION: Record<Endpoint['security'], string> = { tls: 'SSL', starttls: 'TLS', none: 'None' };

function protocol(endpoint: Endpoint, loginName: string): string {
  const e = escapeXml;
  const onOff = (value: boolean) => (value ? 'on' : 'off');
  return [
    '      <Protocol>',
    `        <Type>${PROTOCOL_TYPE[endpoint.protocol]}</Type>`,
    `        <Server>${e(endpoint.host)}</Server>`,
    `        <Port>${endpoint.port}</Port>`,
    `        <LoginName>${e(loginName)}</LoginName>`,
    '        <DomainRequired>off</DomainRequired>',
    '        <SPA>off</SPA>',
    `        <SSL>${onOff(endpoint.security !== 'none')}</SSL>`,
    // Overrides SSL where understood: SSL = TLS from the first byte, TLS = STARTTLS.
    `        <Encryption>${ENCRYPTION[endpoint.security]}</Encryption>`,
    `        <AuthRequired>${onOff(endpoint.auth)}</AuthRequired>`,
    ...(endpoint.protocol === 'smtp'
      ? // SMTP AUTH with its own login, never POP-before-SMTP.
        ['        <UsePOPAuth>off</UsePOPAuth>', '        <SMTPLast>off</SMTPLast>']
      : []),
    '      </Protocol>',
  ].join('\n');
}

/**
 * The settings for one (validated, registry-domain) address: the first recommended IMAP, POP3 and
 * SMTP endpoint, in that order (Outlook takes the first protocol of each type it finds).
 */
export function renderAutodiscoverResponse(registry: MailRegistry, emailAddress: string): string {
  const endpoints = recommendedEndpoints(registry);
  const loginName = loginUserName(registry, emailAddress);
  const chosen = [endpoints.imap[0], endpoints.pop3[0], endpoints.smtp[0]].filter(
    (endpoint): endpoint is Endpoint => endpoint !== undefined,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Autodiscover xmlns="${RESPONSE_NS}">`,
    `  <Response xmlns="${OUTLOOK_RESPONSE_NS}">`,
    '    <Account>',
    '      <AccountType>email</AccountType>',
    '      <Action>settings</Action>',
    ...chosen.map((endpoint) => protocol(endpoint, loginName)),
    '    </Account>',
    '  </Response>',
    '</Autodiscover>',
    '',
  ].join('\n');
}

/**
 * The POX error response: 500 "the address cannot be found", 600 "invalid request", 601 "requested
 * schema not available". Sent with a matching 4xx HTTP status (docs/autoconfig.md).
 */
export function renderAutodiscoverError(code: 500 | 600 | 601, message: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Autodiscover xmlns="${RESPONSE_NS}">`,
    '  <Response>',
    '    <Error>',
    `      <ErrorCode>${code}</ErrorCode>`,
    `      <Message>${escapeXml(message)}</Message>`,
    '      <DebugData />',
    '    </Error>',
    '  </Response>',
    '</Autodiscover>',
    '',
  ].join('\n');
}
