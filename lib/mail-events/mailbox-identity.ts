import { createHmac } from 'node:crypto';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import {
  canonicalAddress,
  inNetwork,
  parseAddress,
  parseNetwork,
  truncateAddress,
  type Network,
} from './ip-networks';

/**
 * How a mailbox and a client's address are kept (docs/mail-events.md): the mailbox as an HMAC under
 * MAIL_EVENTS_HASH_KEY plus a masked form for display; the client only as "one of our customer
 * networks / outside" plus its /24 or /48 (and a keyed hash of the whole address, for pairing a relay
 * refusal with a POP3 login from the same address).
 */

/** The development default: documented, and refused when NODE_ENV is production. */
export const DEV_HASH_KEY = 'dev-only-mail-events-key';

export class MailEventsNotConfigured extends Error {
  readonly code = 'MAIL_EVENTS_HASH_KEY';
}

export function mailEventsHashKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.MAIL_EVENTS_HASH_KEY?.trim();
  if (key) return key;
  if (env.NODE_ENV === 'production') throw new MailEventsNotConfigured('MAIL_EVENTS_HASH_KEY is not set');
  return DEV_HASH_KEY;
}

/**
 * The mailbox as one string: trimmed, lower-cased; a bare user name gets the first domain when the
 * registry's customers sign in with the part before the @. Addresses outside our domains are not ours.
 */
export function normalizeMailbox(user: string | null, registry: Pick<MailRegistry, 'domains' | 'username'>) {
  const text = user?.trim().toLowerCase();
  if (!text) return null;
  if (!text.includes('@'))
    return registry.username === 'local-part' ? `${text}@${registry.domains[0]}` : text;
  return text;
}

export function isOwnDomain(mailbox: string, registry: Pick<MailRegistry, 'domains'>) {
  const domain = mailbox.slice(mailbox.lastIndexOf('@') + 1);
  return registry.domains.some((d) => d.toLowerCase() === domain);
}

/** HMAC-SHA256 of the normalized mailbox, 32 characters: what the tables, and later the checker, look up. */
export function hashMailbox(mailbox: string, key: string): string {
  return createHmac('sha256', key).update(`mailbox:${mailbox}`).digest('base64url').slice(0, 32);
}

export function hashClient(canonical: string, key: string): string {
  return createHmac('sha256', key).update(`client:${canonical}`).digest('base64url').slice(0, 22);
}

/** `pr***@example.test`: the first two characters of the local part (one when it is that short). */
export function maskMailbox(mailbox: string): string {
  const at = mailbox.lastIndexOf('@');
  const local = at < 0 ? mailbox : mailbox.slice(0, at);
  const shown = local.length > 3 ? local.slice(0, 2) : local.slice(0, 1);
  return `${shown}***${at < 0 ? '' : mailbox.slice(at)}`;
}

export type NetworkClass = 'customer' | 'outside' | 'unknown';

export interface ClientView {
  network: NetworkClass;
  prefix: string;
  key: string;
}

/** The registry's customer networks, parsed once per registry object. */
const parsedNetworks = new WeakMap<object, Network[]>();
export function customerNetworks(registry: Pick<MailRegistry, 'customerNetworks'>): Network[] {
  let networks = parsedNetworks.get(registry);
  if (!networks) {
    networks = (registry.customerNetworks ?? []).map(parseNetwork).filter((n): n is Network => n !== null);
    parsedNetworks.set(registry, networks);
  }
  return networks;
}

export function classifyClient(
  client: string | null,
  registry: Pick<MailRegistry, 'customerNetworks'>,
  key: string,
): ClientView {
  const address = client ? parseAddress(client) : null;
  if (!address) return { network: 'unknown', prefix: '', key: '' };
  const customer = customerNetworks(registry).some((network) => inNetwork(address, network));
  return {
    network: customer ? 'customer' : 'outside',
    prefix: truncateAddress(address),
    key: hashClient(canonicalAddress(address), key),
  };
}
