import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diagnose } from '@/lib/diagnose/diagnose';
import { checkImage, IMAGE_LIMITS } from '@/lib/diagnose/image-input';
import { DEFAULT_OCR_OPTIONS, OcrSlots, readImageText, runTesseract } from '@/lib/diagnose/ocr';
import { normalizeOcrText } from '@/lib/diagnose/ocr-text';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { SCREENSHOT_CASES } from '../support/diagnose-screenshots';

const registry = loadRegistryFile('config/mail-service.demo.json');
const fixture = (file: string) => new Uint8Array(fs.readFileSync(path.join('tests/fixtures/diagnose', file)));
const hasTesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('jpn');

/** A PNG signature and IHDR claiming `width` × `height`, and nothing else. */
function pngHeader(width: number, height: number) {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return new Uint8Array(b);
}

describe('normalizeOcrText', () => {
  it('makes full-width text half-width and drops the spaces OCR puts between Japanese characters', () => {
    expect(normalizeOcrText('サ ー バ ー へ の 接 続 に 失 敗 し ま し た 。')).toBe(
      'サーバーへの接続に失敗しました。',
    );
    expect(normalizeOcrText('ＳＭＴＰ　ポート：２５')).toBe('SMTP ポート:25');
    expect(normalizeOcrText('Port: 25,  Secure(SSL):   No')).toBe('Port: 25, Secure(SSL): No');
  });

  it('puts right the misreadings that change an answer', () => {
    expect(normalizeOcrText('Error Number: 0x800CCCOE')).toBe('Error Number: 0x800CCC0E');
    expect(normalizeOcrText('エラー番号: OX800CCCOE')).toBe('エラー番号: 0x800CCC0E');
    expect(normalizeOcrText('ボート: 25')).toBe('ポート: 25');
    expect(normalizeOcrText('バスワードが正しくありません')).toBe('パスワードが正しくありません');
    expect(normalizeOcrText('サ一バ一に接続できません')).toBe('サーバーに接続できません');
    // Words with an O are left alone.
    expect(normalizeOcrText('Outlook OK')).toBe('Outlook OK');
  });

  it('joins Japanese wrapped across lines, but not the next line of a dialog', () => {
    expect(normalizeOcrText('ユーザ名またはパ\nスワードが正しくありません。')).toBe(
      'ユーザ名またはパスワードが正しくありません。',
    );
    expect(normalizeOcrText('セキュリティ(SSL): いいえ\nソケット エラー: 10060')).toBe(
      'セキュリティ(SSL): いいえ\nソケットエラー: 10060',
    );
    expect(normalizeOcrText('失敗しました。\n接続できません')).toBe('失敗しました。\n接続できません');
  });

  it('keeps at most the text path’s 10,000 characters', () => {
    expect(normalizeOcrText('a '.repeat(20_000)).length).toBe(10_000);
  });
});

describe('checkImage: judged from the bytes, before anything decodes them', () => {
  it('knows PNG, JPEG and WebP by their magic bytes and reads their size from the header', () => {
    expect(checkImage(fixture('outlook-port25-en.png'))).toEqual({
      ok: true,
      type: 'png',
      width: 642,
      height: 253,
    });
    expect(checkImage(fixture('outlook-port25-en.jpg'))).toEqual({
      ok: true,
      type: 'jpeg',
      width: 642,
      height: 253,
    });
    expect(checkImage(fixture('bounce-550-en.webp'))).toEqual({
      ok: true,
      type: 'webp',
      width: 690,
      height: 241,
    });
  });

  it('refuses other files, whatever they are called', () => {
    for (const bytes of [
      new TextEncoder().encode('Error Number: 0x800CCC0E'),
      new TextEncoder().encode('GIF89a\x01\x00\x01\x00'),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><text>0x800CCC0E</text></svg>'),
      new TextEncoder().encode('%PDF-1.7'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
      new Uint8Array(0),
      pngHeader(0, 10),
    ])
      expect(checkImage(bytes)).toEqual({ ok: false, error: 'invalid-image' });
  });

  it('refuses images too large in bytes or in pixels (a decompression bomb never reaches the decoder)', () => {
    expect(checkImage(new Uint8Array(IMAGE_LIMITS.maxBytes + 1))).toEqual({
      ok: false,
      error: 'image-too-large',
    });
    for (const [w, h] of [
      [30_000, 30_000],
      [IMAGE_LIMITS.maxSide + 1, 10],
      [5_000, 4_000],
    ])
      expect(checkImage(pngHeader(w!, h!))).toEqual({ ok: false, error: 'image-too-many-pixels' });
    expect(checkImage(pngHeader(1290, 2796))).toMatchObject({ ok: true, width: 1290, height: 2796 });
  });
});

describe('OcrSlots: at most so many OCR runs at once, a short queue, then busy', () => {
  it('queues up to its limit, hands a freed slot on, and says busy beyond', async () => {
    const slots = new OcrSlots(1, 1, 5_000);
    expect(await slots.acquire()).toBe(true);
    const queued = slots.acquire();
    expect(await slots.acquire()).toBe(false);
    slots.release();
    expect(await queued).toBe(true);
    slots.release();
    expect(slots.inUse).toBe(0);
  });

  it('gives up on a wait that takes too long', async () => {
    const slots = new OcrSlots(1, 4, 50);
    await slots.acquire();
    expect(await slots.acquire()).toBe(false);
  });
});

describe('runTesseract: a child process, no shell, a time limit', () => {
  it('says unavailable when the program is not installed, failed when it fails', async () => {
    const image = fixture('blank.png');
    expect(await runTesseract(image, { ...DEFAULT_OCR_OPTIONS, command: 'no-such-ocr-program' })).toEqual({
      ok: false,
      error: 'unavailable',
    });
    expect(await runTesseract(image, { ...DEFAULT_OCR_OPTIONS, command: 'false' })).toEqual({
      ok: false,
      error: 'failed',
    });
  });

  it('kills a run that takes too long', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slow-ocr-'));
    const slow = path.join(dir, 'slow-ocr');
    fs.writeFileSync(slow, '#!/bin/sh\nexec sleep 10\n', { mode: 0o755 });
    const started = Date.now();
    expect(
      await runTesseract(fixture('blank.png'), { ...DEFAULT_OCR_OPTIONS, command: slow, timeoutMs: 200 }),
    ).toEqual({
      ok: false,
      error: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    fs.rmSync(dir, { recursive: true });
  });
});

// CI installs tesseract (.ci/run); on a machine without it these are skipped, and said so.
describe.skipIf(!hasTesseract && !process.env.CI)(
  'screenshots rendered in Chromium, read back by tesseract',
  () => {
    const files = SCREENSHOT_CASES.flatMap((c) =>
      (c.formats ?? ['png']).map((format) => ({
        ...c,
        file: `${c.name}.${format === 'jpeg' ? 'jpg' : format}`,
      })),
    );

    it.each(files)('$file → $code', async ({ file, code, reads, lang }) => {
      const read = await readImageText(fixture(file));
      expect(read.ok).toBe(true);
      const text = normalizeOcrText(read.ok ? read.text : '');
      for (const words of reads) expect(text.toLowerCase()).toContain(words);
      expect(diagnose(text, registry, lang).diagnoses[0]!.code).toBe(code);
    });

    it('finds no text in an empty dialog', async () => {
      const read = await readImageText(fixture('blank.png'));
      expect(read.ok && normalizeOcrText(read.text)).toBe('');
    });

    it('fails cleanly on an image that is broken after its header', async () => {
      const broken = fixture('outlook-port25-en.png').slice(0, 200);
      const read = await readImageText(broken);
      expect(read.ok ? normalizeOcrText(read.text) : read.error).toMatch(/^(failed|)$/);
    });
  },
);
