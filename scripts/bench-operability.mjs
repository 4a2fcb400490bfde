// `npm run bench:operability` — what the operability layer (issue 34) costs the cached pages: the
// request metrics every response is observed in (lib/operations/http-metrics.ts) and the structured
// logger. Two portals run side by side on the same production build, each over its own fresh demo
// database: one as shipped, one with both off (PORTAL_HTTP_METRICS=0, LOG_LEVEL=silent). Each page
// is measured in BENCH_ROUNDS pairs (default 8): BENCH_SECONDS (default 4) on one server right after
// the same on the other, which goes first alternating, 1 s of warm-up each. A host that drifts (this
// one does, by tens of percent over minutes) moves both halves of a pair alike, so the loss is the
// median of the pairs' own losses, not a difference of two separate runs' medians.
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
  startBenchServer,
  warmPages,
  writeDocSection,
} from './lib/bench-server.mjs';
import { root } from './lib/tasks.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 4);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 8));
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

const METRICS_TOKEN = 'bench-operability-metrics-token';
const cost = observationCost();
console.log(`▶ One observation (template lookup and histogram): ${cost.toFixed(2)} µs of CPU.`);
const servers = {
  off: await startBenchServer({
    name: 'operability-off',
    port: 3500,
    extraEnv: { PORTAL_HTTP_METRICS: '0', LOG_LEVEL: 'silent', METRICS_TOKEN },
  }),
};
servers.on = await startBenchServer({
  name: 'operability-on',
  port: servers.off.port + 1,
  extraEnv: { METRICS_TOKEN },
});
for (const mode of ['off', 'on'])
  await warmPages(
    servers[mode].base,
    PAGES.map((url) => ({ url })),
  );
// Both really differ as intended: the shipped server counts requests, the other does not.
const counted = async (mode) =>
  /portal_http_request_duration_seconds_count\{[^}]*\} [1-9]/.test(
    await (
      await fetch(`${servers[mode].base}/api/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      })
    ).text(),
  );
console.log(`▶ Metrics observed: off ${await counted('off')}, as shipped ${await counted('on')}.`);

const runs = Object.fromEntries(PAGES.map((page) => [page, { off: [], on: [], losses: [] }]));
for (let i = 0; i < ROUNDS; i += 1) {
  for (const page of PAGES) {
    const pair = {};
    for (const mode of i % 2 ? ['on', 'off'] : ['off', 'on']) {
      await measureWithWrk(servers[mode].base + page, 10, 1);
      pair[mode] = await measureWithWrk(servers[mode].base + page, 10, SECONDS);
    }
    runs[page].off.push(pair.off.rps);
    runs[page].on.push(pair.on.rps);
    runs[page].losses.push(((pair.off.rps - pair.on.rps) / pair.off.rps) * 100);
    console.log(
      `  pair ${i + 1} ${page}: off ${Math.round(pair.off.rps)}, as shipped ${Math.round(pair.on.rps)} req/s`,
    );
  }
}
servers.off.stop();
servers.on.stop();

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const range = (list) => `${Math.round(Math.min(...list))}–${Math.round(Math.max(...list))}`;
const rows = [];
const losses = [];
for (const page of PAGES) {
  const r = runs[page];
  const loss = median(r.losses);
  losses.push(loss);
  rows.push([
    `\`${page}\``,
    `${Math.round(median(r.off))} (${range(r.off)})`,
    `${Math.round(median(r.on))} (${range(r.on)})`,
    `${loss.toFixed(1)} % (${Math.min(...r.losses).toFixed(1)} to ${Math.max(...r.losses).toFixed(1)})`,
  ]);
}
const table = markdownTable(
  ['page', 'off: req/s (pairs)', 'as shipped: req/s (pairs)', 'loss: median of pairs (range)'],
  rows,
);
const worst = Math.max(...losses);
const direct =
  `Measured directly, one observation costs ${cost.toFixed(2)} µs of CPU; at the shipped ` +
  `throughput of the notice page that is ${((cost * median(runs[PAGES[0]].on)) / 10_000).toFixed(2)} % of one core.`;
const verdict =
  `Throughput loss as shipped, worst page: ${worst.toFixed(1)} %, the median of its pairs (budget 5 %) → ` +
  `${worst <= 5 ? 'met' : 'NOT met'}. ${ROUNDS} pairs per page, ${SECONDS} s on each server after 1 s of ` +
  'warm-up, which goes first alternating; both servers side by side on one build, wrk at 10 connections.';
console.log(`\n${table}\n\n${verdict}\n\n${direct}`);
writeDocSection(
  'operability',
  ['## Metrics and logs on cached pages', '', machineLine(), '', table, '', verdict, '', direct].join('\n'),
);
process.exit(0);
