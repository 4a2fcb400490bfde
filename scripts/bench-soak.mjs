// `npm run bench:soak` — the portal on its worst day: 5 minutes (SOAK_SECONDS) of 50 concurrent
// readers cycling through the benchmark pages in both languages, while an editor publishes a new
// notice every 10 seconds through the real staff editor (Debian's Chromium driven by Playwright,
// signed in as the demo editor) and 5 settings checks run all the time against the demo mail
// servers. Every publish expires the notices cache, so readers keep hitting freshly regenerated
// pages, exactly when customers crowd in.
//
// It prints and writes to docs/benchmarks.md: requests served, any 5xx (must be 0), checks that
// failed (must be 0), checks refused by a limit (429, 503: counted apart, since the limits are
// doing their job), publishes and how soon each showed on the home page, and the server's memory
// at the start and the end of the measured 5 minutes (growth should stay under 20 %). The same load
// runs for a minute before them (SOAK_WARMUP_SECONDS): the growth that matters is a leak's, not the
// server sizing its heap and filling its caches for the load it was just given. A benchmark, not a test:
// it exits 0 either way. SOAK_SERVER_NODE_OPTIONS adds Node options to the server alone (see below).
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import {
  PAGES,
  loadNote,
  machineLine,
  markdownTable,
  mb,
  otherCpuMeter,
  sleep,
  startBenchServer,
  treeRss,
  warmPages,
  writeDocSection,
} from './lib/bench-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS || 300);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 60);
const READERS = 50;
const CHECKERS = 5;
const PUBLISH_EVERY_MS = 10_000;
const EDITOR = { email: 'editor@example.test', password: 'demo-editor-password' };
const TARGET = { rssGrowth: 0.2 };
// A correct setup (IMAP over TLS, submission with STARTTLS and authentication): every field should
// be green and every probed server should answer, so anything else is a failure of the portal.
const CORRECT_SETUP = {
  client: 'thunderbird',
  incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls', auth: 'password' },
  outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
};

// SOAK_SERVER_NODE_OPTIONS (e.g. --max-old-space-size=192) caps the server's heap: if the run still
// passes with memory level, growth without the cap was V8 using free memory, not a leak.
const SERVER_NODE_OPTIONS = process.env.SOAK_SERVER_NODE_OPTIONS ?? '';
const app = await startBenchServer({ mail: true, serverNodeOptions: SERVER_NODE_OPTIONS });
console.log(`▶ Portal on ${app.base} (log: ${app.logFile})`);
await warmPages(app.base);
const rssIdle = treeRss(app.pid);

// The editor signs in before the clock starts: the soak is about publishing, not about signing in.
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
});
process.on('exit', () => browser.close().catch(() => {}));
const editorPage = await browser.newPage({ baseURL: app.base });
editorPage.setDefaultTimeout(60_000);
await editorPage.goto('/en/admin/login');
await editorPage.locator('#email').fill(EDITOR.email);
await editorPage.locator('#password').fill(EDITOR.password);
await editorPage.locator('form:has(#password) button[type="submit"]').click();
await editorPage.waitForURL(/\/en\/admin$/);

console.log(
  `▶ Soak: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s measured, of ${READERS} readers over ${PAGES.length} pages, a publish every ${PUBLISH_EVERY_MS / 1000} s, ` +
    `${CHECKERS} concurrent checks…`,
);
const log0 = fs.statSync(app.logFile).size;
const stopMeter = otherCpuMeter([process.pid, app.pid]);
const loadStarted = Date.now();
// The measured 5 minutes begin after the warm-up; sample times count from there (negative before).
const started = loadStarted + WARMUP_SECONDS * 1000;
let running = true;

// Memory every 5 s. "Start" is the first sample of the measured run (after a minute under this very
// load: heap sized, caches filled, JIT settled), "end" the last sample under load: comparing an idle
// server with a loaded one would count buffers in flight as growth. The growth from 10 s into the
// warm-up is printed too, so the warm-up's own growth is in plain view.
const rssSamples = [];
const sampler = setInterval(
  () => rssSamples.push({ at: (Date.now() - started) / 1000, rss: treeRss(app.pid) }),
  5000,
);

// Readers: each connection cycles through every page in both languages; a warm-up run, then the
// measured one. Errors and 5xx answers of the warm-up count against the verdicts as well.
const readFor = (seconds) =>
  autocannon({
    url: app.base,
    connections: READERS,
    duration: seconds,
    requests: PAGES.map((page) => ({ method: 'GET', path: page.url })),
  });
const readers = (async () => {
  const warmup = WARMUP_SECONDS > 0 ? await readFor(WARMUP_SECONDS) : null;
  return { warmup, measured: await readFor(SECONDS) };
})();

// Publishing: a new bilingual notice every 10 s (start to start) through the real editor, then the
// time until the English home page lists it (every save expires the notices cache tag).
const publishes = [];
async function publisher() {
  for (let n = 1; running; n += 1) {
    const began = Date.now();
    const slug = `soak-${began.toString(36)}-${n}`;
    const entry = { slug, ok: false, editMs: null, saveMs: null, visibleMs: null, error: null };
    publishes.push(entry);
    try {
      await editorPage.goto('/en/admin/notices/new');
      // The client form is usable once hydrated: its submit button is enabled.
      await editorPage.locator('form button[type="submit"]:enabled').last().waitFor();
      await editorPage.locator('#slug').fill(slug);
      await editorPage.locator('[id="en.title"]').fill(`Soak notice ${n}`);
      await editorPage.locator('[id="en.body"]').fill(`Published during the soak test (**${slug}**).`);
      await editorPage.locator('[id="ja.title"]').fill(`負荷試験のお知らせ ${n}`);
      await editorPage.locator('[id="ja.body"]').fill(`負荷試験中に公開しました（**${slug}**）。`);
      await editorPage.locator('#status').selectOption('published');
      // The save itself (the server action and the saved notice's editor page) apart from the whole
      // edit, which also loads and hydrates the form in a browser sharing the CPUs with the load.
      const clicked = Date.now();
      await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
      await editorPage.waitForURL(/\/en\/admin\/notices\/[^/?]+\?saved=1$/);
      entry.saveMs = Date.now() - clicked;
      entry.editMs = Date.now() - began;
      const saved = Date.now();
      while (Date.now() - saved < 10_000) {
        const home = await (await fetch(`${app.base}/en`)).text();
        if (home.includes(`/en/notices/${slug}`)) {
          entry.visibleMs = Date.now() - saved;
          entry.ok = true;
          break;
        }
        await sleep(250);
      }
      if (!entry.ok) entry.error = 'not on the home page within 10 s';
    } catch (error) {
      entry.error = error.message.split('\n')[0];
    }
    if (entry.error) console.log(`  ✗ publish ${slug}: ${entry.error}`);
    while (running && Date.now() - began < PUBLISH_EVERY_MS) await sleep(100);
  }
}

// Checks: 5 loops, each starting a new check as soon as the last one answered. Every request comes
// from its own X-Forwarded-For address, so the per-address limit (30 an hour) is not what is
// measured; the per-instance limit of 5 concurrent checks is exactly met.
const checks = { ok: 0, failed: 0, rateLimited: 0, busy: 0, ms: [], failures: new Map() };
let address = 0;
async function checker() {
  while (running) {
    address += 1;
    const ip = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
    const began = Date.now();
    let outcome;
    try {
      const response = await fetch(`${app.base}/api/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
        body: JSON.stringify(CORRECT_SETUP),
        signal: AbortSignal.timeout(60_000),
      });
      const body = await response.json().catch(() => null);
      if (response.status === 429) outcome = 'rateLimited';
      else if (response.status === 503) outcome = 'busy';
      else if (!response.ok) outcome = `HTTP ${response.status} ${body?.error ?? ''}`.trim();
      else if (body.verdict !== 'ok') {
        const failing = (body.endpoints ?? [])
          .filter((e) => e.status === 'fail')
          .map((e) => `${e.id} ${e.code}`);
        outcome = `verdict ${body.verdict}${failing.length ? ` (${failing.join(', ')})` : ''}`;
      } else outcome = 'ok';
    } catch (error) {
      outcome = error.name === 'TimeoutError' ? 'no answer in 60 s' : `network: ${error.message}`;
    }
    if (outcome === 'ok') {
      checks.ok += 1;
      checks.ms.push(Date.now() - began);
    } else if (outcome === 'rateLimited' || outcome === 'busy') {
      checks[outcome] += 1;
    } else {
      checks.failed += 1;
      checks.failures.set(outcome, (checks.failures.get(outcome) ?? 0) + 1);
    }
  }
}

const workers = [publisher(), ...Array.from({ length: CHECKERS }, checker)];
const { warmup: warmupResult, measured: readResult } = await readers;
running = false;
await Promise.all(workers);
clearInterval(sampler);
const otherCpus = stopMeter();
const elapsed = (Date.now() - loadStarted) / 1000;
// Memory once the load has stopped and the server has had a few seconds to collect garbage.
await sleep(10_000);
const rssAfter = treeRss(app.pid);
await browser.close();

const underLoad = rssSamples.filter((s) => s.at <= SECONDS && s.rss);
const measured = underLoad.filter((s) => s.at >= 0);
const rssStart = measured[0]?.rss ?? null;
const rssEnd = underLoad.at(-1)?.rss ?? null;
const growth = rssStart && rssEnd ? rssEnd / rssStart - 1 : null;
const rssWarmupStart = (underLoad.find((s) => s.at >= 10 - WARMUP_SECONDS) ?? underLoad[0])?.rss ?? null;
const growthWithWarmup = rssWarmupStart && rssEnd ? rssEnd / rssWarmupStart - 1 : null;
const rssPeak = Math.max(...underLoad.map((s) => s.rss));
// A leak keeps growing; a heap that V8 lets expand (it is lazy with free memory) levels off. The
// second half of the run tells the two apart better than the whole of it.
const rssMid = underLoad.find((s) => s.at >= SECONDS / 2)?.rss ?? null;
const growthSecondHalf = rssMid && rssEnd ? rssEnd / rssMid - 1 : null;
const serverErrors = fs
  .readFileSync(app.logFile, 'utf8')
  .slice(log0)
  .split('\n')
  .filter((line) => /⨯|\berror\b/i.test(line));

const status = readResult.statusCodeStats ?? {};
const count5xx = readResult['5xx'] ?? 0;
const warmup5xx = warmupResult?.['5xx'] ?? 0;
const warmupErrors = warmupResult?.errors ?? 0;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};
const published = publishes.filter((p) => p.ok);
const visible = published.map((p) => p.visibleMs);
const saveTimes = published.map((p) => p.saveMs);
const editTimes = published.map((p) => p.editMs);
const pct = (v) => (v == null ? 'n/a' : `${(v * 100).toFixed(1)} %`);

const verdicts = [
  {
    name: 'no 5xx answer to a reader (warm-up included)',
    met: count5xx + warmup5xx === 0,
    value: `${count5xx + warmup5xx}`,
  },
  {
    // A reader who waits more than autocannon's 10 s gives up: as bad as an error page.
    name: 'every reader answered (no socket error, none slower than 10 s; warm-up included)',
    met: readResult.errors + warmupErrors === 0,
    value: `${readResult.errors + warmupErrors} errors, ${readResult.timeouts + (warmupResult?.timeouts ?? 0)} of them timeouts`,
  },
  { name: 'no failed check', met: checks.failed === 0, value: `${checks.failed}` },
  {
    name: 'memory growth over the measured run < 20 %',
    met: growth !== null && growth < TARGET.rssGrowth,
    value: `${mb(rssStart)} → ${mb(rssEnd)} (${pct(growth)})`,
  },
  {
    name: 'every publish on the home page within 10 s',
    met: published.length === publishes.length && publishes.length > 0,
    value: `${published.length}/${publishes.length}`,
  },
];

const rows = [
  [
    'duration',
    `${elapsed.toFixed(0)} s: ${WARMUP_SECONDS} s warm-up, then readers measured for ${SECONDS} s`,
  ],
  [
    'warm-up reader requests',
    warmupResult
      ? `${warmupResult.requests.total.toLocaleString('en')} (${warmupResult.requests.average.toFixed(0)}/s), ` +
        `5xx ${warmup5xx}, socket errors ${warmupErrors}`
      : 'no warm-up',
  ],
  [
    'reader requests',
    `${readResult.requests.total.toLocaleString('en')} (${readResult.requests.average.toFixed(0)}/s, ` +
      `p50 ${readResult.latency.p50} ms, p99 ${readResult.latency.p99} ms)`,
  ],
  [
    'reader answers by status',
    Object.entries(status)
      .map(([code, { count }]) => `${code}: ${count.toLocaleString('en')}`)
      .join(', ') || 'none',
  ],
  ['reader 5xx', `${count5xx}`],
  ['reader socket errors / timeouts', `${readResult.errors} / ${readResult.timeouts}`],
  [
    'checks ok',
    `${checks.ok} (p50 ${percentile(checks.ms, 50) ?? 'n/a'} ms, p95 ${percentile(checks.ms, 95) ?? 'n/a'} ms)`,
  ],
  [
    'checks failed',
    `${checks.failed}${checks.failed ? ` (${[...checks.failures].map(([k, v]) => `${k} ×${v}`).join('; ')})` : ''}`,
  ],
  ['checks refused: 429 (rate limit) / 503 (busy)', `${checks.rateLimited} / ${checks.busy}`],
  [
    'publishes',
    `${published.length} of ${publishes.length} on the home page; save p50 ${percentile(saveTimes, 50) ?? 'n/a'} ms ` +
      `(whole edit in the browser p50 ${percentile(editTimes, 50) ?? 'n/a'} ms), ` +
      `then visible p50 ${percentile(visible, 50) ?? 'n/a'} ms, max ${visible.length ? Math.max(...visible) : 'n/a'} ms`,
  ],
  ['server RSS idle, before the load', mb(rssIdle)],
  ['server RSS, measured run: start → end', `${mb(rssStart)} → ${mb(rssEnd)}, growth ${pct(growth)}`],
  [
    'server RSS from 10 s into the warm-up → end',
    `${mb(rssWarmupStart)} → ${mb(rssEnd)}, growth ${pct(growthWithWarmup)}`,
  ],
  [
    'server RSS, measured run: second half only',
    `${mb(rssMid)} → ${mb(rssEnd)}, growth ${pct(growthSecondHalf)}`,
  ],
  ['server RSS under load: peak', mb(rssPeak)],
  ['server RSS idle, 10 s after the load', mb(rssAfter)],
  ['server log lines with an error', `${serverErrors.length}`],
];

console.log('');
for (const [label, value] of rows) console.log(`${label.padEnd(48)} ${value}`);
console.log('');
for (const v of verdicts) console.log(`${v.met ? '✓' : '✗'} ${v.name}: ${v.value}`);
if (serverErrors.length) {
  console.log(`\nFirst server log lines with an error (${app.logFile}):`);
  serverErrors.slice(0, 5).forEach((line) => console.log(`  ${line}`));
}
const note = loadNote(otherCpus);
console.log(`\n${note}`);

const trend = rssSamples
  .filter((_, i) => i % Math.max(1, Math.round(rssSamples.length / 12)) === 0)
  .map((s) => `${s.at.toFixed(0)} s ${mb(s.rss)}`)
  .join(' · ');
// A run with the server's Node options changed is another experiment: it gets a section of its own
// so the plain run's figures stay in the doc beside it.
writeDocSection(
  SERVER_NODE_OPTIONS ? 'soak-heap-capped' : 'soak',
  `## Soak${SERVER_NODE_OPTIONS ? `, server started with \`${SERVER_NODE_OPTIONS}\`` : ''} (\`npm run bench:soak\`)

${machineLine()} · SOAK_SECONDS=${SECONDS}${
    SERVER_NODE_OPTIONS ? ` · SOAK_SERVER_NODE_OPTIONS=${SERVER_NODE_OPTIONS}` : ''
  }.

${note}

${READERS} concurrent readers (autocannon, each connection cycling through the ${PAGES.length} pages above)
for ${WARMUP_SECONDS} s of warm-up and then the measured ${SECONDS} s, while the demo editor publishes a new bilingual notice every
${PUBLISH_EVERY_MS / 1000} s through the real staff editor (Chromium driven by Playwright) and
${CHECKERS} settings checks of a correct setup run back to back against the demo mail servers, each
from its own \`X-Forwarded-For\` address (so the per-address limit is not what is measured; the limit
of ${CHECKERS} concurrent checks per instance is met exactly). A check fails when it does not answer
200 with the verdict "ok"; 429 and 503 are limits at work and counted apart. Memory is the resident
size of the \`next start\` process tree; growth compares the first sample of the measured run (after
the warm-up under the same load) with the last one under load, as a soak test judges steady state.
The growth from 10 s into the warm-up is in the table as well: that part is the server sizing its heap
and filling its page cache for the load it was just given, and it levels off.

${markdownTable(['what', 'result'], rows)}

${verdicts.map((v) => `- ${v.met ? '✓' : '✗'} ${v.name}: ${v.value}`).join('\n')}

Memory over the run (seconds from the start of the measured run; negative ones are the warm-up): ${trend}.

Growth alone does not prove a leak: V8 lets its heap grow into free memory before it collects
hard. To tell the two apart, run with \`SOAK_SERVER_NODE_OPTIONS=--max-old-space-size=192\` (the
server's heap capped at 192 MB): a leak then ends in errors or a crash, a lazily grown heap just
levels off lower.
`,
);
app.stop();
process.exit(0);
