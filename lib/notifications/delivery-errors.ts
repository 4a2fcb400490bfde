/** How a failed send is treated: temporary ones are retried with backoff, permanent ones recorded. */
export interface SendFailure {
  temporary: boolean;
  /** What staff see: the server's reply, or the connection error; never credentials. */
  reason: string;
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
  return { temporary: !permanent, reason: code ? reply : `${e.code ?? 'ERROR'}: ${reply}` };
}

/** Retries after 1, 2, 4 … minutes, at most 6 hours apart; given up after 12 attempts (about 2 days). */
export const MAX_ATTEMPTS = 12;
export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 60 * 60 * 1000, 60_000 * 2 ** Math.max(0, attempts - 1));
}
