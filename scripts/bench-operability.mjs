// `npm run bench:operability` — what the operability layer (issue 34) costs the cached pages: the
// request metrics every response is observed in (lib/operations/http-metrics.ts) and the structured
// logger. The portal runs twice on the same production build and demo database, once as shipped and
// once with both off (PORTAL_HTTP_METRICS=0, LOG_LEVEL=silent), alternating BENCH_ROUNDS times
// (default 3 each, which mode goes first alternating too). Each round measures a cached notice page
// and the home page with wrk (10 connections, BENCH_SECONDS, default 8, after 3 s of warm-up).
// Budget (issue 34): at most 5 % fewer requests per second as shipped. Beside it, the direct cost of
// one observation (template lookup and histogram), measured in this process.
//
// A benchmark, not a test: it prints a table, writes it to docs/benchmarks.md and exits 0 whether or
// not the budget is met.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { measureWithWrk, wrkInstalled } from './lib/load-wrk.mjs';
import {
  machineLine,
  markdownTable,
  sleep,
  startBenchServer,
  warmPages,
  writeDocSection,
} from './lib/bench-server.mjs';
import { root } from './lib/tasks.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 3));
const PAGES = ['/ja/notices/smtp-auth-replaces-pop-before-smtp', '/en'];

if (!wrkInstalled()) {
  console.error('bench:operability needs wrk (apt-get install -y wrk).');
  process.exit(1);
}

/** The CPU one observation costs (template lookup and histogram), in µs (scripts/bench-operability-cost.ts). */
function observationCost() {
  const out = execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/bench-operability-cost.ts'],
    { cwd: root, encoding: 'utf8' },
  );
  return Number(out.trim().split('\n').at(-1));
}

async function round(mode) {
  const extraEnv = mode === 'off' ? { PORTAL_HTTP_METRICS: '0', LOG_LEVEL: 'silent' } : {};
  const app = await startBenchServer({ extraEnv });
  try {
    await warmPages(
      app.base,
      PAGES.map((url) => ({ url })),
    );
    const result = {};
    for (const page of PAGES) {
      await measureWithWrk(app.base + page, 10, 3);
      result[page] = await measureWithWrk(app.base + page, 10, SECONDS);
    }
    return result;
  } finally {
    app.stop();
    // The next round's server takes the same port: wait until this one has let it go (otherwise the
    // next round can find this server still answering, then gone).
    for (let i = 0; i < 40; i += 1) {
      const open = await fetch(`${app.base}/en`).then(
        (r) => (r.body?.cancel(), true),
        () => false,
      );
      if (!open) break;
      await sleep(250);
    }
    await sleep(500);
  }
}

const cost = observationCost();
console.log(`▶ One observation (template lookup and histogram): ${cost.toFixed(2)} µs of CPU.`);
const runs = { off: [], on: [] };
for (let i = 0; i < ROUNDS; i += 1) {
  for (const mode of i % 2 ? ['on', 'off'] : ['off', 'on']) {
    console.log(`▶ Round ${i + 1}, metrics and logs ${mode}…`);
    const r = await round(mode);
    for (const page of PAGES)
      console.log(`  ${page}: ${Math.round(r[page].rps)} req/s, p99 ${r[page].p99} ms`);
    runs[mode].push(r);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rows = [];
const losses = [];
for (const page of PAGES) {
  const off = median(runs.off.map((r) => r[page].rps));
  const on = median(runs.on.map((r) => r[page].rps));
  const loss = ((off - on) / off) * 100;
  losses.push(loss);
  const range = (mode) =>
    `${Math.round(Math.min(...runs[mode].map((r) => r[page].rps)))}–${Math.round(Math.max(...runs[mode].map((r) => r[page].rps)))}`;
  rows.push([
    `\`${page}\``,
    `${Math.round(off)} (${range('off')})`,
    `${Math.round(on)} (${range('on')})`,
    `${loss.toFixed(1)} %`,
  ]);
}
const table = markdownTable(['page', 'off: req/s (rounds)', 'as shipped: req/s (rounds)', 'loss'], rows);
const worst = Math.max(...losses);
const direct =
  `Measured directly, one observation costs ${cost.toFixed(2)} µs of CPU; at the shipped ` +
  `throughput of the notice page that is ${((cost * median(runs.on.map((r) => r[PAGES[0]].rps))) / 10_000).toFixed(2)} % of one core.`;
const verdict =
  `Throughput loss as shipped, worst page: ${worst.toFixed(1)} % of the median (budget 5 %) → ` +
  `${worst <= 5 ? 'met' : 'NOT met'}. ${ROUNDS} alternating rounds per mode, ${SECONDS} s each after 3 s of ` +
  'warm-up, wrk at 10 connections; a machine that drifts between rounds moves both modes alike.';
console.log(`\n${table}\n\n${verdict}\n\n${direct}`);
writeDocSection(
  'operability',
  ['## Metrics and logs on cached pages', '', machineLine(), '', table, '', verdict, '', direct].join('\n'),
);
process.exit(0);
