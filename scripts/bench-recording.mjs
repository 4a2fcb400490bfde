// `npm run bench:recording` — what recording customer activity for the insights dashboard costs the
// cached pages. The portal runs twice on the same production build and demo database, once with
// INSIGHTS_RECORDING=off and once on (the default), alternating BENCH_ROUNDS times (default 2 each).
// Each round measures a cached notice page (10 connections, BENCH_SECONDS, default 5) with autocannon
// while a steady stream of BENCH_SEARCH_RATE searches per second (default 20; every one records a
// search event when recording is on) and of "am I affected?" answers (BENCH_IMPACT_RATE, default 10;
// each queues a check event) runs beside it. The stream is the same in both runs, so the difference
// is the recording alone. Budget (issue 19): at most 5 % fewer requests per second with recording on.
//
// A benchmark, not a test: it prints a table and exits 0 whether or not the budget is met.
import {
  machineLine,
  markdownTable,
  sleep,
  startBenchServer,
  warmPages,
  writeDocSection,
} from './lib/bench-server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 2));
const SEARCH_RATE = Number(process.env.BENCH_SEARCH_RATE || 20);
const IMPACT_RATE = Number(process.env.BENCH_IMPACT_RATE || 10);
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
    await autocannon({ url: app.base + PAGE, connections: 10, duration: 1 });
    const stopSearch = steadyStream(app.base, SEARCH_RATE, search);
    const stopImpact = steadyStream(app.base, IMPACT_RATE, impact);
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
  for (const mode of ['off', 'on']) {
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
const verdict =
  `Loss with recording on: ${loss.toFixed(1)} % (budget 5 %) → ${loss <= 5 ? 'met' : 'NOT met'}. ` +
  `Beside the page: ${SEARCH_RATE} searches/s and ${IMPACT_RATE} "Am I affected?" answers/s, ` +
  `${SECONDS} s per round, ${ROUNDS} alternating rounds per mode (machine drift falls on both alike).`;
console.log(`\n${table}\n\n${verdict}`);
writeDocSection(
  'recording',
  ['## Recording on cached pages', '', machineLine(), '', table, '', verdict].join('\n'),
);
process.exit(0);
