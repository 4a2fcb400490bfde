import { requestMeta } from '@/lib/auth/request-context';
import { readLimitedJson } from '@/lib/http/read-limited-body';
import { feedbackInputSchema } from '@/lib/insights/feedback-input';
import { recordFeedback } from '@/lib/insights/record-feedback';
import { requestLogger } from '@/lib/operations/logger';

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * POST /api/feedback — "Was this helpful?" from a notice, an FAQ answer or a guide:
 * `{kind, slug, locale, helpful, comment?, voter}` → 200 `{ok: true}`; 400 `invalid`, 404 `not-found`,
 * 413, 503 `unavailable`. The pages themselves stay cached: the
 * form is a small client island that posts here.
 */
export async function POST(request: Request) {
  const body = await readLimitedJson(request, 4 * 1024);
  if (!body.ok) return json(body.error === 'too-large' ? 413 : 400, { error: body.error });
  const parsed = feedbackInputSchema.safeParse(body.value);
  if (!parsed.success) return json(400, { error: 'invalid' });
  try {
    const { ip } = await requestMeta();
    const result = await recordFeedback(parsed.data, ip);
    // Over the client's limit the vote is not counted, and the answer is the same (no 429 to retry on).
    if (result.ok) return json(200, { ok: true });
    return json(404, { error: 'not-found' });
  } catch (error) {
    requestLogger(request, 'feedback').error({ err: error }, 'feedback not recorded');
    return json(503, { error: 'unavailable' });
  }
}
