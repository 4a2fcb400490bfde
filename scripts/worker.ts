/**
 * `npm run worker`: the portal's background jobs — scheduled publishing, status probes, subscriber
 * mail, the registry file's import and the hourly clean-up — in a process of their own. `npm start`
 * and `npm run demo` start one beside the web server; more may run (each job takes a database lease,
 * so exactly one worker does a job's work at a time, and another takes over within seconds).
 */
import { describeCliFailure, failUsage, parseCli } from './lib/cli.mjs';
import { startWorker } from '../lib/jobs/worker';
import { catalogMailWords } from '../lib/notifications/catalog-mail-words';
import { logger } from '../lib/operations/logger';

const USAGE = `
Usage: npm run worker -- [--metrics-port PORT] [--metrics-host HOST]

Runs the portal's background jobs every second until stopped (Ctrl-C or SIGTERM): scheduled
notices, status probes, subscriber mail, the MAIL_SERVICE_FILE import, the hourly clean-up.
Uses DATABASE_URL like the web server; several workers may share one database.

  --metrics-port PORT   serve GET /metrics (Prometheus, bearer METRICS_TOKEN) on this port
                        (default: WORKER_METRICS_PORT; none when neither is set)
  --metrics-host HOST   the address to listen on (default 127.0.0.1)
  -h, --help            this text
`;

const { values } = parseCli({
  name: 'worker',
  usage: USAGE,
  options: { 'metrics-port': { type: 'string' }, 'metrics-host': { type: 'string' } },
});
const portText = values['metrics-port'] ?? process.env.WORKER_METRICS_PORT;
const metricsPort = portText === undefined || portText === '' ? undefined : Number(portText);
if (metricsPort !== undefined && !(Number.isInteger(metricsPort) && metricsPort >= 0 && metricsPort < 65536))
  failUsage('worker', `--metrics-port must be a port number, not "${portText}"`);

async function main() {
  const worker = await startWorker({
    words: catalogMailWords,
    metricsPort,
    metricsHost: values['metrics-host'] ?? '127.0.0.1',
    onFatal: (error) => {
      console.error(`worker: ${describeCliFailure(error)}`);
      process.exit(1);
    },
  });
  logger.info({ area: 'jobs', metricsPort: worker.metricsPort }, 'worker started');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void worker.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
  console.error(`worker: ${inUse ? 'the metrics port is in use' : describeCliFailure(error)}`);
  process.exit(1);
});
