import { describe, expect, it } from 'vitest';
import { fallbackPage } from '@/lib/edge/fallback-pages';
import { nginxSeconds, renderPortalConf } from '../../scripts/lib/nginx-config.mjs';

const options = {
  upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'],
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

  it('terminates TLS when given a certificate, and adds brotli when asked', () => {
    const conf: string = renderPortalConf({
      ...options,
      tls: { certificate: '/etc/ssl/p/fullchain.pem', key: '/etc/ssl/p/privkey.pem' },
      brotli: true,
    });
    expect(conf).toContain('listen 443 ssl http2;');
    expect(conf).toContain('ssl_certificate /etc/ssl/p/fullchain.pem;');
    expect(conf).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(conf).toContain('brotli on;');
    expect(conf).not.toContain('listen 80;');
  });

  it('refuses a stale window shorter than ten minutes', () => {
    expect(nginxSeconds('10m')).toBe(600);
    expect(nginxSeconds('7d')).toBe(604_800);
    expect(() => renderPortalConf({ ...options, staleWindow: '5m' })).toThrow(/10 minutes/);
    expect(renderPortalConf({ ...options, staleWindow: '10m' })).toContain('stale-if-error=600');
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
