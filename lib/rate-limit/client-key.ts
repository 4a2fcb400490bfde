import net from 'node:net';

/**
 * What a per-client limit counts on: an IPv4 address as it is, an IPv6 address by its /64 prefix.
 * One IPv6 customer line (and every cloud machine) gets a whole /64 and can pick a new address in it
 * for every request, so limiting the single address would limit nothing. Anything that is not an
 * address (the "unknown" of a request without a peer) is used as it is.
 */
export function clientLimitKey(address: string): string {
  const value = address.trim().toLowerCase();
  if (net.isIPv4(value)) return value;
  if (!net.isIPv6(value)) return value;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped && net.isIPv4(mapped[1]!)) return mapped[1]!;
  return `${ipv6Groups(value).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, an embedded IPv4 tail converted). */
function ipv6Groups(address: string): string[] {
  let text = address.split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => Number.parseInt(g, 16).toString(16));
}
