import { isoDay } from '@/lib/dates/format-date';
import { impactRequestSchema, policyImpact } from '@/lib/mail-check/policy-impact';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';

const MAX_BODY = 4 * 1024;
const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * POST /api/check/impact — "am I affected?" for one policy: `{policy, settings}` (settings as for
 * /api/check) → `{verdict, effective, notice, changes}`. No server is contacted, so no rate limit.
 */
export async function POST(request: Request) {
  const text = await request.text();
  if (text.length > MAX_BODY) return json(413, { error: 'too-large' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { error: 'invalid-json' });
  }
  const parsed = impactRequestSchema.safeParse(body);
  if (!parsed.success) return json(400, { error: 'invalid-request' });
  try {
    const registry = await getActiveRegistry();
    return json(200, policyImpact(registry, parsed.data.policy, parsed.data.settings, isoDay(new Date())));
  } catch {
    console.error('impact: the registry could not be read');
    return json(500, { error: 'unavailable' });
  }
}
