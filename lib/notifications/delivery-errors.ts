import { maskEmail } from '@/lib/security/mask-email';

/** How a failed send is treated: temporary ones are retried with backoff, permanent ones recorded. */
export interface SendFailure {
  temporary: boolean;
  /**
   * What staff see: the server's reply, or the connection error; never credentials, and never a
   * whole address (masked by maskAddressesIn before it is stored).
   */
  reason: string;
}

/** An address anywhere in a server's reply: `<taro@example.test>`, `taro@example.test:`, UTF-8 too. */
const ADDRESS = /[^\s<>()[\]{}"',;:@]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;

/**
 * Every e-mail address in a relay's reply, masked (`t***@example.test`). Relays quote the
 * recipient (`550 5.1.1 <taro@example.test>: Recipient address rejected`), and the replies are
 * shown to editors, who never see subscribers' addresses; the domain stays, which is what staff
 * need to tell one provider's refusals from another's.
 */
export function maskAddressesIn(text: string): string {
  return text.replace(ADDRESS, (address) => maskEmail(address));
}

/**
 * A 5xx reply to the message or its recipient is permanent (the address does not exist, the message
 * was refused). Everything else is temporary: 4xx replies, connection errors and timeouts, and also a
 * relay refusing the portal's own login or TLS, which is a configuration fault staff fix, after which
 * the queued mail must still go out rather than having been given up.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = (error ?? {}) as { responseCode?: number; response?: string; code?: string; message?: string };
  const reply = (e.response ?? e.message ?? 'unknown error').replace(/\s+/g, ' ').trim().slice(0, 500);
  const code = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const configuration = e.code === 'EAUTH' || e.code === 'ETLS' || e.code === 'ECONFIG';
  const permanent = code !== undefined && code >= 500 && code < 600 && !configuration;
  const reason = maskAddressesIn(code ? reply : `${e.code ?? 'ERROR'}: ${reply}`);
  return { temporary: !permanent, reason };
}

/** Retries after 1, 2, 4 … minutes, at most 6 hours apart; given up after 12 attempts (about 2 days). */
export const MAX_ATTEMPTS = 12;
export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 60 * 60 * 1000, 60_000 * 2 ** Math.max(0, attempts - 1));
}
