/**
 * `npm run bench:check` — timings of the mail probe engine against the demo mail servers, with
 * `openssl s_client` doing the same TLS handshake + greeting for comparison. A benchmark, not a test:
 * it prints figures and exits 0 (it only fails when the demo servers cannot start).
 *
 * The demo servers run in this process (so the figures include their CPU and memory, as on a laptop
 * running `npm run demo`) on loopback at BENCH_PORT_OFFSET (default 20000, clear of a running demo on
 * 10000). BENCH_RUNS (default 20) and BENCH_CONCURRENCY (default 50) size the rounds.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import v8 from 'node:v8';
import vm from 'node:vm';
import { DEMO_MAILBOX, startDemoMail } from '../lib/demo/mail/start-demo-mail';
import { loadRegistryFile } from '../lib/mail-registry/load-registry';
import type { MailRegistry } from '../lib/mail-registry/registry-schema';
import type { EndpointResult, ProbeCredentials } from '../lib/mail-probe/probe-result';
import { runProbes, trustedCas } from '../lib/mail-probe/run-probes';

const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET || 20_000);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 50);
/** What one concurrent check probes: a typical customer check (outgoing + both incoming kinds). */
const CONCURRENT_IDS = ['submission', 'imaps', 'pop3s'];

// Heap growth is only meaningful after a full GC; tsx gives no --expose-gc, so enable it at run time.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => value.toFixed(1).padStart(8);

/** Nearest-rank percentile: with 20 runs p95 is the 19th value, not an interpolation. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * "21/21 ok" or "19/21 ok; CONNECT_TIMEOUT×2; warn AUTH_BEFORE_TLS×1": a timing of failures would be
 * meaningless unflagged, and warnings say what the demo servers do differently from a real service.
 */
function outcomes(results: EndpointResult[], wantLogin = false): string {
  const good = results.filter((r) => r.status !== 'fail' && (!wantLogin || r.login === 'ok'));
  const other = new Map<string, number>();
  for (const r of results) {
    const key = !good.includes(r)
      ? r.status === 'fail'
        ? r.code
        : `login ${r.login}`
      : r.status === 'warn'
        ? `warn ${r.code}`
        : null;
    if (key) other.set(key, (other.get(key) ?? 0) + 1);
  }
  const label = wantLogin ? 'logged in' : 'ok';
  return `${good.length}/${results.length} ${label}${[...other].map(([code, n]) => `; ${code}×${n}`).join('')}`;
}

function row(label: string, n: number | string, times: number[] | null, note = '') {
  const p50 = times ? ms(percentile(times, 50)) : '       -';
  const p95 = times ? ms(percentile(times, 95)) : '       -';
  const line = `${label.padEnd(56)} ${String(n).padStart(4)} ${p50} ${p95}  ${note}`;
  console.log(line.trimEnd());
}
function note(text: string) {
  console.log(`${' '.repeat(4)}${text}`);
}

/** `count` sequential runs of one probe call; returns the wall times and every endpoint result. */
async function sequential(count: number, work: () => Promise<EndpointResult[]>) {
  const times: number[] = [];
  const results: EndpointResult[] = [];
  for (let i = 0; i < count; i++) {
    const run = await timed(work);
    times.push(run.ms);
    results.push(...run.value);
  }
  return { times, results };
}

/**
 * One `openssl s_client` session: handshake (after STARTTLS for SMTP), greeting, then QUIT/LOGOUT so
 * the server closes and s_client exits (-ign_eof keeps it from hanging up as soon as stdin ends, before
 * the reply). -CAfile and -verify_hostname make it check the certificate as the engine does.
 */
function opensslSession(args: string[], input: string, expect: RegExp): Promise<{ ms: number; ok: boolean }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    const timer = setTimeout(() => child.kill(), 10_000);
    child.on('error', () => undefined);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({
        ms: performance.now() - start,
        ok: expect.test(output) && /Verify return code: 0 \(ok\)/.test(output),
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

function opensslAvailable(): boolean {
  const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

async function main() {
  const rssAtStart = process.memoryUsage().rss;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-check-'));
  const demo = await startDemoMail({
    dir,
    registry: loadRegistryFile('config/mail-service.demo.json'),
    portOffset: PORT_OFFSET,
  });
  // runProbes reads MAIL_CA_FILE on every call (trustedCas' default argument, cached by mtime), so
  // setting it here, before the first probe, is enough for the demo's self-signed certificate.
  process.env.MAIL_CA_FILE = demo.caFile;
  const registry: MailRegistry = loadRegistryFile(demo.registryFile);
  const endpoint = (id: string) => registry.endpoints.find((e) => e.id === id)!;
  const allIds = registry.endpoints.map((e) => e.id);
  const recommendedIds = registry.endpoints.filter((e) => e.recommended).map((e) => e.id);
  const credentials: ProbeCredentials = { ...DEMO_MAILBOX };
  const host = registry.endpoints[0]?.host ?? 'mail.example.test';

  try {
    console.log(
      `Probe engine benchmark: demo mail servers in-process on 127.0.0.1, port offset ${PORT_OFFSET}; ` +
        `Node ${process.version}, ${os.cpus().length} CPUs. Times in ms (wall clock).\n`,
    );
    console.log(
      `${'measurement'.padEnd(56)} ${'runs'.padStart(4)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  notes`,
    );
    console.log('-'.repeat(100));

    // The first check pays for module JIT, TLS context set-up and the CA read; shown apart, not mixed in.
    const cold = await timed(() => runProbes(registry, allIds));
    row(`first (cold) full check, ${allIds.length} endpoints`, 1, [cold.ms], outcomes(cold.value));

    // (a) One full check = one runProbes over every endpoint (they run in parallel inside it).
    const full = await sequential(RUNS, () => runProbes(registry, allIds));
    row(`(a) full check, ${allIds.length} endpoints, sequential`, RUNS, full.times, outcomes(full.results));

    // (b) Many checks at once, as when several customers press "check" together.
    gc();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 5);
    const perCheck: number[] = [];
    const burst = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, () =>
          timed(() => runProbes(registry, CONCURRENT_IDS)).then((run) => {
            perCheck.push(run.ms);
            return run.value;
          }),
        ),
      ),
    );
    clearInterval(sampler);
    const end = process.memoryUsage();
    peakRss = Math.max(peakRss, end.rss);
    peakHeap = Math.max(peakHeap, end.heapUsed);
    gc();
    const after = process.memoryUsage();
    row(
      `(b) ${CONCURRENCY} concurrent checks (${CONCURRENT_IDS.join('+')})`,
      CONCURRENCY,
      perCheck,
      outcomes(burst.value.flat()),
    );
    note(
      `total ${burst.ms.toFixed(0)} ms, ${((CONCURRENCY / burst.ms) * 1000).toFixed(1)} checks/s, ` +
        `${((CONCURRENCY * CONCURRENT_IDS.length * 1000) / burst.ms).toFixed(1)} endpoint probes/s`,
    );
    note(
      `RSS ${mb(rssAtStart)} at start, ${mb(before.rss)} before the round → peak ${mb(peakRss)} (+${mb(peakRss - before.rss)}); heap used ` +
        `${mb(before.heapUsed)} → peak ${mb(peakHeap)} (+${mb(peakHeap - before.heapUsed)}), ` +
        `after GC ${mb(after.heapUsed)} (${after.heapUsed >= before.heapUsed ? '+' : '-'}` +
        `${mb(Math.abs(after.heapUsed - before.heapUsed))} retained)`,
    );

    // (c) The checker's login test: the recommended endpoints with the demo mailbox's password.
    const login = await sequential(RUNS, () => runProbes(registry, recommendedIds, { credentials }));
    row(
      `(c) login test, ${recommendedIds.length} recommended endpoints`,
      RUNS,
      login.times,
      outcomes(login.results, true),
    );

    // (d) Engine vs openssl on the same two sessions, one endpoint at a time. The engine's SMTP probe
    // does more (EHLO before and after STARTTLS, AUTH lists, QUIT); openssl adds a process start.
    console.log('\n(d) TLS handshake + greeting: engine vs openssl s_client, one endpoint per run');
    const hasOpenssl = opensslAvailable();
    const alone: EndpointResult[] = [];
    const comparisons = [
      {
        id: 'submission',
        extra: ['-starttls', 'smtp'],
        input: 'QUIT\r\n',
        expect: /^221 /m,
      },
      { id: 'imaps', extra: [], input: 'a1 LOGOUT\r\n', expect: /^\* OK .*\r?\n[\s\S]*^a1 OK/m },
    ];
    for (const c of comparisons) {
      const e = endpoint(c.id);
      const port = e.probePort ?? e.port;
      const what = `${c.id} (${e.port} ${e.security === 'tls' ? 'TLS' : 'STARTTLS'})`;
      const engine = await sequential(RUNS, () => runProbes(registry, [c.id]));
      alone.push(...engine.results);
      row(`    engine  ${what}`, RUNS, engine.times, outcomes(engine.results));
      const label = `    openssl s_client ${c.extra.join(' ')} :${port}`.replace(/ +:/, ' :');
      if (!hasOpenssl) {
        row(label, '-', null, 'skipped (openssl not installed)');
        continue;
      }
      const args = [
        's_client',
        '-connect',
        `127.0.0.1:${port}`,
        '-servername',
        host,
        ...c.extra,
        '-CAfile',
        demo.caFile,
        '-verify_hostname',
        host,
        '-ign_eof',
      ];
      const times: number[] = [];
      let ok = 0;
      for (let i = 0; i < RUNS; i++) {
        const run = await opensslSession(args, c.input, c.expect);
        times.push(run.ms);
        if (run.ok) ok++;
      }
      row(label, RUNS, times, `${ok}/${RUNS} greeted, cert verified`);
    }
    if (hasOpenssl) {
      // What process start alone costs, to read the openssl rows fairly.
      const startOnly: number[] = [];
      for (let i = 0; i < RUNS; i++)
        startOnly.push(
          (
            await timed(
              () =>
                new Promise<void>((r) =>
                  spawn('openssl', ['version'], { stdio: 'ignore' }).on('close', () => r()),
                ),
            )
          ).ms,
        );
      row('    openssl version (process start only)', RUNS, startOnly);
    }

    // Where the time goes, so the rows above can be read: two costs that are not the protocol exchange.
    console.log('\nwhere the time goes');
    // smtp-server holds its greeting 100 ms to catch clients that talk first (not configurable), so
    // every SMTP row above, openssl's included, carries that delay; a real server usually greets at
    // once. Taken from submission probed alone: in a full check the wait also absorbs the CPU the
    // other endpoints' TLS set-up takes on the same event loop.
    const greetings = alone
      .filter((r) => endpoint(r.id).protocol === 'smtp')
      .map((r) => r.transcript.find((line) => line.dir === 'S')?.ms)
      .filter((value): value is number => value !== undefined);
    row('    SMTP greeting wait, from connect (smtp-server delay)', greetings.length, greetings);
    // tls.connect given `ca` (and no secureContext) parses the whole CA list into a new context for
    // every connection; this is that cost, paid once per TLS endpoint of every check.
    const cas = trustedCas() ?? [];
    const contextTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      tls.createSecureContext({ ca: cas });
      contextTimes.push(performance.now() - start);
    }
    row(
      `    new TLS context from the ${cas.length} trusted CAs`,
      RUNS,
      contextTimes,
      'CPU, per TLS connection',
    );
  } finally {
    // smtp-server waits for open sessions on close; every probe has quit by now, but do not hang on it.
    await Promise.race([demo.stop(), new Promise((r) => setTimeout(r, 5_000).unref())]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`bench:check could not run: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
