// `npm run deps:audit` — `npm audit --omit=dev`, the dependencies that run in production, read so a
// person can act on it: counts by severity, then each high or critical package with its advisories.
// Exit codes: 0 no high or critical finding, 1 at least one, 2 the advisory service could not be
// asked (some registry mirrors answer its bulk endpoint with 405): an audit not run is never a pass.
// `--from report.json` reads a report saved elsewhere with `npm audit --omit=dev --json` instead.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const from = process.argv.indexOf('--from');
const run =
  from > 0
    ? { stdout: fs.readFileSync(process.argv[from + 1], 'utf8'), stderr: '' }
    : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  // not JSON: npm failed before it had a report
}

if (!report?.metadata?.vulnerabilities) {
  const reason =
    report?.message ||
    report?.error?.summary ||
    run.stderr.split('\n').find((line) => /error|405|ENOTFOUND/i.test(line));
  console.log(
    `✗ The npm advisory service could not be asked, so nothing was audited: ${reason ?? 'no report'}`,
  );
  console.log('  Run `npm run deps:audit` where the registry forwards /-/npm/v1/security/advisories/bulk.');
  process.exit(2);
}

const counts = report.metadata.vulnerabilities;
const summary = ['critical', 'high', 'moderate', 'low', 'info'].map(
  (level) => `${counts[level] ?? 0} ${level}`,
);
console.log(`Production dependencies (${report.metadata.dependencies?.prod ?? '?'}): ${summary.join(', ')}`);

const serious = Object.values(report.vulnerabilities ?? {}).filter((v) =>
  ['high', 'critical'].includes(v.severity),
);
for (const finding of serious) {
  const advisories = finding.via
    .filter((via) => typeof via === 'object')
    .map((via) => `${via.title} (${via.url})`);
  const fix = finding.fixAvailable ? 'a fix is available (`npm audit fix`)' : 'no fix yet';
  console.log(
    `  ${finding.severity} · ${finding.name} ${finding.range}: ${advisories.join('; ') || `through ${finding.via.join(', ')}`}; ${fix}`,
  );
}
console.log(serious.length ? '✗ High or critical findings: see above.' : '✓ No high or critical finding.');
process.exit(serious.length ? 1 : 0);
