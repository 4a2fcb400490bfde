import { recordAudit } from '@/lib/audit/record-audit';
import { readLimitedText } from '@/lib/http/read-limited-body';
import { mailLocale } from '@/lib/notifications/compose-mail';
import { subscriberForToken, unsubscribe } from '@/lib/notifications/manage-subscription';
import { requestLogger } from '@/lib/operations/logger';
import { siteConfig } from '@/lib/site/config';

/**
 * The List-Unsubscribe address of every subscriber mail (RFC 8058). A mail program's one-click
 * unsubscribe POSTs `List-Unsubscribe=One-Click` here and the address is unsubscribed at once, with no
 * sign-in and no page. A person who opens the address in a browser (GET) gets the preferences page,
 * which asks before doing anything: link scanners open links, they must not unsubscribe anyone.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  try {
    const body = await readLimitedText(request, 4096);
    if (!body.ok) return text('Request too large.', 413);
    // RFC 8058 §3.1: the body names the one-click intent; anything else is not this form.
    if (!new URLSearchParams(body.text).getAll('List-Unsubscribe').includes('One-Click'))
      return text('Expected List-Unsubscribe=One-Click.', 400);
    const subscriber = await subscriberForToken(token);
    if (!subscriber) return text('This unsubscribe link is not valid.', 404);
    await unsubscribe(subscriber.id);
    await recordAudit({
      actorEmail: 'subscriber',
      action: 'subscriber.unsubscribe',
      targetType: 'subscriber',
      targetId: subscriber.id,
      summary: 'one-click',
    });
    return text('Unsubscribed.', 200);
  } catch (error) {
    requestLogger(request, 'subscriptions').error({ err: error }, 'one-click unsubscribe failed');
    return text('Temporarily unavailable, please try again.', 503);
  }
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const subscriber = await subscriberForToken(token).catch(() => null);
  const locale = mailLocale(subscriber?.locale ?? '');
  const target = new URL(`/${locale}/subscriptions/manage`, siteConfig().baseUrl);
  target.searchParams.set('token', token.slice(0, 200));
  return Response.redirect(target, 303);
}

function text(body: string, status: number) {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
