import { beforeEach, describe, expect, it, vi } from 'vitest';

// The client address the route limits on; the per-file database starts empty.
const meta = vi.hoisted(() => ({ ip: '192.0.2.77' }));
vi.mock('@/lib/auth/request-context', () => ({
  requestMeta: async () => ({ ip: meta.ip, userAgent: 'test', secure: false }),
}));

import { POST } from '@/app/api/diagnose/route';
import { DIAGNOSE_LIMITS } from '@/lib/diagnose/diagnose-request';
import { DIAGNOSIS_CODES } from '@/lib/diagnose/diagnosis-codes';
import { portalMetrics } from '@/lib/operations/metrics';
import { captureLogs } from '../support/log-capture';
import { base64Part, RETURNED_ORIGINAL, returnedMail } from '../support/returned-mail';

let client = 0;
beforeEach(() => {
  client += 1;
  meta.ip = `192.0.2.${client}`;
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://portal.test/api/diagnose', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

describe('POST /api/diagnose', () => {
  it('answers ranked diagnoses of the closed set, with facts, title, steps and links, never stored', async () => {
    const response = await post({
      text: "The connection to the server has failed. Account: 'a', Server: 'mail.example.test', Protocol: SMTP, Port: 25, Secure(SSL): No, Error Number: 0x800CCC0E",
      locale: 'en',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as {
      locale: string;
      diagnoses: {
        code: string;
        confidence: number;
        facts: object;
        title: string;
        steps: string[];
        links: { href: string }[];
      }[];
    };
    expect(body.locale).toBe('en');
    expect(body.diagnoses.length).toBeGreaterThanOrEqual(1);
    for (const d of body.diagnoses) {
      expect(DIAGNOSIS_CODES).toContain(d.code);
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
      expect(typeof d.title).toBe('string');
      expect(Array.isArray(d.steps)).toBe(true);
      expect(d.links.length).toBeGreaterThan(0);
    }
    const first = body.diagnoses[0]!;
    expect(first.code).toBe('PORT_25_BLOCKED');
    expect(first.facts).toMatchObject({ protocol: 'smtp', port: 25, ssl: false });
    expect(first.title).toBe('Sending on port 25 is blocked');
    // Counted by code, program and language only.
    const metrics = await portalMetrics().registry.getSingleMetricAsString('portal_diagnoses_total');
    expect(metrics).toContain('code="PORT_25_BLOCKED",program="outlook",locale="en"');
  });

  it('reads a returned mail pasted whole as MIME: the base64 report, not the returned original', async () => {
    const text = returnedMail([
      base64Part('The mail system: 552 5.2.2 <hanako@other.test>: Mailbox full\n'),
      RETURNED_ORIGINAL,
    ]);
    const body = (await (await post({ text, locale: 'en' })).json()) as { diagnoses: { code: string }[] };
    expect(body.diagnoses[0]!.code).toBe('MAILBOX_FULL');
  });

  it('answers in Japanese', async () => {
    const response = await post({ text: '０ｘ８００ＣＣＣ９２', locale: 'ja' });
    const body = (await response.json()) as { diagnoses: { code: string; title: string }[] };
    expect(body.diagnoses[0]).toMatchObject({
      code: 'WRONG_PASSWORD',
      title: 'パスワード（またはユーザー名）が受け付けられませんでした',
    });
  });

  it('refuses malformed requests with 400 and oversized ones with 413', async () => {
    for (const body of [
      {},
      { text: 'x' },
      { text: 'x', locale: 'fr' },
      { text: '   ', locale: 'en' },
      { text: 5, locale: 'en' },
      { text: 'x', locale: 'en', extra: true },
      'not json',
    ])
      expect([body, (await post(body)).status]).toEqual([body, 400]);
    expect((await post({ text: 'a'.repeat(DIAGNOSE_LIMITS.maxTextChars + 1), locale: 'en' })).status).toBe(
      413,
    );
    const huge = await post({ text: 'a'.repeat(DIAGNOSE_LIMITS.maxBodyBytes), locale: 'en' });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('cache-control')).toBe('no-store');
  });

  it('limits each client per hour (429 with Retry-After), not the others', async () => {
    for (let i = 0; i < DIAGNOSE_LIMITS.perClientPerHour; i += 1)
      expect((await post({ text: '535 5.7.8', locale: 'en' })).status).toBe(200);
    const refused = await post({ text: '535 5.7.8', locale: 'en' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rate-limited' });
    meta.ip = '198.51.100.9';
    expect((await post({ text: '535 5.7.8', locale: 'en' })).status).toBe(200);
  });

  it('never writes the text to the log', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m));
    const logs = captureLogs();
    await post({ text: 'secret-marker-4711 554 5.7.1 Relay access denied', locale: 'en' });
    logs.restore();
    expect(logs.lines.join('')).not.toContain('secret-marker-4711');
    for (const spy of spies) {
      for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain('secret-marker-4711');
      spy.mockRestore();
    }
  });
});
