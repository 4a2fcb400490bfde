import { z } from 'zod';
import { readLimitedJson } from '@/lib/http/read-limited-body';
import { markSearchClicked } from '@/lib/insights/search-gaps';
import { requestLogger } from '@/lib/operations/logger';

const clickSchema = z.strictObject({ id: z.uuid() });

/**
 * POST /api/search/click — `{id}` of a search whose result was opened → 204. Anonymous and
 * idempotent: at worst a stranger marks a recent search as answered, so nothing else is checked.
 */
export async function POST(request: Request) {
  const body = await readLimitedJson(request, 256);
  const parsed = body.ok ? clickSchema.safeParse(body.value) : null;
  if (!parsed?.success) return Response.json({ error: 'invalid' }, { status: 400 });
  try {
    await markSearchClicked(parsed.data.id);
  } catch (error) {
    requestLogger(request, 'search').error({ err: error }, 'a search click was not recorded');
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
