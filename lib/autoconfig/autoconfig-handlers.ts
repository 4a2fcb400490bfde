import { readLimitedText } from '@/lib/http/read-limited-body';
import { isLocale } from '@/i18n/routing';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { mobileconfigFileName, MOBILECONFIG_TYPES, renderAppleMobileconfig } from './apple-mobileconfig';
import type { MobileconfigType } from './apple-mobileconfig';
import {
  AUTODISCOVER_MAX_BODY,
  parseAutodiscoverRequest,
  renderAutodiscoverError,
  renderAutodiscoverResponse,
} from './autodiscover';
import { checkRegistryAddress } from './recommended-endpoints';
import { signProfile, type ProfileSigner } from './sign-profile';
import { renderThunderbirdConfig, type AutoconfigSite, type AutoconfigVersion } from './thunderbird-config';

/**
 * The HTTP side of auto-configuration (docs/autoconfig.md), independent of where the
 * registry comes from: each handler takes the request and the registry in force and answers. The
 * route handlers in app/ only add the active registry and the site configuration.
 */

const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' };
const XML = 'application/xml; charset=utf-8';

const xmlResponse = (body: string, status: number, cacheControl: string, headers: HeadersInit = {}) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': XML, 'Cache-Control': cacheControl, ...NOSNIFF, ...headers },
  });

const jsonError = (status: number, error: string) =>
  Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...NOSNIFF } });

const textResponse = (status: number, text: string, headers: HeadersInit = {}) =>
  new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...NOSNIFF,
      ...headers,
    },
  });

/**
 * `GET /.well-known/autoconfig/mail/config-v1.1.xml` and `GET /mail/config-v1.1.xml`. Without
 * `emailaddress` the generic file; with it, the same file if the address is valid and of a registry
 * domain, otherwise 404 (Thunderbird then tries its next source).
 */
export function handleThunderbirdConfig(
  request: Request,
  registry: MailRegistry,
  site: AutoconfigSite,
  version: AutoconfigVersion = '1.1',
): Response {
  const values = new URL(request.url).searchParams.getAll('emailaddress');
  if (values.length > 1) return textResponse(404, 'Not found');
  if (values.length === 1 && values[0] !== '' && !checkRegistryAddress(registry, values[0]).ok) {
    return textResponse(404, 'Not found');
  }
  return xmlResponse(renderThunderbirdConfig(registry, site, version), 200, 'public, max-age=300');
}

const invalidRequest = (status: number) =>
  xmlResponse(renderAutodiscoverError(600, 'Invalid Request'), status, 'no-store');

/**
 * `POST /autodiscover/autodiscover.xml` (and `/Autodiscover/Autodiscover.xml`, rewritten here).
 * 413 over 8 KiB; 400 with a POX error 600 for a DTD/entity declaration, malformed XML, a missing or
 * invalid address (CR/LF included); 400 with error 601 for another response schema; 404 with error
 * 500 for an address outside the registry's domains.
 */
export async function handleAutodiscover(request: Request, registry: MailRegistry): Promise<Response> {
  const body = await readLimitedText(request, AUTODISCOVER_MAX_BODY);
  if (!body.ok) return invalidRequest(body.error === 'too-large' ? 413 : 400);
  const parsed = parseAutodiscoverRequest(body.text);
  if (!parsed.ok) {
    return parsed.problem === 'unsupported-schema'
      ? xmlResponse(renderAutodiscoverError(601, 'Requested schema version not supported'), 400, 'no-store')
      : invalidRequest(400);
  }
  const address = checkRegistryAddress(registry, parsed.emailAddress);
  if (!address.ok) {
    return address.problem === 'invalid'
      ? invalidRequest(400)
      : xmlResponse(renderAutodiscoverError(500, 'The e-mail address cannot be found.'), 404, 'no-store');
  }
  return xmlResponse(renderAutodiscoverResponse(registry, address.address), 200, 'no-store');
}

/** Any other method on the Autodiscover paths. */
export function autodiscoverMethodNotAllowed(): Response {
  return textResponse(405, 'Method not allowed: use POST', { Allow: 'POST' });
}

/**
 * `GET /{locale}/guides/mail.mobileconfig?email=…&type=imap|pop`: 404 for an unknown locale, 400
 * `{"error":"invalid-email"}` / `{"error":"invalid-type"}`, 404 `{"error":"unknown-domain"}`, 404
 * `{"error":"type-unavailable"}` when the registry recommends no endpoint for the type.
 */
export function handleMobileconfig(
  request: Request,
  locale: string,
  registry: MailRegistry,
  site: Pick<AutoconfigSite, 'ispName'>,
  signer: ProfileSigner | null = null,
): Response {
  if (!isLocale(locale)) return jsonError(404, 'not-found');
  const params = new URL(request.url).searchParams;
  const emails = params.getAll('email');
  const types = params.getAll('type');
  if (emails.length !== 1) return jsonError(400, 'invalid-email');
  if (types.length > 1) return jsonError(400, 'invalid-type');
  const type = types[0] ?? 'imap';
  if (!(MOBILECONFIG_TYPES as readonly string[]).includes(type)) return jsonError(400, 'invalid-type');
  const address = checkRegistryAddress(registry, emails[0]);
  if (!address.ok)
    return jsonError(
      address.problem === 'invalid' ? 400 : 404,
      address.problem === 'invalid' ? 'invalid-email' : 'unknown-domain',
    );

  const profile = renderAppleMobileconfig(registry, {
    address: address.address,
    type: type as MobileconfigType,
    locale,
    site,
  });
  if (profile === null) return jsonError(404, 'type-unavailable');
  // Signed when a certificate is configured (iOS and macOS then show the profile as verified).
  const body = signer ? new Uint8Array(signProfile(profile, signer)) : profile;
  return new Response(body, {
    headers: {
      'Content-Type': 'application/x-apple-aspen-config',
      'Content-Disposition': `attachment; filename="${mobileconfigFileName(address.domain)}"`,
      'Cache-Control': 'no-store',
      ...NOSNIFF,
    },
  });
}
