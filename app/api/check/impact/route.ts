import { isoDay } from '@/lib/dates/format-date';
import { requestLogger } from '@/lib/operations/logger';
import { impactRequestSchema, policyImpact } from '@/lib/mail-check/policy-impact';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { readLimitedJson } from '@/lib/http/read-limited-body';
import { impactFindings } from '@/lib/insights/check-findings';
import { queueCheckEvent } from '@/lib/insights/insight-writer';
import { requestMeta } from '@/lib/auth/request-context';

const MAX_BODY = 4 * 1024;
const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * POST /api/check/impact — "am I affected?" for one policy: `{policy, settings}` (settings as for
 * /api/check) → `{verdict, effective, notice, changes}`. No server is contacted, so no rate limit.
 */
async function impact(request: Request) {
  const body = await readLimitedJson(request, MAX_BODY);
  if (!body.ok) return json(body.error === 'too-large' ? 413 : 400, { error: body.error });
  const parsed = impactRequestSchema.safeParse(body.value);
  if (!parsed.success) return json(400, { error: 'invalid-request' });
  try {
    const registry = await getActiveRegistry();
    const now = new Date();
    const { policy, settings } = parsed.data;
    const impact = policyImpact(registry, policy, settings, isoDay(now));
    // Recorded per client address, so that one client cannot skew the insights (limits apply to
    // the recording only, never to the answer).
    const { ip } = await requestMeta();
    if (impact.verdict !== 'not-in-registry')
      queueCheckEvent({
        clientAddress: ip,
        at: now,
        source: 'impact',
        client: settings.client,
        outcome: impact.verdict,
        findings: impactFindings(policy, impact),
        email: settings.email,
      });
    return json(200, impact);
  } catch (error) {
    requestLogger(request, 'impact').error({ err: error }, 'the impact answer failed');
    return json(500, { error: 'unavailable' });
  }
}

export const POST = impact;
