// Renders deploy/nginx/portal.conf.template (the edge tier) and, for tests and benchmarks, a whole
// nginx.conf around it that runs without root, systemd or anything in /etc but mime.types.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './tasks.mjs';

export const TEMPLATE = path.join(root, 'deploy', 'nginx', 'portal.conf.template');

/** nginx time ("7d", "10m", "3600s"…) → seconds. */
export function nginxSeconds(time) {
  const match = /^(\d+)(s|m|h|d)?$/.exec(String(time));
  if (!match) throw new Error(`Not an nginx time: ${time}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] ?? 's'];
}

/**
 * Request headers that only Next itself, or a platform in front of it, sets (Next's own code names
 * them: next/dist/client/components/app-router-headers.js, lib/constants.js, server/lib/server-ipc).
 * The edge never passes a client's copy on. tests/unit/edge-config.test.ts keeps this list complete.
 */
export const NEXT_INTERNAL_REQUEST_HEADERS = [
  'x-middleware-prefetch',
  'x-middleware-subrequest',
  'x-middleware-invoke',
  'x-middleware-rewrite',
  'x-middleware-redirect',
  'x-middleware-next',
  'x-middleware-skip',
  'x-middleware-set-cookie',
  'x-middleware-override-headers',
  'x-invoke-path',
  'x-invoke-query',
  'x-invoke-status',
  'x-invoke-error',
  'x-invoke-output',
  'x-nextjs-data',
  'x-nextjs-postponed',
  'x-nextjs-prerender',
  'x-nextjs-deployment-id',
  'x-nextjs-stale-time',
  'x-nextjs-rewritten-path',
  'x-nextjs-rewritten-query',
  'x-next-prelude-metadata',
  'x-next-internal-go-token',
  'x-nextjs-switchyard-connection',
  'x-nextjs-action-not-found',
  'x-nextjs-request-id',
  'x-nextjs-html-request-id',
  'x-action-revalidated',
  'x-now-route-matches',
  'x-matched-path',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'x-next-revalidate-tag-token',
  'x-next-revalidated-tags',
  'x-next-cache-tags',
  'x-action-forwarded',
  'next-resume',
  'x-next-resume-state-length',
  'x-nonce',
  'content-security-policy',
  'content-security-policy-report-only',
  'purpose',
];

/** The notice categories the notices index reads from `?category=` (lib/notices/notice-kinds.ts). */
export function noticeCategories() {
  const source = fs.readFileSync(path.join(root, 'lib', 'notices', 'notice-kinds.ts'), 'utf8');
  const list = /NOTICE_CATEGORIES = \[([^\]]*)\]/.exec(source)?.[1];
  const names = [...(list ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  if (!names.length) throw new Error('NOTICE_CATEGORIES was not found in lib/notices/notice-kinds.ts');
  return names;
}

/**
 * The site configuration for nginx's `http` block.
 * @param {{ upstreams: string[], listen?: string[], serverNames: string[], cacheDir: string,
 *   fallbackDir: string, staleWindow?: string, brotli?: boolean,
 *   tls?: { certificate: string, key: string } }} options
 */
export function renderPortalConf(options) {
  const staleWindow = options.staleWindow ?? '7d';
  const serverNames = options.serverNames ?? [];
  if (!serverNames.length || serverNames.some((name) => !/^[A-Za-z0-9.-]+$/.test(name)))
    throw new Error(
      'Name the server (a host name such as support.example.test): the edge answers for no other Host.',
    );
  if (nginxSeconds(staleWindow) < 600) throw new Error('The stale window must be at least 10 minutes.');
  const listen = options.tls
    ? [
        // `listen … http2` rather than `http2 on`: Debian 12's nginx (1.22) knows only the former.
        '    listen 443 ssl http2;',
        '    listen [::]:443 ssl http2;',
        `    ssl_certificate ${options.tls.certificate};`,
        `    ssl_certificate_key ${options.tls.key};`,
        '    ssl_protocols TLSv1.2 TLSv1.3;',
        '    ssl_session_cache shared:portal_tls:10m;',
        '    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;',
      ]
    : (options.listen ?? ['80']).map((l) => `    listen ${l};`);
  // Any other Host (or none): the connection is closed without an answer, so cache keys and the
  // app's view of its own address cannot be chosen by a client.
  const defaultServer = [
    '',
    '# Requests for any other host name: closed without an answer.',
    'server {',
    ...(options.tls
      ? [
          '    listen 443 ssl http2 default_server;',
          '    listen [::]:443 ssl http2 default_server;',
          '    ssl_reject_handshake on;',
        ]
      : (options.listen ?? ['80']).map((l) => `    listen ${l} default_server;`)),
    '    server_name _;',
    '    return 444;',
    '}',
    '',
  ].join('\n');
  const values = {
    upstream_servers: options.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n'),
    listen: listen.join('\n'),
    server_name: serverNames.join(' '),
    default_server: defaultServer,
    notice_categories: noticeCategories().join('|'),
    internal_headers: NEXT_INTERNAL_REQUEST_HEADERS.map((name) => `    proxy_set_header ${name} "";`).join(
      '\n',
    ),
    cache_dir: options.cacheDir,
    fallback_dir: options.fallbackDir,
    stale_window: staleWindow,
    stale_seconds: String(nginxSeconds(staleWindow)),
    brotli: options.brotli
      ? [
          '    brotli on;',
          '    brotli_comp_level 5;',
          '    brotli_types text/css application/javascript application/json application/xml',
          '                 application/rss+xml image/svg+xml text/plain text/xml;',
        ].join('\n')
      : '',
  };
  return fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (match, name) => {
    if (!(name in values)) throw new Error(`Unknown placeholder ${match} in ${TEMPLATE}`);
    return values[name];
  });
}

/** Whether Debian's brotli module is installed (libnginx-mod-http-brotli-filter). */
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
export const hasBrotliModule = () => fs.existsSync(BROTLI_MODULE);

/** A complete nginx.conf for a private nginx (tests, benchmarks): everything under `dir`. */
export function standaloneNginxConf(dir, portalConf, { workers = 1 } = {}) {
  for (const sub of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    fs.mkdirSync(path.join(dir, `${sub}_temp`), { recursive: true });
  fs.writeFileSync(path.join(dir, 'portal.conf'), portalConf);
  // Debian's brotli module, by absolute path (modules-enabled/ names it relative to /usr/share/nginx).
  const modules = hasBrotliModule() ? `load_module ${BROTLI_MODULE};\n` : '';
  return `${modules}daemon off;
worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    # As Debian's nginx.conf has them (the site configuration turns tcp_nopush off for itself).
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path ${dir}/client_temp;
    proxy_temp_path ${dir}/proxy_temp;
    fastcgi_temp_path ${dir}/fastcgi_temp;
    uwsgi_temp_path ${dir}/uwsgi_temp;
    scgi_temp_path ${dir}/scgi_temp;
    include ${dir}/portal.conf;
}
`;
}
