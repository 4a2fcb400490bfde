// What the three benchmarks (bench-pages, bench-lighthouse, bench-soak) share: the pages they
// measure, a production server of their own over a fresh demo database, the server's memory, and
// docs/benchmarks.md, where each one keeps its own section. Plain Node, Linux for the memory figures.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  baseEnv,
  clearRuntimeCache,
  ensureBuild,
  migrate,
  nextStartArgs,
  nextStartEnv,
  root,
  seedDemo,
  startDemoMail,
} from './tasks.mjs';

/** A build of its own, so a benchmark never rebuilds (or shares a page cache with) the demo or the tests. */
export const DIST_DIR = '.next-bench';
const DATA_DIR = path.join('data', 'bench');

/**
 * Every kind of page a customer can open, in both languages (Lighthouse measures them all). The
 * search is measured twice: the page itself, and its results for a query, as a customer's search
 * would be. Result pages are `noindex` on purpose (a page per query is no content for search engines),
 * which Lighthouse's SEO category counts against them: `noindex` marks that one score as expected.
 */
export const PUBLIC_PAGES = [
  { name: 'home', path: '' },
  { name: 'notices', path: '/notices' },
  { name: 'notice', path: '/notices/smtp-auth-replaces-pop-before-smtp' },
  { name: 'archive', path: '/notices/archive' },
  { name: 'FAQ', path: '/faq' },
  { name: 'guides', path: '/guides' },
  { name: 'guide', path: '/guides/thunderbird' },
  { name: 'dns-records', path: '/guides/dns-records' },
  { name: 'checker', path: '/check' },
  { name: 'search', path: '/search' },
  { name: 'search-results', path: '/search?q=SMTP', noindex: true },
  { name: 'status', path: '/status' },
  { name: 'subscribe', path: '/subscribe' },
].flatMap((page) => ['en', 'ja'].map((locale) => ({ ...page, locale, url: `/${locale}${page.path}` })));

/**
 * The pages the throughput benchmarks measure, in both locales: the ones customers land on when mail
 * breaks. The notice is a long, important one with an update history; the guide has the most steps.
 */
export const PAGES = PUBLIC_PAGES.filter((page) => ['home', 'notice', 'FAQ', 'guide'].includes(page.name));

/** The first port from `from` on that nothing listens on (a running demo or test server keeps its own). */
export async function freePort(from) {
  for (let port = from; port < from + 100; port += 1) {
    const free = await new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + 99}`);
}

/**
 * Prepares a fresh demo database (as the end-to-end server does: a benchmark of a database that
 * earlier runs have filled would not be comparable), makes sure the build is current and starts
 * `next start` on loopback. With `mail`, the demo mail servers start too and the checker is pointed
 * at them. `serverNodeOptions` are added to NODE_OPTIONS of `next start` alone. `name` gives the
 * server a data directory of its own (data/bench-<name>), for two servers side by side. Resolves once
 * the English home page answers; everything started stops when this process exits.
 */
export async function startBenchServer({
  mail = false,
  port: wanted = 3500,
  serverNodeOptions = '',
  extraEnv = {},
  name = '',
} = {}) {
  const port = await freePort(Number(process.env.BENCH_PORT || wanted));
  const dataDir = path.join(root, name ? `${DATA_DIR}-${name}` : DATA_DIR);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const base = `http://127.0.0.1:${port}`;
  const env = baseEnv({
    DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`,
    NEXT_DIST_DIR: DIST_DIR,
    PORT: String(port),
    PORTAL_BASE_URL: base,
    NODE_ENV: 'production',
    PORTAL_DEMO_STAFF: '1',
    // The same offset rule as the end-to-end server, so the two never claim the same mail ports.
    DEMO_MAIL_PORT_OFFSET: String(10_000 + port - 3100),
    ...extraEnv,
  });
  await migrate(env);
  seedDemo(env);
  ensureBuild(env, DIST_DIR);
  if (mail) {
    const servers = await startDemoMail(env, path.join(path.relative(root, dataDir), 'demo-mail'));
    env.MAIL_SERVICE_FILE = servers.registryFile;
    env.MAIL_CA_FILE = servers.caFile;
  }
  // The database is new, so pages cached by an earlier run must not be served.
  clearRuntimeCache(DIST_DIR);

  const logFile = path.join(dataDir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), nextStartArgs(port, '127.0.0.1'), {
    cwd: root,
    // The production server's Node options, plus a benchmark's own (e.g. a heap limit), never for
    // the build or the seed.
    env: nextStartEnv(env, serverNodeOptions),
    stdio: ['ignore', log, log],
  });
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 'signal'));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`next start stopped (exit code ${exited}); see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer within 2 minutes; see ${logFile}`);
    try {
      if ((await fetch(`${base}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return { base, port, pid: child.pid, env, logFile, stop };
}

/**
 * Requests every page until two answers in a row are cache hits (or 10 tries), so that measuring
 * starts from the cached state a busy site is in. Returns what the last answer said about caching.
 */
export async function warmPages(base, pages = PAGES) {
  const seen = {};
  for (const page of pages) {
    let hits = 0;
    for (let i = 0; i < 10 && hits < 2; i += 1) {
      const response = await fetch(base + page.url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${page.url} answered ${response.status}`);
      const cache = response.headers.get('x-nextjs-cache');
      hits = cache === 'HIT' ? hits + 1 : 0;
      seen[page.url] = { cache: cache ?? '-', cacheControl: response.headers.get('cache-control') ?? '-' };
    }
  }
  return seen;
}

/** A process and all its descendants (Linux /proc; just the process elsewhere). */
function processTree(pid) {
  const children = new Map();
  let entries = [];
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [pid];
  }
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and parentheses; the fields after the last ")" do not.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  const all = [];
  const visit = (p) => {
    all.push(p);
    (children.get(p) ?? []).forEach(visit);
  };
  visit(pid);
  return all;
}

function readProc(pid, file) {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** Resident memory of a process and all its descendants, in bytes (null where /proc is missing). */
export function treeRss(pid) {
  let total = null;
  for (const p of processTree(pid)) {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readProc(p, 'status') ?? '')?.[1];
    if (kb) total = (total ?? 0) + Number(kb) * 1024;
  }
  return total;
}

/** CPU time (user + system, including reaped children) of process trees, in clock ticks. */
function treeTicks(pids) {
  let ticks = 0;
  for (const p of new Set(pids.flatMap(processTree))) {
    const stat = readProc(p, 'stat');
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14–17 of /proc/PID/stat, i.e. 11–14 after the name.
    ticks += fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
  }
  return ticks;
}

/** Busy CPU ticks of the whole machine (/proc/stat). */
function machineTicks() {
  let line = '';
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  } catch {
    // not Linux: no figure
  }
  const values = line.split(/\s+/).slice(1).map(Number);
  // user, nice, system, irq, softirq; guest time is already inside user and nice.
  return [0, 1, 2, 5, 6].reduce((sum, i) => sum + (values[i] || 0), 0);
}

/**
 * Measures how much CPU other work (a test run, a build, another session) took while a benchmark
 * ran, by subtracting the benchmark's own process trees from the machine's busy time. Returns a
 * function that ends the measurement and answers the average number of CPUs the others used.
 */
export function otherCpuMeter(pids) {
  const start = { machine: machineTicks(), ours: treeTicks(pids), at: Date.now() };
  return () => {
    const seconds = (Date.now() - start.at) / 1000;
    const machine = machineTicks() - start.machine;
    const ours = treeTicks(pids) - start.ours;
    // Linux reports /proc times in USER_HZ, 100 per second on every common platform.
    return seconds > 0 ? Math.max(0, (machine - ours) / 100 / seconds) : 0;
  };
}

/** A warning when other work used a noticeable share of the CPUs, since every figure then suffers. */
export function loadNote(otherCpus) {
  const cpus = os.cpus().length;
  return otherCpus > 0.25
    ? `⚠ Other work on the machine used on average ${otherCpus.toFixed(2)} of its ${cpus} CPUs during this run: ` +
        'absolute figures are lower and noisier than on a quiet machine; compare the ratios, and rerun when it is quiet.'
    : `Other work on the machine used on average ${otherCpus.toFixed(2)} of its ${cpus} CPUs during this run (quiet enough).`;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const mb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

/** Date, machine and what was measured, as one Markdown line for each section of the doc. */
export function machineLine() {
  const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' with uncommitted changes' : '';
  const cpus = os.cpus();
  return (
    `${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} · ${cpus.length} CPU (${cpus[0]?.model.trim() ?? '?'}) · ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB · Node ${process.version} · commit ${commit}${dirty}`
  );
}

const DOC = path.join(root, 'docs', 'benchmarks.md');
const HEADER = `# Benchmarks

Written by the benchmark scripts; each replaces only its own section, so every section shows its
latest run (with its date, the machine and the commit). Run them on a quiet machine: they measure a
production build (\`next start\`, its own build in \`.next-bench/\`) over a fresh demo database
(\`data/bench/\`), on loopback.

| command                      | section                                   | script                           |
| ---------------------------- | ----------------------------------------- | -------------------------------- |
| \`npm run bench\`              | requests per second, latency, JavaScript   | \`scripts/bench-pages.mjs\`        |
| \`npm run bench:lighthouse\`   | Lighthouse scores (mobile)                 | \`scripts/bench-lighthouse.mjs\`   |
| \`npm run bench:soak\`         | 5 minutes of readers, publishing, checks  | \`scripts/bench-soak.mjs\`         |
| \`npm run bench:insights\`     | insights dashboard over 1,000,000 events   | \`scripts/bench-insights.mjs\`     |
| \`npm run bench:recording\`    | cached pages with recording off and on     | \`scripts/bench-recording.mjs\`    |
| \`npm run bench:operability\`  | cached pages with metrics and logs off/on  | \`scripts/bench-operability.mjs\`  |
`;

/**
 * Replaces (or adds) one section of docs/benchmarks.md, keeps the others, and formats the file
 * with Prettier so that \`npm test\`'s format check passes on a freshly written doc.
 */
export function writeDocSection(name, markdown) {
  const existing = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : HEADER;
  const block = `<!-- bench:${name} -->\n${markdown.trim()}\n<!-- /bench:${name} -->`;
  const marked = new RegExp(`<!-- bench:${name} -->\\n[\\s\\S]*?<!-- /bench:${name} -->`);
  // In place when the section exists (hand-written sections between them stay as they are), else
  // at the end; the header (the table of commands) is always the current one.
  let body = marked.test(existing)
    ? existing.replace(marked, () => block)
    : `${existing.trimEnd()}\n\n${block}\n`;
  const firstSection = body.search(/<!-- bench:|^## /m);
  if (body.startsWith('# Benchmarks') && firstSection > 0) body = `${HEADER}\n${body.slice(firstSection)}`;
  fs.mkdirSync(path.dirname(DOC), { recursive: true });
  fs.writeFileSync(DOC, body);
  spawnSync(path.join(root, 'node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', DOC], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`\n✓ Written to ${path.relative(root, DOC)} (section "${name}").`);
}

/** A Markdown table from a header row and rows (Prettier aligns it afterwards). */
/** A byte count as the benchmark tables print it. */
export function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function markdownTable(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
