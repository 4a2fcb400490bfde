import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

/**
 * A server action posted from another site. Next refuses it too, but with a bare 500; answering
 * here gives the documented 403 with a message in the page's language, before any action code runs.
 * Only a present, mismatching Origin counts: Next itself decides about requests without one.
 */
export function crossOriginAction(request: Request): Response | null {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const origin = request.headers.get('origin');
  if (!origin) return null;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: not this site.
  }
  if (originHost && originHost === host) return null;
  const locale = new URL(request.url).pathname.split('/')[1] === 'en' ? 'en' : 'ja';
  const message = (locale === 'en' ? en : ja).Error.crossOrigin;
  return new Response(message, {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
