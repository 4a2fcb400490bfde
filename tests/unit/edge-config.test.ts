import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackPage } from '@/lib/edge/fallback-pages';
import { NOTICE_CATEGORIES } from '@/lib/notices/notice-kinds';
import {
  NEXT_INTERNAL_REQUEST_HEADERS,
  nginxSeconds,
  renderPortalConf,
} from '../../scripts/lib/nginx-config.mjs';

const options = {
  upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'],
  serverNames: ['support.example.test'],
  cacheDir: '/var/cache/nginx/portal',
  fallbackDir: '/var/www/portal-edge',
};

describe('edge configuration (deploy/nginx/portal.conf.template)', () => {
  it('fills every placeholder and names each instance', () => {
    const conf: string = renderPortalConf(options);
    expect(conf).not.toMatch(/\{\{\w+\}\}/);
    expect(conf).toContain('server 10.0.0.11:3000 max_fails=1 fail_timeout=5s;');
    expect(conf).toContain('server 10.0.0.12:3000 max_fails=1 fail_timeout=5s;');
    expect(conf).toContain('inactive=7d');
    expect(conf).toContain('stale-if-error=604800');
    expect(conf).toContain('listen 80;');
    expect(conf).not.toContain('brotli on;');
  });

  it('answers only for the named hosts: any other Host is closed by a default server', () => {
    const conf: string = renderPortalConf({
      ...options,
      serverNames: ['support.example.test', 'www.example.test'],
    });
    expect(conf).toContain('server_name support.example.test www.example.test;');
    expect(conf).toMatch(/listen 80 default_server;\s+server_name _;\s+return 444;/);
    // `_` only on the catch-all server.
    expect(conf.match(/server_name _;/g)).toHaveLength(1);
    expect(() => renderPortalConf({ ...options, serverNames: [] })).toThrow(/Name the server/);
    expect(() => renderPortalConf({ ...options, serverNames: ['evil; include /etc/passwd'] })).toThrow(
      /Name the server/,
    );
    const tls: string = renderPortalConf({
      ...options,
      tls: { certificate: '/etc/ssl/p/fullchain.pem', key: '/etc/ssl/p/privkey.pem' },
    });
    expect(tls).toMatch(
      /listen 443 ssl http2 default_server;[\s\S]*ssl_reject_handshake on;[\s\S]*return 444;/,
    );
  });

  it('terminates TLS when given a certificate (with HSTS), and adds brotli when asked', () => {
    const conf: string = renderPortalConf({
      ...options,
      tls: { certificate: '/etc/ssl/p/fullchain.pem', key: '/etc/ssl/p/privkey.pem' },
      brotli: true,
    });
    expect(conf).toContain('listen 443 ssl http2;');
    expect(conf).toContain('ssl_certificate /etc/ssl/p/fullchain.pem;');
    expect(conf).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(conf).toContain(
      'add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;',
    );
    expect(conf).toContain('brotli on;');
    expect(conf).not.toContain('listen 80;');
  });

  it('refuses a stale window shorter than ten minutes', () => {
    expect(nginxSeconds('10m')).toBe(600);
    expect(nginxSeconds('7d')).toBe(604_800);
    expect(() => renderPortalConf({ ...options, staleWindow: '5m' })).toThrow(/10 minutes/);
    expect(renderPortalConf({ ...options, staleWindow: '10m' })).toContain('stale-if-error=600');
  });

  it('keys the notices index on exactly the categories the app knows', () => {
    const conf: string = renderPortalConf(options);
    expect(conf).toContain(`"~^1\\|(${NOTICE_CATEGORIES.join('|')})$" "&category=$1";`);
  });

  // The day Next reads a new request header, this fails: the edge must then strip it, or treat a
  // request carrying it as the client router's (never answered from the cache, never stored).
  it("never passes on a client's copy of Next's internal headers, and bypasses the cache for the router's", () => {
    const conf: string = renderPortalConf(options);
    const next = path.join(process.cwd(), 'node_modules', 'next', 'dist');
    const read = (file: string) => fs.readFileSync(path.join(next, file), 'utf8');
    const constants = [
      ...read('client/components/app-router-headers.js').matchAll(/const [A-Z_]+ = '([a-z][a-z-]+)'/g),
      ...read('lib/constants.js').matchAll(/const [A-Z_]*HEADER[A-Z_]* = '([a-z][a-z-]+)'/g),
    ].map((m) => m[1]!);
    const internalList = /const INTERNAL_HEADERS = \[([^\]]*)\]/.exec(
      read('server/lib/server-ipc/utils.js'),
    )?.[1];
    const internal = [...(internalList ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
    expect(constants.length).toBeGreaterThan(15);
    expect(internal.length).toBeGreaterThan(5);
    const routerMap = /map "([^"]+)" \$portal_router_request/.exec(conf)?.[1] ?? '';
    const routerHeaders = [...routerMap.matchAll(/\$http_([a-z_]+)/g)].map((m) => m[1]!.replace(/_/g, '-'));
    const cookieOnly = ['next-instant-navigation-testing'];
    for (const name of new Set([
      ...constants,
      ...internal,
      'x-middleware-subrequest',
      'x-middleware-prefetch',
    ])) {
      if (cookieOnly.includes(name)) continue;
      const handled = NEXT_INTERNAL_REQUEST_HEADERS.includes(name) || routerHeaders.includes(name);
      expect([name, handled]).toEqual([name, true]);
    }
    for (const name of NEXT_INTERNAL_REQUEST_HEADERS) expect(conf).toContain(`proxy_set_header ${name} "";`);
    // Cookies and credentials never reach the app with a request whose answer may be stored.
    expect(conf).toContain('proxy_set_header Cookie $portal_upstream_cookie;');
    expect(conf).toMatch(/"10" "";\s+default \$http_cookie;/);
  });
});

describe('edge fallback pages', () => {
  it('say in each language what is unavailable and where to go, with no script', () => {
    const ja = fallbackPage('check-unavailable', 'ja');
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('メール設定チェックは現在ご利用いただけません');
    expect(ja).toContain('href="/ja/status"');
    expect(ja).toContain('0120-000-000');
    const en = fallbackPage('unavailable', 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Example Net Support is briefly unavailable');
    expect(en).toContain('href="/ja/"');
    for (const page of [ja, en]) expect(page).not.toMatch(/<script|https?:\/\//);
  });
});
