import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The client address the route limits on; the per-file database starts empty.
const meta = vi.hoisted(() => ({ ip: '192.0.2.77' }));
vi.mock('@/lib/auth/request-context', () => ({
  requestMeta: async () => ({ ip: meta.ip, userAgent: 'test', secure: false }),
}));

import { POST } from '@/app/api/diagnose/route';
import { DIAGNOSE_LIMITS } from '@/lib/diagnose/diagnose-request';
import { IMAGE_LIMITS } from '@/lib/diagnose/image-input';
import { OcrSlots } from '@/lib/diagnose/ocr';
import { diagnosisInsights, flushDiagnoses } from '@/lib/insights/record-diagnosis';
import { portalMetrics } from '@/lib/operations/metrics';
import { captureLogs } from '../support/log-capture';
import { db } from '../support/notice-fixtures';

const hasTesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('jpn');
const fixture = (file: string) => fs.readFileSync(path.join('tests/fixtures/diagnose', file));

let client = 0;
beforeEach(() => {
  client += 1;
  meta.ip = `198.51.100.${client}`;
});

type Body = {
  error?: string;
  extracted?: string;
  diagnoses?: { code: string; title: string; links: { kind: string; href: string }[] }[];
  facts?: Record<string, unknown>;
};

function upload(
  image: Uint8Array | null,
  fields: Record<string, string> = { locale: 'en' },
  type = 'image/png',
  name = 'screenshot.png',
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (image) form.set('image', new Blob([new Uint8Array(image)], { type }), name);
  return POST(new Request('http://portal.test/api/diagnose', { method: 'POST', body: form }));
}

/** Makes every OCR slot look taken (busy), for the duration of `run`. */
async function withBusyOcr<T>(run: () => Promise<T>): Promise<T> {
  const holder = globalThis as { portalOcrSlots?: OcrSlots };
  const saved = holder.portalOcrSlots;
  holder.portalOcrSlots = new OcrSlots(0, 0, 0);
  try {
    return await run();
  } finally {
    holder.portalOcrSlots = saved;
  }
}

describe('POST /api/diagnose with a screenshot: refused before any OCR', () => {
  it('400 for files that are not PNG, JPEG or WebP, whatever their name and type say', async () => {
    for (const [bytes, type] of [
      [new TextEncoder().encode('Error Number: 0x800CCC0E'), 'image/png'],
      [new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00'), 'image/gif'],
      [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    ] as const) {
      const response = await upload(bytes, { locale: 'ja' }, type);
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(((await response.json()) as Body).error).toBe('invalid-image');
    }
  });

  it('413 for a file over 5 MB and for an image with too many pixels', async () => {
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    big.set(fixture('blank.png').subarray(0, 33));
    const tooBig = await upload(big);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as Body).error).toBe('image-too-large');
    // A body past the cap is not read to its end.
    const huge = await upload(new Uint8Array(DIAGNOSE_LIMITS.maxImageBodyBytes + 10));
    expect(huge.status).toBe(413);

    const bomb = Buffer.from(fixture('blank.png'));
    bomb.writeUInt32BE(40_000, 16);
    bomb.writeUInt32BE(40_000, 20);
    const response = await upload(bomb);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).error).toBe('image-too-many-pixels');
  });

  it('400 for a missing image, two images, an unknown field or language', async () => {
    const png = fixture('blank.png');
    expect((await upload(null)).status).toBe(400);
    expect((await upload(png, {})).status).toBe(400);
    expect((await upload(png, { locale: 'fr' })).status).toBe(400);
    expect((await upload(png, { locale: 'en', text: 'x' })).status).toBe(400);
    const form = new FormData();
    form.set('locale', 'en');
    form.append('image', new Blob([png]), 'a.png');
    form.append('image', new Blob([png]), 'b.png');
    expect(
      (await POST(new Request('http://portal.test/api/diagnose', { method: 'POST', body: form }))).status,
    ).toBe(400);
    const notMultipart = await POST(
      new Request('http://portal.test/api/diagnose', {
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
        body: 'not a multipart body',
      }),
    );
    expect(notMultipart.status).toBe(400);
  });

  it('503 "busy" with Retry-After when every OCR slot is taken', async () => {
    const response = await withBusyOcr(() => upload(fixture('blank.png')));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(((await response.json()) as Body).error).toBe('busy');
  });

  it('limits screenshots per client to 20 an hour (429), within the answers’ own limit', async () => {
    await withBusyOcr(async () => {
      for (let i = 0; i < DIAGNOSE_LIMITS.imagesPerClientPerHour; i += 1)
        expect((await upload(fixture('blank.png'))).status).toBe(503);
      const refused = await upload(fixture('blank.png'));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    });
    // Pasted text is still answered for this client.
    const text = await POST(
      new Request('http://portal.test/api/diagnose', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: '535 5.7.8', locale: 'en' }),
      }),
    );
    expect(text.status).toBe(200);
  });
});

describe.skipIf(!hasTesseract && !process.env.CI)('POST /api/diagnose with a screenshot, read by OCR', () => {
  it('answers a Japanese Outlook dialog in Japanese, with the text it read', async () => {
    const response = await upload(fixture('outlook-port25-ja.png'), { locale: 'ja' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Body;
    expect(body.diagnoses![0]).toMatchObject({
      code: 'PORT_25_BLOCKED',
      title: 'ポート25での送信がブロックされています',
    });
    expect(body.facts).toMatchObject({ port: 25, ssl: false, errorCode: '0x800CCC0E' });
    expect(body.extracted).toContain('サーバーへの接続に失敗しました。');
    expect(body.extracted).toContain('0x800CCC0E');
  });

  it('answers an English bounce sent as WebP, and a JPEG', async () => {
    const bounce = await upload(fixture('bounce-550-en.webp'), { locale: 'en' }, 'image/webp', 'bounce.webp');
    expect(((await bounce.json()) as Body).diagnoses![0]!.code).toBe('RECIPIENT_UNKNOWN');
    const jpeg = await upload(
      fixture('outlook-port25-en.jpg'),
      { locale: 'en' },
      'image/jpeg',
      'outlook.jpg',
    );
    const body = (await jpeg.json()) as Body;
    expect(body.diagnoses![0]!.code).toBe('PORT_25_BLOCKED');
    expect(body.diagnoses![0]!.links.some((l) => l.kind === 'checker')).toBe(true);
  });

  it('422 when there is no text on the image, or the image is broken', async () => {
    const blank = await upload(fixture('blank.png'));
    expect(blank.status).toBe(422);
    expect(((await blank.json()) as Body).error).toBe('no-text');
    const broken = await upload(fixture('outlook-port25-en.png').subarray(0, 300));
    expect(broken.status).toBe(422);
    expect(['unreadable', 'no-text']).toContain(((await broken.json()) as Body).error);
  });

  it('never logs or stores the text or the image; counts code, language and source only', async () => {
    const logs = captureLogs();
    const spies = (['log', 'info', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m));
    const response = await upload(fixture('bounce-550-ja.png'), { locale: 'ja' });
    logs.restore();
    expect(response.status).toBe(200);
    for (const line of logs.lines) expect(line).not.toMatch(/hanakko|other\.test|5\.1\.1/);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
    const metrics = await portalMetrics().registry.getSingleMetricAsString('portal_diagnoses_total');
    expect(metrics).toContain('code="RECIPIENT_UNKNOWN",program="none",locale="ja",source="image"');
    expect(await portalMetrics().registry.getSingleMetricAsString('portal_diagnose_ocr_total')).toMatch(
      /result="ok"} [1-9]/,
    );

    await flushDiagnoses();
    const rows = await db.diagnosisCount.findMany({
      where: { source: 'image', code: 'RECIPIENT_UNKNOWN', locale: 'ja' },
    });
    expect(rows).toEqual([expect.objectContaining({ locale: 'ja', program: '', count: 1 })]);
    expect(JSON.stringify(await db.diagnosisCount.findMany())).not.toMatch(/hanakko|other\.test/);
    const insights = await diagnosisInsights(30);
    expect(insights.bySource.image).toBeGreaterThanOrEqual(1);
  });
});
