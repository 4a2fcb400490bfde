// The load generator of `npm run bench`: wrk, from Debian's packages (C, one thread, epoll). It
// replaced autocannon there because autocannon, a Node process, tops out near 5,000 requests/s on
// one core of this machine: against nginx or the static server it measured its own event loop (the
// edge "matched" the static server at 98 % with a p99 of 24–30 ms, where wrk sees both at 18–23,000
// requests/s with a p99 of 4–5 ms). The app's own figures barely move (it is the bottleneck there).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPORT_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-report.lua');

export function wrkInstalled() {
  return !spawnSync('wrk', ['--version']).error;
}

/**
 * `connections` keep-alive connections, one request at a time each, for `seconds`, from one wrk
 * thread (the load generator must leave the other core to the server). A request unanswered after
 * 10 s counts as a timeout.
 *
 * @returns {Promise<{ answered: number, rps: number, p50: number, p99: number, bad: number }>} latency in ms
 */
export function measureWithWrk(url, connections, seconds) {
  return new Promise((resolve, reject) => {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', REPORT_SCRIPT, url];
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('WRK_REPORT '));
      if (code !== 0 || !line) {
        reject(new Error(`wrk ${args.join(' ')} failed (exit code ${code}):\n${out}`));
        return;
      }
      const r = JSON.parse(line.slice('WRK_REPORT '.length));
      const ms = (us) => Math.round(us / 100) / 10;
      resolve({
        answered: r.requests,
        rps: r.requests / (r.duration_us / 1e6),
        p50: ms(r.p50_us),
        p99: ms(r.p99_us),
        // Anything but a 2xx/3xx (or a socket error) would make the figures meaningless: count it.
        bad: r.connect + r.read + r.write + r.status + r.timeout,
      });
    });
  });
}
