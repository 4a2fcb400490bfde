import { spawn } from 'node:child_process';
import os from 'node:os';
import { Counter, Histogram } from 'prom-client';
import { portalMetrics } from '@/lib/operations/metrics';

/**
 * Reads the text of a screenshot with Debian's tesseract (`apt-get install tesseract-ocr
 * tesseract-ocr-jpn`), Japanese and English at once. The image goes to the process on its standard
 * input and the text comes back on its standard output: it is never written to disk, never kept
 * and never logged. No shell is involved (the arguments are fixed), the process gets a bare
 * environment with one OpenMP thread, a time limit after which it is killed, and an output cap.
 * At most `concurrency` run at once (default: one fewer than the cores, at least one) so OCR never
 * takes every core from the server; a few more wait in a short queue, and beyond that, or after
 * waiting too long, the answer is "busy" (the route's 503).
 */

export interface OcrOptions {
  /** The program (tests point it elsewhere); `tesseract` from the PATH by default. */
  command: string;
  languages: string;
  timeoutMs: number;
  concurrency: number;
  /** How many may wait for a free slot, and for how long. */
  queue: number;
  queueWaitMs: number;
  /** The most text read from one image, in bytes of output. */
  maxOutputBytes: number;
}

export type OcrFailure = 'busy' | 'timeout' | 'failed' | 'unavailable';
export type OcrResult = { ok: true; text: string; ms: number } | { ok: false; error: OcrFailure };

export const DEFAULT_OCR_OPTIONS: OcrOptions = {
  command: 'tesseract',
  languages: 'jpn+eng',
  timeoutMs: 20_000,
  concurrency: Math.max(1, os.availableParallelism() - 1),
  queue: 4,
  queueWaitMs: 10_000,
  maxOutputBytes: 256 * 1024,
};

/** A counting semaphore with a bounded, time-limited queue. */
export class OcrSlots {
  private active = 0;
  private readonly waiting: { resolve: (ok: boolean) => void; timer: ReturnType<typeof setTimeout> }[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queue: number,
    private readonly waitMs: number,
  ) {}

  /** Resolves true with a slot taken (call `release` after), false when busy. */
  acquire(): Promise<boolean> {
    if (this.active < this.concurrency) {
      this.active += 1;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.queue) return Promise.resolve(false);
    return new Promise((resolve) => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          resolve(false);
        }, this.waitMs),
      };
      this.waiting.push(entry);
    });
  }

  release() {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(true); // the slot passes straight on
    } else this.active -= 1;
  }

  get inUse() {
    return this.active;
  }
}

/** One run of the OCR program over the image bytes; no slot handling. */
export function runTesseract(image: Uint8Array, options: OcrOptions): Promise<OcrResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: OcrResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(options.command, ['stdin', 'stdout', '-l', options.languages, '--psm', '3'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      shell: false,
      windowsHide: true,
      // A bare environment: one thread (two cores are shared with the server), and nothing of ours.
      env: {
        NODE_ENV: process.env.NODE_ENV,
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        OMP_THREAD_LIMIT: '1',
        LC_ALL: 'C.UTF-8',
      } as NodeJS.ProcessEnv,
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, error: 'timeout' });
    }, options.timeoutMs);
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= options.maxOutputBytes) chunks.push(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, error: error.code === 'ENOENT' ? 'unavailable' : 'failed' }),
    );
    child.on('close', (code) => {
      if (code !== 0) return finish({ ok: false, error: 'failed' });
      finish({
        ok: true,
        text: Buffer.concat(chunks).toString('utf8'),
        ms: performance.now() - started,
      });
    });
    // The program may exit before reading everything (a broken image): that is its answer, not ours.
    child.stdin.on('error', () => undefined);
    child.stdin.end(image);
  });
}

const holder = globalThis as unknown as {
  portalOcrSlots?: OcrSlots;
  portalOcrMetrics?: { runs: Counter<'result'>; seconds: Histogram };
};

/** OCR counters on the portal's Prometheus registry (docs/operations.md), registered once. */
function ocrMetrics() {
  holder.portalOcrMetrics ??= {
    runs: new Counter({
      name: 'portal_diagnose_ocr_total',
      help: 'Screenshots read for "paste the error, get the answer", by result: ok, empty, busy, timeout, failed, unavailable, refused.',
      labelNames: ['result'] as const,
      registers: [portalMetrics().registry],
    }),
    seconds: new Histogram({
      name: 'portal_diagnose_ocr_seconds',
      help: 'How long tesseract took to read one screenshot (successful runs).',
      buckets: [0.25, 0.5, 1, 2, 3, 5, 10, 20],
      registers: [portalMetrics().registry],
    }),
  };
  return holder.portalOcrMetrics;
}

/** Counts one screenshot's result (the route also counts images it refused before OCR). */
export function countOcr(result: 'ok' | 'empty' | 'refused' | OcrFailure, ms?: number) {
  const metrics = ocrMetrics();
  metrics.runs.inc({ result });
  if (ms !== undefined) metrics.seconds.observe(ms / 1000);
}

/** Reads the image's text within the process-wide limit of concurrent runs. */
export async function readImageText(
  image: Uint8Array,
  options: OcrOptions = DEFAULT_OCR_OPTIONS,
): Promise<OcrResult> {
  holder.portalOcrSlots ??= new OcrSlots(options.concurrency, options.queue, options.queueWaitMs);
  const slots = holder.portalOcrSlots;
  if (!(await slots.acquire())) return { ok: false, error: 'busy' };
  try {
    return await runTesseract(image, options);
  } finally {
    slots.release();
  }
}
