/**
 * Request bodies are read only up to a limit: a declared Content-Length over it is refused before
 * reading, and a body that streams past it is cancelled at the limit, so a 60 MB POST costs the
 * server at most `limit` bytes of memory (it used to be read whole before the size check).
 * One helper for every route handler that reads a body.
 */

export type LimitedBody = { ok: true; text: string } | { ok: false; error: 'too-large' | 'invalid-encoding' };

/** At most `limit` bytes of the body, as bytes (an uploaded image). */
export async function readLimitedBytes(
  request: Request,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: 'too-large' }> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return { ok: false, error: 'too-large' };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, error: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** At most `limit` bytes of the body as UTF-8. */
export async function readLimitedText(request: Request, limit: number): Promise<LimitedBody> {
  const body = await readLimitedBytes(request, limit);
  if (!body.ok) return body;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body.bytes) };
  } catch {
    return { ok: false, error: 'invalid-encoding' };
  }
}

/** The body as JSON, within the limit: `too-large` (413) or `invalid-json` (400) otherwise. */
export async function readLimitedJson(
  request: Request,
  limit: number,
): Promise<{ ok: true; value: unknown } | { ok: false; error: 'too-large' | 'invalid-json' }> {
  const body = await readLimitedText(request, limit);
  if (!body.ok) return { ok: false, error: body.error === 'too-large' ? 'too-large' : 'invalid-json' };
  try {
    return { ok: true, value: JSON.parse(body.text) as unknown };
  } catch {
    return { ok: false, error: 'invalid-json' };
  }
}
