import { z } from 'zod';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';

/**
 * What every auto-configuration format is generated from: the registry's recommended endpoints, the
 * customer's address checked against the registry's domains, and the login name in the registry's form.
 */

export interface RecommendedEndpoints {
  imap: Endpoint[];
  pop3: Endpoint[];
  /** IMAP before POP3 (the order mail programs should offer them), each in registry order. */
  incoming: Endpoint[];
  /** In registry order: the first is the one to configure, the rest are alternatives. */
  smtp: Endpoint[];
}

export function recommendedEndpoints(registry: MailRegistry): RecommendedEndpoints {
  const of = (protocol: Endpoint['protocol']) =>
    registry.endpoints.filter((endpoint) => endpoint.protocol === protocol && endpoint.recommended);
  const imap = of('imap');
  const pop3 = of('pop3');
  return { imap, pop3, incoming: [...imap, ...pop3], smtp: of('smtp') };
}

/**
 * A customer's mail address as typed into a mail program or passed in a URL: at most 254 characters,
 * never containing CR, LF or NUL (refused before anything else, so nothing can be injected into a
 * header or a generated file), otherwise zod's e-mail syntax.
 */
export const emailAddressSchema = z
  .string()
  .max(254)
  .refine((value) => !/[\r\n\0]/.test(value), 'control characters')
  .transform((value) => value.trim())
  .pipe(z.email());

export type AddressCheck =
  { ok: true; address: string; domain: string } | { ok: false; problem: 'invalid' | 'unknown-domain' };

/**
 * Validates an address and finds the registry domain it belongs to (compared case-insensitively;
 * `domain` is returned in lower case). Sub-domains of a registry domain do not belong to it.
 */
export function checkRegistryAddress(registry: MailRegistry, input: unknown): AddressCheck {
  const parsed = emailAddressSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  const address = parsed.data;
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const known = registry.domains.some((candidate) => candidate.toLowerCase() === domain);
  return known ? { ok: true, address, domain } : { ok: false, problem: 'unknown-domain' };
}

export function isRegistryAddress(registry: MailRegistry, input: unknown): boolean {
  return checkRegistryAddress(registry, input).ok;
}

/** How customers log in: with the whole address (usual) or only the part before the `@`. */
export type UsernameForm = MailRegistry['username'];

/** The registry's user-name form (`username`); every generated configuration follows it. */
export function usernameForm(registry: MailRegistry): UsernameForm {
  return registry.username === 'local-part' ? 'local-part' : 'address';
}

/** The user name to log in with for a (validated) address. */
export function loginUserName(registry: MailRegistry, address: string): string {
  return usernameForm(registry) === 'local-part' ? address.slice(0, address.lastIndexOf('@')) : address;
}

/** The first registry domain: the provider's identity in generated files. */
export function primaryDomain(registry: MailRegistry): string {
  const [first] = registry.domains;
  if (first === undefined) throw new Error('the registry has no domain');
  return first.toLowerCase();
}
