import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { checkRegistryAddress } from './recommended-endpoints';

/**
 * Outlook 2016 and later (and "new Outlook") first ask the JSON Autodiscover service,
 * `GET /autodiscover/autodiscover.json/v1.0/{address}?Protocol=…`, which only says *where* to ask
 * next. For an IMAP/POP/SMTP provider the one useful answer is Protocol `AutodiscoverV1`: the URL of
 * the POX service (`/autodiscover/autodiscover.xml`), which Outlook then POSTs to and which carries
 * the servers. Every other protocol (ActiveSync, EWS, REST…) is Exchange's and is answered 404, so
 * Outlook stops looking for it instead of trying Exchange endpoints this provider does not have.
 */

const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' };
const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...NOSNIFF } });

/** The protocol names Outlook sends, as Exchange lists them; only the first is offered here. */
export const AUTODISCOVER_JSON_OFFERED = 'AutodiscoverV1';
const EXCHANGE_PROTOCOLS = [
  'autodiscoverv1',
  'activesync',
  'ews',
  'rest',
  'substrate',
  'outlookmeetingscheduler',
];

export function handleAutodiscoverJson(
  request: Request,
  addressSegment: string,
  registry: MailRegistry,
  site: { baseUrl: string },
): Response {
  const values = new URL(request.url).searchParams.getAll('Protocol');
  const protocol = values.length === 1 ? values[0]!.trim() : '';
  if (!protocol || !/^[A-Za-z0-9]{1,40}$/.test(protocol))
    return json(400, {
      ErrorCode: 'InvalidProtocol',
      ErrorMessage: `The Protocol parameter is missing or invalid. Supported value: ${AUTODISCOVER_JSON_OFFERED}.`,
    });
  let address: string;
  try {
    address = decodeURIComponent(addressSegment);
  } catch {
    return json(400, {
      ErrorCode: 'InvalidUser',
      ErrorMessage: 'The address is not a valid e-mail address.',
    });
  }
  const checked = checkRegistryAddress(registry, address);
  if (!checked.ok)
    return checked.problem === 'invalid'
      ? json(400, { ErrorCode: 'InvalidUser', ErrorMessage: 'The address is not a valid e-mail address.' })
      : json(404, { ErrorCode: 'UserNotFound', ErrorMessage: 'This provider does not host that domain.' });
  if (protocol.toLowerCase() !== AUTODISCOVER_JSON_OFFERED.toLowerCase())
    return json(404, {
      ErrorCode: EXCHANGE_PROTOCOLS.includes(protocol.toLowerCase())
        ? 'ProtocolNotSupported'
        : 'InvalidProtocol',
      ErrorMessage: `Only ${AUTODISCOVER_JSON_OFFERED} is offered: the accounts are IMAP, POP3 and SMTP.`,
    });
  return json(200, {
    Protocol: AUTODISCOVER_JSON_OFFERED,
    Url: `${site.baseUrl}/autodiscover/autodiscover.xml`,
  });
}
