/**
 * `npm run bench:diagnose` — how long "paste the error, get the answer" takes per pasted text, and
 * what 1,000 answers cost in memory. A benchmark, not a test: it prints figures and exits 0 (1 only
 * when BENCH_STRICT=1 and the p95 target of 20 ms is missed).
 *
 * Every message of the test corpus (tests/support/diagnose-corpus.ts) is answered BENCH_ROUNDS times
 * (default 50) after a warm-up, alternately in Japanese and English; the time is that of `diagnose()`,
 * the whole answer (reading, ranking, the registry, the program's steps and the wording). Then
 * BENCH_REQUESTS answers (default 1,000) of texts drawn from the corpus and a 10,000-character
 * pasted bounce, with RSS and heap before and after (after a GC when node runs with --expose-gc).
 */
import { performance } from 'node:perf_hooks';
import { loadRegistryFile } from '../lib/mail-registry/load-registry';
import { diagnose } from '../lib/diagnose/diagnose';
import { DIAGNOSE_CORPUS } from '../tests/support/diagnose-corpus';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 1000);
const TARGET_MS = 20;

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

for (const text of texts) diagnose(text, registry, 'ja');

const perText: { text: string; p50: number; p95: number }[] = [];
const all: number[] = [];
for (const text of texts) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    diagnose(text, registry, round % 2 ? 'en' : 'ja');
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
  codes += diagnose(text, registry, i % 2 ? 'en' : 'ja').diagnoses.length;
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
if (process.env.BENCH_STRICT === '1' && p95s.at(-1)! > TARGET_MS) process.exit(1);
