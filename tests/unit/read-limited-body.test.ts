import { describe, expect, it } from 'vitest';
import { readLimitedJson, readLimitedText } from '@/lib/http/read-limited-body';
import { checkRequestSchema } from '@/lib/mail-check/run-check';

/** A POST whose body is produced on demand, counting what the reader actually pulled. */
function streamingRequest(totalBytes: number, headers: Record<string, string> = {}) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://localhost/api/check', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled };
}

describe('bounded request bodies', () => {
  it('stops reading a 60 MB body at the limit instead of uploading it whole', async () => {
    const { request, pulled } = streamingRequest(60 * 1024 * 1024);
    expect(await readLimitedJson(request, 16 * 1024)).toEqual({ ok: false, error: 'too-large' });
    // One 64 KiB chunk crossed the limit; nothing more was read.
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('refuses a declared Content-Length over the limit without waiting for the body', async () => {
    // The body itself would fit: only the declared length can make this a refusal.
    const request = new Request('http://localhost/x', {
      method: 'POST',
      body: 'x'.repeat(1000),
      headers: { 'content-length': String(1024 * 1024) },
    });
    expect(await readLimitedText(request, 4096)).toEqual({ ok: false, error: 'too-large' });
  });

  it('reads JSON within the limit, and names malformed JSON and invalid UTF-8', async () => {
    const post = (body: BodyInit) => new Request('http://localhost/x', { method: 'POST', body });
    expect(await readLimitedJson(post('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
    expect(await readLimitedJson(post('{"a'), 100)).toEqual({ ok: false, error: 'invalid-json' });
    expect(await readLimitedText(post(new Uint8Array([0xff, 0xfe])), 100)).toEqual({
      ok: false,
      error: 'invalid-encoding',
    });
  });
});

describe('control characters in credentials', () => {
  const base = { outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' } };
  it('refuses CR, LF or NUL in the password or the address in the request schema (400, nothing contacted)', () => {
    for (const password of ['a\r\nQUIT', 'line\nbreak', 'nul\0byte']) {
      const parsed = checkRequestSchema.safeParse({ ...base, email: 'taro@example.test', password });
      expect([password, parsed.success]).toEqual([password, false]);
      if (!parsed.success) expect(parsed.error.issues[0]?.path).toEqual(['password']);
    }
    // (Surrounding white space is trimmed away, which leaves nothing to smuggle.)
    for (const email of ['taro\r\n@example.test', 'taro@exam\nple.test', 'ta\0ro@example.test']) {
      expect(checkRequestSchema.safeParse({ ...base, email, password: 'x' }).success).toBe(false);
    }
    expect(
      checkRequestSchema.safeParse({ ...base, email: 'taro@example.test', password: 'fine' }).success,
    ).toBe(true);
  });
});
