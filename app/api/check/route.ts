import { checkRequestSchema, runCheck } from '@/lib/mail-check/run-check';
import { requestLogger } from '@/lib/operations/logger';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { requestMeta } from '@/lib/auth/request-context';
import { readLimitedJson } from '@/lib/http/read-limited-body';

const MAX_BODY = 16 * 1024;

const error = (
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
) =>
  Response.json({ error: code, ...extra }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/**
 * POST /api/check — the settings checker (docs/checker.md, "API"). With
 * `Accept: application/x-ndjson` the answer streams one JSON object per line: `{"type":"step",…}` as
 * each probe step happens, then `{"type":"result",…}` or `{"type":"error",…}`. Tampered or malformed
 * input gets 400 before anything is contacted; internal failures are masked.
 */
async function check(request: Request) {
  const log = requestLogger(request, 'check');
  const body = await readLimitedJson(request, MAX_BODY);
  if (!body.ok) return error(body.error === 'too-large' ? 413 : 400, body.error);
  const parsed = checkRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    return error(400, 'invalid-request', {
      fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))],
    });
  }

  let registry;
  try {
    registry = await getActiveRegistry();
  } catch (err) {
    log.error({ err }, 'the mail service registry cannot be loaded');
    return error(500, 'unavailable');
  }
  const { ip } = await requestMeta();

  if ((request.headers.get('accept') ?? '').includes('application/x-ndjson')) {
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const result = await runCheck(registry, parsed.data, {
            ip,
            log,
            onStep: (endpoint, step) => send({ type: 'step', endpoint, ...step }),
          });
          send(
            'refused' in result
              ? { type: 'error', error: result.refused, ...result }
              : { type: 'result', ...result },
          );
        } catch (err) {
          log.error({ err }, 'the check failed unexpectedly');
          send({ type: 'error', error: 'unavailable' });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }

  try {
    const result = await runCheck(registry, parsed.data, { ip, log });
    if ('refused' in result) {
      if (result.refused === 'rate-limited') {
        return error(
          429,
          'rate-limited',
          { retryAfterSeconds: result.retryAfterSeconds },
          { 'Retry-After': String(result.retryAfterSeconds) },
        );
      }
      if (result.refused === 'busy') return error(503, 'busy', {}, { 'Retry-After': '10' });
      return error(400, result.refused, 'endpoints' in result ? { endpoints: result.endpoints } : {});
    }
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    log.error({ err }, 'the check failed unexpectedly');
    return error(500, 'unavailable');
  }
}

export const POST = check;
