import { requestLogger } from '@/lib/operations/logger';
import { instrumentRoute } from '@/lib/operations/metrics';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { requestMeta } from '@/lib/auth/request-context';
import { readLimitedJson } from '@/lib/http/read-limited-body';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { diagnose } from '@/lib/diagnose/diagnose';
import {
  countDiagnosis,
  diagnoseRateRules,
  diagnoseRequestSchema,
  DIAGNOSE_LIMITS,
} from '@/lib/diagnose/diagnose-request';

const json = (status: number, body: unknown, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/**
 * POST /api/diagnose — "paste the error, get the answer" (docs/diagnose.md): `{text, locale}` →
 * `{locale, facts, diagnoses: [{code, confidence, side, facts, title, cause, steps, programSteps?,
 * policy?, links}]}`, ranked. The text is read and forgotten: never stored, never logged; only the
 * top code, the program and the language are counted.
 */
async function handle(request: Request) {
  const body = await readLimitedJson(request, DIAGNOSE_LIMITS.maxBodyBytes);
  if (!body.ok) return json(body.error === 'too-large' ? 413 : 400, { error: body.error });
  const parsed = diagnoseRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
    return json(tooLong ? 413 : 400, { error: tooLong ? 'too-large' : 'invalid-request' });
  }
  try {
    const { ip } = await requestMeta();
    const limit = await takeRateLimit(diagnoseRateRules(ip));
    if (!limit.ok)
      return json(
        429,
        { error: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds },
        { 'Retry-After': String(limit.retryAfterSeconds) },
      );
    const registry = await getActiveRegistry();
    const result = diagnose(parsed.data.text, registry, parsed.data.locale);
    countDiagnosis(result.diagnoses[0]!.code, result.facts.program, parsed.data.locale);
    return json(200, result);
  } catch (error) {
    // Never the text: only that it failed (the error as its class and code).
    requestLogger(request, 'diagnose').error({ err: error }, 'the answer could not be made');
    return json(500, { error: 'unavailable' });
  }
}

export const POST = instrumentRoute('/api/diagnose', handle);
