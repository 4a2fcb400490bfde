// `npm run bench:recording` — what recording customer activity for the insights dashboard costs the
// cached pages. The portal runs twice on the same production build and demo database, once with
// INSIGHTS_RECORDING=off and once on (the default), alternating BENCH_ROUNDS times (default 3 each).
// Each round measures a cached notice page (10 connections, BENCH_SECONDS, default 8, after 5 s of warm-up under the same load) with autocannon
// while a steady stream of BENCH_SEARCH_RATE searches per second (default 5; every one records a
// search event when recording is on) and of "am I affected?" answers (BENCH_IMPACT_RATE, default 5;
// each queues a check event) runs beside it. The stream is the same in both runs, so the difference
// is the recording alone. Budget (issue 19): at most 5 % fewer requests per second with recording on.
//
// A benchmark, not a test: it prints a table and exits 0 whether or not the budget is met.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseEnv, migrate, root } from './lib/tasks.mjs';
import {
  machineLine,
  markdownTable,
  sleep,
  startBenchServer,
  warmPages,
  writeDocSection,
} from './lib/bench-server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 3));
const SEARCH_RATE = Number(process.env.BENCH_SEARCH_RATE || 5);
const IMPACT_RATE = Number(process.env.BENCH_IMPACT_RATE || 5);
const PAGE = '/ja/notices/smtp-auth-replaces-pop-before-smtp';
const QUERIES = [
  'thunderbird',
  'ポート 587',
  'パスワード',
  'outlook ssl',
  'becky',
  '迷惑メール',
  'imap',
  'smtp 認証',
];

const { default: autocannon } = await import('autocannon');

/** The CPU cost of recording itself, measured in one process on a scratch database (see the script). */
async function recordingCost() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-recording-'));
  try {
    const env = baseEnv({
      DATABASE_URL: `file:${path.join(dir, 'cost.db')}`,
      BENCH_IMPACT_RATE: String(IMPACT_RATE),
    });
    await migrate(env);
    const out = execFileSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/bench-recording-cost.ts'],
      { cwd: root, env, encoding: 'utf8' },
    );
    return JSON.parse(out.trim().split('\n').at(-1));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const cost = await recordingCost();
// At the benchmark's rates: one writer batch a second, SEARCH_RATE searches.
const costPerSecond = cost.batchMs + SEARCH_RATE * cost.searchMs;
console.log(
  `▶ Recording's own CPU: ${cost.batchMs.toFixed(2)} ms per batch of ${cost.perBatch} check events, ` +
    `${cost.searchMs.toFixed(2)} ms per search → ${costPerSecond.toFixed(1)} ms per second at these rates ` +
    `(${(costPerSecond / 10).toFixed(1)} % of one core).`,
);

/** Fires requests at a fixed rate until stopped; returns how many were sent and how many failed. */
function steadyStream(base, rate, request) {
  let sent = 0;
  let failed = 0;
  const timer = setInterval(() => {
    sent += 1;
    request(base, sent)
      .then((r) => (r.ok ? r.arrayBuffer() : (failed += 1)))
      .catch(() => (failed += 1));
  }, 1000 / rate);
  return () => {
    clearInterval(timer);
    return { sent, failed };
  };
}

const search = (base, n) =>
  fetch(`${base}/ja/search?q=${encodeURIComponent(`${QUERIES[n % QUERIES.length]} ${n % 50}`)}`);
const impact = (base, n) =>
  fetch(`${base}/api/check/impact`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({
      policy: 'encrypted-login-required',
      settings: {
        email: `user${n % 500}@example.test`,
        client: 'becky',
        incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
        outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
      },
    }),
  });

async function round(recording) {
  const app = await startBenchServer({ extraEnv: { INSIGHTS_RECORDING: recording ? 'on' : 'off' } });
  try {
    await warmPages(app.base, [{ url: PAGE }]);
    const stopSearch = steadyStream(app.base, SEARCH_RATE, search);
    const stopImpact = steadyStream(app.base, IMPACT_RATE, impact);
    // A fresh server's JIT and caches settle under the same load first (5 s, not counted).
    await autocannon({ url: app.base + PAGE, connections: 10, duration: 5 });
    const result = await autocannon({ url: app.base + PAGE, connections: 10, duration: SECONDS });
    const searches = stopSearch();
    const impacts = stopImpact();
    await sleep(1000);
    return {
      rps: result.requests.average,
      p99: result.latency.p99,
      bad: result.non2xx + result.errors,
      searches,
      impacts,
    };
  } finally {
    app.stop();
    await sleep(1000);
  }
}

const runs = { off: [], on: [] };
for (let i = 0; i < ROUNDS; i++) {
  // Which mode goes first alternates too, so neither always follows a server that just stopped.
  for (const mode of i % 2 ? ['on', 'off'] : ['off', 'on']) {
    console.log(`▶ Round ${i + 1}, recording ${mode}…`);
    const r = await round(mode === 'on');
    console.log(
      `  ${Math.round(r.rps)} req/s, p99 ${r.p99} ms${r.bad ? `, ${r.bad} failed` : ''}; ` +
        `beside it ${r.searches.sent} searches (${r.searches.failed} failed), ${r.impacts.sent} answers (${r.impacts.failed} failed)`,
    );
    runs[mode].push(r);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const off = median(runs.off.map((r) => r.rps));
const on = median(runs.on.map((r) => r.rps));
const loss = ((off - on) / off) * 100;
const table = markdownTable(
  ['recording', 'cached notice, req/s (median)', 'p99 (median)'],
  [
    ['off', Math.round(off), `${median(runs.off.map((r) => r.p99))} ms`],
    ['on', Math.round(on), `${median(runs.on.map((r) => r.p99))} ms`],
  ],
);
const direct =
  `Measured directly, recording costs ${cost.batchMs.toFixed(2)} ms of CPU per batch of ${cost.perBatch} check ` +
  `events and ${cost.searchMs.toFixed(2)} ms per search: ${costPerSecond.toFixed(1)} ms per second at these rates, ` +
  `${(costPerSecond / 10).toFixed(1)} % of one core (budget 5 %) → ${costPerSecond / 10 <= 5 ? 'met' : 'NOT met'}.`;
const all = [...runs.off, ...runs.on].map((r) => Math.round(r.rps));
const verdict =
  `Throughput loss with recording on: ${loss.toFixed(1)} % of the median (budget 5 %) → ${loss <= 5 ? 'met' : 'NOT met'}; ` +
  `the rounds ranged ${Math.min(...all)}–${Math.max(...all)} req/s on this machine, so compare it with the ` +
  'direct measurement below, which does not depend on the machine staying steady between server runs. ' +
  `Beside the page: ${SEARCH_RATE} searches/s and ${IMPACT_RATE} "Am I affected?" answers/s, ` +
  `${SECONDS} s per round, ${ROUNDS} alternating rounds per mode (machine drift falls on both alike).`;
console.log(`\n${table}\n\n${verdict}\n\n${direct}`);
writeDocSection(
  'recording',
  ['## Recording on cached pages', '', machineLine(), '', table, '', verdict, '', direct].join('\n'),
);
process.exit(0);
