/**
 * Part of `npm run bench:operability`: the CPU one request observation costs (its route template
 * looked up, the histogram observed), in this process. Prints microseconds on its last line.
 */
import { portalMetrics } from '../lib/operations/metrics';
import { routeTemplateOf } from '../lib/operations/route-templates';

const histogram = portalMetrics().httpDuration;
const paths = [
  '/ja/notices/smtp-auth-replaces-pop-before-smtp',
  '/en',
  '/en/faq',
  '/_next/static/chunks/a.js',
];
const run = (n: number) => {
  for (let i = 0; i < n; i += 1)
    histogram.observe(
      { route: routeTemplateOf(paths[i % paths.length]!), method: 'GET', status: '200' },
      0.001,
    );
};
run(50_000);
const started = performance.now();
run(200_000);
console.log(((performance.now() - started) * 1000) / 200_000);
