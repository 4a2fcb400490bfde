import { headers } from 'next/headers';

/**
 * Who is asking, as far as the request tells. The client address comes from X-Forwarded-For (first
 * entry), which `next start` sets from the socket and a reverse proxy must overwrite; see README.
 */
export async function requestMeta(): Promise<{ ip: string; userAgent: string; secure: boolean }> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || h.get('x-real-ip') || 'unknown';
  const secure =
    h.get('x-forwarded-proto') === 'https' ||
    (process.env.PORTAL_BASE_URL ?? '').toLowerCase().startsWith('https:');
  return { ip, userAgent: h.get('user-agent') ?? '', secure };
}
