// `npm run edge:config -- [options]`: prints the edge tier's nginx site configuration
// (deploy/nginx/portal.conf.template) for /etc/nginx/conf.d/portal.conf. `--help` lists the options.
import { parseArgs } from 'node:util';
import { renderPortalConf } from './lib/nginx-config.mjs';

const USAGE = `Usage: npm run edge:config -- --server-name NAME [options] > /etc/nginx/conf.d/portal.conf

Prints the nginx site configuration of the edge tier (docs/deployment.md).

  --server-name NAME            the portal's host names (repeat, or separate with spaces;
                                required: any other Host is refused)
  --upstream HOST:PORT          an app instance (repeat for each; default 127.0.0.1:3000)
  --listen PORT                 where nginx listens (repeatable; default 80; ignored with --tls-cert)
  --tls-cert FILE --tls-key FILE
                                terminate TLS here (listen 443, HTTP/2, HSTS)
  --cache-dir DIR               default /var/cache/nginx/portal
  --fallback-dir DIR            where \`npm run edge:pages\` wrote the fallback pages
                                (default /var/www/portal-edge)
  --stale-window TIME           how long a copy is kept to serve while the app is down
                                (nginx time such as 7d or 12h, at least 10m; default 7d)
  --brotli                      compress with brotli too (apt: libnginx-mod-http-brotli-filter)
  --help                        this text`;

/** One clear line and exit 2: a wrong option is the caller's mistake, not a crash. */
function fail(message) {
  console.error(`edge:config: ${message} (--help lists the options)`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      upstream: { type: 'string', multiple: true },
      'server-name': { type: 'string', multiple: true },
      listen: { type: 'string', multiple: true },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'cache-dir': { type: 'string', default: '/var/cache/nginx/portal' },
      'fallback-dir': { type: 'string', default: '/var/www/portal-edge' },
      'stale-window': { type: 'string', default: '7d' },
      brotli: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) fail('--tls-cert and --tls-key go together.');
if (!values['server-name']?.length) fail('--server-name is required.');

try {
  process.stdout.write(
    renderPortalConf({
      upstreams: values.upstream ?? ['127.0.0.1:3000'],
      serverNames: values['server-name'].flatMap((names) => names.split(/[\s,]+/).filter(Boolean)),
      listen: values.listen,
      tls: values['tls-cert'] ? { certificate: values['tls-cert'], key: values['tls-key'] } : undefined,
      cacheDir: values['cache-dir'],
      fallbackDir: values['fallback-dir'],
      staleWindow: values['stale-window'],
      brotli: values.brotli,
    }),
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
