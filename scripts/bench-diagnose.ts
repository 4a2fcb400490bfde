/**
 * `npm run bench:diagnose` — how long "paste the error, get the answer" takes per pasted text, and
 * what 1,000 answers cost in memory, and per screenshot read by OCR. A benchmark, not a test: it
 * prints figures and exits 0 (1 only when BENCH_STRICT=1 and a p95 target, 20 ms per text or 3 s per
 * screenshot, is missed).
 *
 * Every message of the test corpus (tests/support/diagnose-corpus.ts) is answered BENCH_ROUNDS times
 * (default 50) after a warm-up, alternately in Japanese and English; the time is that of `diagnosePasted()`,
 * the whole answer (a whole returned mail read as MIME, reading, ranking, the registry, the program's steps and the wording). Then
 * BENCH_REQUESTS answers (default 1,000) of texts drawn from the corpus and a 10,000-character
 * pasted bounce, with RSS and heap before and after (after a GC when node runs with --expose-gc).
 *
 * Then screenshots: every image of tests/fixtures/diagnose/ read by tesseract (the route's own
 * `readImageText`, so within its OCR slots), normalized and answered, BENCH_OCR_ROUNDS times each
 * (default 5); p50/p95 per screenshot against the target of 3 s, and the server process's RSS before
 * and after (tesseract's memory is its own process's, gone when it exits). Skipped without tesseract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRegistryFile } from '../lib/mail-registry/load-registry';
import { diagnose, diagnosePasted } from '../lib/diagnose/diagnose';
import { readImageText } from '../lib/diagnose/ocr';
import { normalizeOcrText } from '../lib/diagnose/ocr-text';
import { DIAGNOSE_CORPUS } from '../tests/support/diagnose-corpus';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 1000);
const TARGET_MS = 20;
const OCR_ROUNDS = Number(process.env.BENCH_OCR_ROUNDS || 5);
const OCR_TARGET_MS = 3_000;

const registry = loadRegistryFile('config/mail-service.demo.json');
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// The longest text a request may carry: a returned mail padded to 10,000 characters.
const longBounce = (
  DIAGNOSE_CORPUS.find((c) => c.group === 'postfix-bounce')!.text + '\n> quoted line of the original message'
).padEnd(10_000, ' lorem');
const texts = [...DIAGNOSE_CORPUS.map((c) => c.text), longBounce];

/** Texts: p50/p95 per text and over all, then memory over BENCH_REQUESTS answers; the worst p95. */
async function benchTexts(): Promise<number> {
  for (const text of texts) await diagnosePasted(text, registry, 'ja');

  const perText: { text: string; p50: number; p95: number }[] = [];
  const all: number[] = [];
  for (const text of texts) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      await diagnosePasted(text, registry, round % 2 ? 'en' : 'ja');
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    perText.push({ text, p50: pct(times, 50), p95: pct(times, 95) });
  }
  all.sort((a, b) => a - b);
  const p95s = perText.map((t) => t.p95).sort((a, b) => a - b);

  gc();
  const before = process.memoryUsage();
  let codes = 0;
  for (let i = 0; i < REQUESTS; i += 1) {
    const text = i % 50 === 49 ? longBounce : texts[(i * 7919) % texts.length]!;
    codes += (await diagnosePasted(text, registry, i % 2 ? 'en' : 'ja')).diagnoses.length;
  }
  gc();
  const after = process.memoryUsage();

  const slowest = [...perText].sort((a, b) => b.p95 - a.p95).slice(0, 5);
  console.log(`paste the error, get the answer — ${texts.length} texts × ${ROUNDS} rounds`);
  console.log(
    `  all answers      p50 ${pct(all, 50).toFixed(3)} ms   p95 ${pct(all, 95).toFixed(3)} ms   max ${all.at(-1)!.toFixed(3)} ms`,
  );
  console.log(
    `  per-text p95     median ${pct(p95s, 50).toFixed(3)} ms   worst ${p95s.at(-1)!.toFixed(3)} ms   (target ≤ ${TARGET_MS} ms)`,
  );
  console.log('  slowest texts (p95):');
  for (const t of slowest)
    console.log(
      `    ${t.p95.toFixed(3)} ms  ${t.text.slice(0, 60).replace(/\s+/g, ' ')}${t.text.length > 60 ? '…' : ''} (${t.text.length} chars)`,
    );
  console.log(
    `${REQUESTS} answers (${codes} diagnoses)${(globalThis as { gc?: unknown }).gc ? '' : ' — run with node --expose-gc for settled figures'}`,
  );
  console.log(`  RSS   ${mb(before.rss)} → ${mb(after.rss)} (${mb(after.rss - before.rss)})`);
  console.log(
    `  heap  ${mb(before.heapUsed)} → ${mb(after.heapUsed)} (${mb(after.heapUsed - before.heapUsed)})`,
  );
  return p95s.at(-1)!;
}

/** Screenshots: OCR, normalization and the answer, per image; null without tesseract. */
async function benchScreenshots(): Promise<number | null> {
  const dir = path.join('tests', 'fixtures', 'diagnose');
  const images = fs
    .readdirSync(dir)
    .filter((f) => /\.(png|jpg|webp)$/.test(f))
    .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(dir, f))) }));
  const probe = await readImageText(images[0]!.bytes);
  if (!probe.ok && probe.error === 'unavailable') {
    console.log(
      'screenshots — skipped: tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-jpn)',
    );
    return null;
  }
  gc();
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  const perImage: { name: string; p95: number; code: string }[] = [];
  for (const image of images) {
    const own: number[] = [];
    let code = '';
    for (let round = 0; round < OCR_ROUNDS; round += 1) {
      const started = performance.now();
      const read = await readImageText(image.bytes);
      const text = read.ok ? normalizeOcrText(read.text) : '';
      code = text ? diagnose(text, registry, 'ja').diagnoses[0]!.code : read.ok ? '(no text)' : read.error;
      own.push(performance.now() - started);
    }
    own.sort((a, b) => a - b);
    times.push(...own);
    perImage.push({ name: image.name, p95: pct(own, 95), code });
  }
  gc();
  const rssAfter = process.memoryUsage().rss;
  times.sort((a, b) => a - b);
  console.log(
    `screenshots — ${images.length} images × ${OCR_ROUNDS} rounds (tesseract jpn+eng, one at a time)`,
  );
  console.log(
    `  all reads        p50 ${pct(times, 50).toFixed(0)} ms   p95 ${pct(times, 95).toFixed(0)} ms   max ${times.at(-1)!.toFixed(0)} ms   (target p95 ≤ ${OCR_TARGET_MS} ms)`,
  );
  for (const t of perImage) console.log(`    ${t.p95.toFixed(0).padStart(5)} ms  ${t.name} → ${t.code}`);
  console.log(
    `  RSS   ${mb(rssBefore)} → ${mb(rssAfter)} (${mb(rssAfter - rssBefore)}) over ${times.length} reads`,
  );
  return pct(times, 95);
}

async function main() {
  const textP95 = await benchTexts();
  const ocrP95 = await benchScreenshots();
  const missed = textP95 > TARGET_MS || (ocrP95 !== null && ocrP95 > OCR_TARGET_MS);
  if (process.env.BENCH_STRICT === '1' && missed) process.exit(1);
}

void main();
