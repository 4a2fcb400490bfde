import 'server-only';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { logger } from '@/lib/operations/logger';
import { siteConfig } from '@/lib/site/config';
import {
  autodiscoverMethodNotAllowed,
  handleAutodiscover,
  handleMobileconfig,
  handleThunderbirdConfig,
} from './autoconfig-handlers';
import { handleAutodiscoverJson } from './autodiscover-json';
import { profileSigner } from './sign-profile';

/**
 * The one module the auto-configuration route handlers share: each adds the registry in force and the
 * site configuration to a handler of autoconfig-handlers.ts. Failures are masked as a bare 500.
 */

async function withRegistry(
  label: string,
  answer: (registry: MailRegistry) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await answer(await getActiveRegistry());
  } catch (error) {
    logger
      .child({ area: 'autoconfig', route: label })
      .error({ err: error }, 'the mail service registry cannot be loaded or the answer failed');
    return new Response('Service unavailable', {
      status: 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
}

export function serveThunderbirdConfig(request: Request, version: '1.1' | '1.2' = '1.1'): Promise<Response> {
  return withRegistry('autoconfig', (registry) =>
    handleThunderbirdConfig(request, registry, siteConfig(), version),
  );
}

export function serveAutodiscover(request: Request): Promise<Response> {
  return withRegistry('autodiscover', (registry) => handleAutodiscover(request, registry));
}

export { autodiscoverMethodNotAllowed };

export function serveAutodiscoverJson(request: Request, addressSegment: string): Promise<Response> {
  return withRegistry('autodiscover.json', (registry) =>
    handleAutodiscoverJson(request, addressSegment, registry, siteConfig()),
  );
}

export function serveMobileconfig(request: Request, locale: string): Promise<Response> {
  return withRegistry('mobileconfig', (registry) =>
    handleMobileconfig(request, locale, registry, siteConfig(), profileSigner()),
  );
}
