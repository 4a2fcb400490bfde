import net from 'node:net';

/**
 * The client's address, from the socket (set by scripts/lib/peer-address.mjs) and, only when the
 * socket is a proxy we trust, from X-Forwarded-For: the right-most entry that is not itself a
 * trusted proxy (entries further left can be written by anyone). Configured with TRUSTED_PROXIES
 * (addresses or CIDR ranges, comma-separated) and/or TRUSTED_PROXY_HOPS (how many proxies in front,
 * for proxies whose addresses are not known in advance). See docs/deployment.md.
 */

export interface ProxyTrust {
  ranges: net.BlockList;
  hops: number;
  /** Whether any proxy is trusted at all, and whether by address. */
  any: boolean;
  byAddress: boolean;
}

/** Reads TRUSTED_PROXIES / TRUSTED_PROXY_HOPS; an entry that is not an address or range is ignored. */
export function proxyTrustFrom(
  list = process.env.TRUSTED_PROXIES ?? '',
  hops = process.env.TRUSTED_PROXY_HOPS ?? '',
): ProxyTrust {
  const ranges = new net.BlockList();
  let count = 0;
  for (const entry of list
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
    if (!family) continue;
    if (prefix === undefined) ranges.addAddress(address, family);
    else if (/^\d+$/.test(prefix)) ranges.addSubnet(address, Number(prefix), family);
    else continue;
    count += 1;
  }
  const hopCount = /^\d+$/.test(hops.trim()) ? Number(hops.trim()) : 0;
  return { ranges, hops: hopCount, any: count > 0 || hopCount > 0, byAddress: count > 0 };
}

/** `::ffff:192.0.2.1` → `192.0.2.1`, and `[2001:db8::1]` or `192.0.2.1:4711` stripped of the extras. */
export function normalizeAddress(raw: string): string {
  let value = raw.trim();
  if (value.startsWith('[')) value = value.slice(1, value.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  if (value.toLowerCase().startsWith('::ffff:') && net.isIPv4(value.slice(7))) value = value.slice(7);
  return value;
}

/** Whether the socket's peer is a proxy whose forwarding headers we believe. */
export function isTrustedProxy(peer: string, trust: ProxyTrust): boolean {
  const socket = normalizeAddress(peer);
  return trust.byAddress ? isTrusted(socket, trust) : trust.hops > 0;
}

function isTrusted(address: string, trust: ProxyTrust): boolean {
  if (net.isIPv4(address)) return trust.ranges.check(address, 'ipv4');
  if (net.isIPv6(address)) return trust.ranges.check(address, 'ipv6');
  return false;
}

export function clientAddress(peer: string, forwardedFor: string | null, trust: ProxyTrust): string {
  const socket = normalizeAddress(peer);
  if (!trust.any) return socket;
  // The chain as it reached us: the client first, each proxy appending the address it saw.
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map(normalizeAddress)
      .filter((a) => net.isIP(a) !== 0),
    socket,
  ];
  // Someone talking to us directly, past the proxies, gets no say in their own address.
  if (trust.byAddress && !isTrusted(socket, trust)) return socket;
  if (trust.hops > 0) {
    // The socket is the nearest proxy; each of `hops` proxies appended one entry.
    return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!isTrusted(chain[i]!, trust)) return chain[i]!;
  }
  // Every hop is one of our proxies: the left-most is as close to the client as we can tell.
  return chain[0] ?? socket;
}
