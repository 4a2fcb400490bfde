import { requestLogger } from '@/lib/operations/logger';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { requestMeta } from '@/lib/auth/request-context';
import { readLimitedBytes, readLimitedJson } from '@/lib/http/read-limited-body';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { diagnose, diagnosePasted } from '@/lib/diagnose/diagnose';
import { checkImage } from '@/lib/diagnose/image-input';
import { countOcr, readImageText } from '@/lib/diagnose/ocr';
import { normalizeOcrText } from '@/lib/diagnose/ocr-text';
import {
  countDiagnosis,
  diagnoseImageFieldsSchema,
  diagnoseRateRules,
  diagnoseRequestSchema,
  DIAGNOSE_LIMITS,
} from '@/lib/diagnose/diagnose-request';
import { queueDiagnosis } from '@/lib/insights/record-diagnosis';

const json = (status: number, body: unknown, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

const rateLimited = (retryAfterSeconds: number) =>
  json(429, { error: 'rate-limited', retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) });

/** The answer, counted (Prometheus and the insights: code, program, language, source; never the text). */
async function answer(text: string, locale: 'ja' | 'en', source: 'text' | 'image', ip: string) {
  const registry = await getActiveRegistry();
  // Pasted text may be a whole returned mail (MIME); what OCR read never is.
  const result =
    source === 'text' ? await diagnosePasted(text, registry, locale) : diagnose(text, registry, locale);
  const code = result.diagnoses[0]!.code;
  countDiagnosis(code, result.facts.program, locale, source);
  queueDiagnosis({ at: new Date(), code, locale, source, program: result.facts.program, clientAddress: ip });
  return result;
}

/** `{text, locale}` as JSON. */
async function handleText(request: Request) {
  const body = await readLimitedJson(request, DIAGNOSE_LIMITS.maxBodyBytes);
  if (!body.ok) return json(body.error === 'too-large' ? 413 : 400, { error: body.error });
  const parsed = diagnoseRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
    return json(tooLong ? 413 : 400, { error: tooLong ? 'too-large' : 'invalid-request' });
  }
  const { ip } = await requestMeta();
  const limit = await takeRateLimit(diagnoseRateRules(ip));
  if (!limit.ok) return rateLimited(limit.retryAfterSeconds);
  return json(200, await answer(parsed.data.text, parsed.data.locale, 'text', ip));
}

/**
 * A screenshot: `multipart/form-data` with `image` (PNG, JPEG or WebP, judged by its bytes) and
 * `locale`. The body is read up to the cap, the image's size checked from its header before anything
 * decodes it, then tesseract reads it from its standard input (lib/diagnose/ocr.ts): the image is
 * never written to disk, kept or logged. The answer is the text path's, plus `extracted`: the text
 * as read, for the customer to correct and send again.
 */
async function handleImage(request: Request, contentType: string) {
  const body = await readLimitedBytes(request, DIAGNOSE_LIMITS.maxImageBodyBytes);
  if (!body.ok) {
    countOcr('refused');
    return json(413, { error: 'image-too-large' });
  }
  let form: FormData;
  try {
    form = await new Request('http://diagnose.invalid/', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: body.bytes,
    }).formData();
  } catch {
    return json(400, { error: 'invalid-request' });
  }
  const image = form.get('image');
  const fields = Object.fromEntries([...form.entries()].filter(([name]) => name !== 'image'));
  const parsed = diagnoseImageFieldsSchema.safeParse(fields);
  if (!parsed.success || !(image instanceof Blob) || form.getAll('image').length !== 1)
    return json(400, { error: 'invalid-request' });
  const bytes = new Uint8Array(await image.arrayBuffer());
  const checked = checkImage(bytes);
  if (!checked.ok) {
    countOcr('refused');
    return json(checked.error === 'invalid-image' ? 400 : 413, { error: checked.error });
  }

  const { ip } = await requestMeta();
  const limit = await takeRateLimit(diagnoseRateRules(ip, 'image'));
  if (!limit.ok) return rateLimited(limit.retryAfterSeconds);

  const read = await readImageText(bytes);
  if (!read.ok) {
    countOcr(read.error);
    if (read.error === 'busy') return json(503, { error: 'busy' }, { 'Retry-After': '10' });
    if (read.error === 'unavailable') return json(503, { error: 'ocr-unavailable' });
    return json(422, { error: 'unreadable' });
  }
  const extracted = normalizeOcrText(read.text);
  // Fewer than three letters or digits is no text (an icon, a photo, noise).
  if ((extracted.match(/[\p{L}\p{N}]/gu) ?? []).length < 3) {
    countOcr('empty', read.ms);
    return json(422, { error: 'no-text' });
  }
  countOcr('ok', read.ms);
  return json(200, { ...(await answer(extracted, parsed.data.locale, 'image', ip)), extracted });
}

/**
 * POST /api/diagnose — "paste the error, get the answer" (docs/diagnose.md): `{text, locale}` as JSON,
 * or a screenshot as `multipart/form-data` (`image`, `locale`) → `{locale, facts, diagnoses: [{code,
 * confidence, side, facts, title, cause, steps, programSteps?, policy?, links}], extracted?}`, ranked.
 * The text and the image are read and forgotten: never stored, never logged; only the top code,
 * the program, the language and the source are counted.
 */
async function handle(request: Request) {
  const contentType = request.headers.get('content-type') ?? '';
  try {
    if (/^multipart\/form-data\s*;/i.test(contentType)) return await handleImage(request, contentType);
    return await handleText(request);
  } catch (error) {
    // Never the text or the image: only that it failed (the error as its class and code).
    requestLogger(request, 'diagnose').error({ err: error }, 'the answer could not be made');
    return json(500, { error: 'unavailable' });
  }
}

export const POST = handle;
