import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

/**
 * A POST that Next may treat as a server action: with its `Next-Action` header (posted by React), or a
 * plain HTML form (posted before or without JavaScript; Next finds the action in the form's fields).
 */
export function isActionPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  if (request.headers.has('next-action')) return true;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  return type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
}

/**
 * A server action posted from another site. Next refuses it too, but with a bare 500; answering
 * here gives the documented 403 with a message in the page's language, before any action code runs,
 * the same for both kinds of post. Only a present, mismatching Origin counts: Next itself decides
 * about requests without one.
 */
export function crossOriginAction(request: Request): Response | null {
  if (!isActionPost(request)) return null;
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
