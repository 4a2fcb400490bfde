import { headers } from 'next/headers';
import { clientAddress, isTrustedProxy, proxyTrustFrom } from '@/lib/http/client-address';
import { logger } from '@/lib/operations/logger';

const state = globalThis as unknown as { __portalPeerHeader?: string; portalPeerWarned?: boolean };

/**
 * Who is asking, as far as the request tells. The client address is the socket's (set by the
 * preload scripts/lib/peer-address.mjs), or, behind proxies named in TRUSTED_PROXIES /
 * TRUSTED_PROXY_HOPS, the right-most X-Forwarded-For entry that is not one of them. A forged header
 * from anyone else changes nothing. `secure` believes X-Forwarded-Proto only from a trusted proxy.
 */
export async function requestMeta(): Promise<{ ip: string; userAgent: string; secure: boolean }> {
  const h = await headers();
  const trust = proxyTrustFrom();
  let peer: string;
  if (state.__portalPeerHeader) peer = h.get(state.__portalPeerHeader) ?? '';
  else {
    // Started without the preload (not through npm start/demo/dev): Next's own X-Forwarded-For is
    // the best there is, and a client can forge it. Said once in the server log.
    if (!state.portalPeerWarned) {
      state.portalPeerWarned = true;
      logger
        .child({ area: 'http' })
        .warn('started without scripts/lib/peer-address.mjs; client addresses can be forged');
    }
    peer = h.get('x-forwarded-for')?.split(',').at(-1)?.trim() ?? '';
  }
  const ip = peer ? clientAddress(peer, h.get('x-forwarded-for'), trust) : 'unknown';
  const viaTrustedProxy = Boolean(peer) && isTrustedProxy(peer, trust);
  const secure =
    (viaTrustedProxy && h.get('x-forwarded-proto') === 'https') ||
    (process.env.PORTAL_BASE_URL ?? '').toLowerCase().startsWith('https:');
  return { ip: ip || 'unknown', userAgent: h.get('user-agent') ?? '', secure };
}
