import type { Locale } from '@/i18n/routing';
import { loginUserName, primaryDomain, recommendedEndpoints } from '@/lib/autoconfig/recommended-endpoints';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import type { GuideIncoming, GuidePlaceholder } from './guide-programs';

const SECURITY_LABEL: Record<Endpoint['security'], string> = {
  tls: 'SSL/TLS',
  starttls: 'STARTTLS',
  none: '—',
};

interface GuideSettings {
  incoming: Endpoint | undefined;
  outgoing: Endpoint | undefined;
  outgoingAlt: Endpoint | undefined;
}

/** The recommended endpoints a guide's variant is written for. */
function guideSettings(registry: MailRegistry, incoming: GuideIncoming): GuideSettings {
  const recommended = recommendedEndpoints(registry);
  return {
    incoming: recommended[incoming][0],
    outgoing: recommended.smtp[0],
    outgoingAlt: recommended.smtp[1],
  };
}

/** An address shaped like the customer's, for guides opened without `?email=`. */
function exampleAddress(registry: MailRegistry): string {
  return `yourname@${primaryDomain(registry)}`;
}

/**
 * The value of every guide placeholder for one variant, straight from the registry, so one change
 * there changes every guide. `email` is an already validated registry address (or undefined).
 */
export function guidePlaceholderValues(
  registry: MailRegistry,
  incoming: GuideIncoming,
  email: string | undefined,
): Record<GuidePlaceholder, string> {
  const settings = guideSettings(registry, incoming);
  const address = email ?? exampleAddress(registry);
  const alt = settings.outgoingAlt ?? settings.outgoing;
  return {
    emailAddress: address,
    username: loginUserName(registry, address),
    incomingProtocol: incoming === 'imap' ? 'IMAP' : 'POP3',
    incomingHost: settings.incoming?.host ?? '',
    incomingPort: String(settings.incoming?.port ?? ''),
    incomingSecurity: settings.incoming ? SECURITY_LABEL[settings.incoming.security] : '',
    outgoingHost: settings.outgoing?.host ?? '',
    outgoingPort: String(settings.outgoing?.port ?? ''),
    outgoingSecurity: settings.outgoing ? SECURITY_LABEL[settings.outgoing.security] : '',
    outgoingPortAlt: String(alt?.port ?? ''),
    outgoingSecurityAlt: alt ? SECURITY_LABEL[alt.security] : '',
    // The relay port the registry marks as unreachable from customers' lines (25 by OP25B).
    blockedPort: String(
      registry.endpoints.find((e) => e.protocol === 'smtp' && e.blockedFromCustomerNetworks)?.port ?? 25,
    ),
  };
}

/** Guide text → text with registry values and the site's placeholders filled in. */
export function resolveGuideText(text: string, locale: Locale, values: Record<GuidePlaceholder, string>) {
  const withGuideValues = text.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (match, name: string) =>
    name in values ? values[name as GuidePlaceholder] : match,
  );
  return resolvePlaceholders(withGuideValues, locale);
}
