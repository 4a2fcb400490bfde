import { z } from 'zod';

// zod's checks rather than node:net: the registry schema (which uses this) also runs in the browser.
const isIPv4 = (text: string) => z.ipv4().safeParse(text).success;
const isIPv6 = (text: string) => z.ipv6().safeParse(text).success;

/**
 * IP addresses and CIDR ranges (IPv4 and IPv6) as big integers: whether an address is in one of the
 * registry's customer networks, and the truncated form that is all the portal keeps of a client's
 * address (/24 for IPv4, /48 for IPv6). Pure functions, no DNS.
 */

export interface ParsedAddress {
  family: 4 | 6;
  value: bigint;
}

export interface Network {
  family: 4 | 6;
  base: bigint;
  prefix: number;
}

const BITS = { 4: 32, 6: 128 } as const;

function parseV4(text: string): bigint | null {
  if (!isIPv4(text)) return null;
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(text: string): bigint | null {
  if (!isIPv6(text)) return null;
  let body = text;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (tail) {
    const v4 = parseV4(tail[1]!);
    if (v4 === null) return null;
    body = `${body.slice(0, -tail[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = body.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const restGroups = rest ? rest.split(':') : [];
  const missing = 8 - headGroups.length - restGroups.length;
  const groups =
    rest === undefined ? headGroups : [...headGroups, ...Array(missing).fill('0'), ...restGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/**
 * An address as servers log it: IPv4, IPv6 (brackets and a zone allowed), or IPv4-mapped IPv6
 * (`::ffff:192.0.2.1`, as a dual-stack listener reports IPv4 clients), which counts as IPv4.
 */
export function parseAddress(raw: string): ParsedAddress | null {
  const text = raw
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const v4 = parseV4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseV6(text);
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

const mask = (family: 4 | 6, prefix: number) =>
  ((1n << BigInt(BITS[family])) - 1n) ^ ((1n << BigInt(BITS[family] - prefix)) - 1n);

/** `192.0.2.0/24`, `2001:db8::/32`; a bare address is its own /32 or /128. Host bits must be zero. */
export function parseNetwork(text: string): Network | null {
  const match = /^([^/\s]+)(?:\/(\d{1,3}))?$/.exec(text.trim());
  if (!match) return null;
  const address = parseAddress(match[1]!);
  if (!address || (address.family === 4 && match[1]!.includes(':'))) return null;
  const prefix = match[2] === undefined ? BITS[address.family] : Number(match[2]);
  if (prefix > BITS[address.family]) return null;
  if ((address.value & mask(address.family, prefix)) !== address.value) return null;
  return { family: address.family, base: address.value, prefix };
}

export function inNetwork(address: ParsedAddress, network: Network): boolean {
  return (
    address.family === network.family &&
    (address.value & mask(network.family, network.prefix)) === network.base
  );
}

function formatV6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  // The longest run of zero groups (two or more) becomes "::" (RFC 5952).
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

export function formatNetwork(network: Network): string {
  if (network.family === 4) {
    const v = network.base;
    return `${[24n, 16n, 8n, 0n].map((s) => Number((v >> s) & 0xffn)).join('.')}/${network.prefix}`;
  }
  return `${formatV6(network.base)}/${network.prefix}`;
}

/** The only form of a client's address that is kept: its /24 (IPv4) or /48 (IPv6). */
export function truncateAddress(address: ParsedAddress): string {
  const prefix = address.family === 4 ? 24 : 48;
  return formatNetwork({
    family: address.family,
    base: address.value & mask(address.family, prefix),
    prefix,
  });
}

/** Canonical text of an address (for hashing: `::FFFF:192.0.2.1` and `192.0.2.1` are one client). */
export function canonicalAddress(address: ParsedAddress): string {
  return address.family === 4
    ? formatNetwork({ family: 4, base: address.value, prefix: 32 }).slice(0, -3)
    : formatV6(address.value);
}
