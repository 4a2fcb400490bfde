import { checkRequestSchema, runCheck } from '@/lib/mail-check/run-check';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { requestMeta } from '@/lib/auth/request-context';

const MAX_BODY = 16 * 1024;

const error = (
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
) =>
  Response.json({ error: code, ...extra }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/**
 * POST /api/check — the settings checker as JSON (README: "Settings checker API"). Tampered or
 * malformed input gets 400 before anything is contacted; internal failures are masked as 500.
 */
export async function POST(request: Request) {
  const text = await request.text();
  if (text.length > MAX_BODY) return error(413, 'too-large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return error(400, 'invalid-json');
  }
  const parsed = checkRequestSchema.safeParse(body);
  if (!parsed.success)
    return error(400, 'invalid-request', {
      fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))],
    });

  try {
    const registry = loadRegistryFile();
    const { ip } = await requestMeta();
    const result = await runCheck(registry, parsed.data, { ip });
    if ('refused' in result) {
      if (result.refused === 'rate-limited')
        return error(
          429,
          'rate-limited',
          { retryAfterSeconds: result.retryAfterSeconds },
          { 'Retry-After': String(result.retryAfterSeconds) },
        );
      if (result.refused === 'busy') return error(503, 'busy', {}, { 'Retry-After': '10' });
      return error(400, result.refused, 'endpoints' in result ? { endpoints: result.endpoints } : {});
    }
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
  } catch (cause) {
    console.error('check failed', cause instanceof Error ? cause.name : 'unknown error');
    return error(500, 'unavailable');
  }
}
