// `npm run edge:config -- [options]`: prints the edge tier's nginx site configuration
// (deploy/nginx/portal.conf.template) for /etc/nginx/conf.d/portal.conf. Options:
//   --upstream 10.0.0.11:3000   an app instance (repeat for each; default 127.0.0.1:3000)
//   --server-name support.example.test
//   --listen 80                 (repeatable; ignored with --tls-cert)
//   --tls-cert FILE --tls-key FILE   terminate TLS here (listen 443, HTTP/2, HSTS)
//   --cache-dir /var/cache/nginx/portal
//   --fallback-dir /var/www/portal-edge   where `npm run edge:pages` wrote the fallback pages
//   --stale-window 7d           how long a copy is kept to serve while the app is down (≥ 10m)
//   --brotli                    compress with brotli too (apt: libnginx-mod-http-brotli-filter)
import { parseArgs } from 'node:util';
import { renderPortalConf } from './lib/nginx-config.mjs';

const { values } = parseArgs({
  options: {
    upstream: { type: 'string', multiple: true },
    'server-name': { type: 'string' },
    listen: { type: 'string', multiple: true },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'cache-dir': { type: 'string', default: '/var/cache/nginx/portal' },
    'fallback-dir': { type: 'string', default: '/var/www/portal-edge' },
    'stale-window': { type: 'string', default: '7d' },
    brotli: { type: 'boolean', default: false },
  },
});
if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
  console.error('--tls-cert and --tls-key go together.');
  process.exit(1);
}
process.stdout.write(
  renderPortalConf({
    upstreams: values.upstream ?? ['127.0.0.1:3000'],
    serverName: values['server-name'],
    listen: values.listen,
    tls: values['tls-cert'] ? { certificate: values['tls-cert'], key: values['tls-key'] } : undefined,
    cacheDir: values['cache-dir'],
    fallbackDir: values['fallback-dir'],
    staleWindow: values['stale-window'],
    brotli: values.brotli,
  }),
);
