import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientAddress, isTrustedProxy, proxyTrustFrom } from '@/lib/http/client-address';

const none = proxyTrustFrom('', '');

describe('the client address', () => {
  it('direct access: the socket, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('198.51.100.7', null, none)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', '203.0.113.9', none)).toBe('198.51.100.7');
  });

  it('one trusted proxy: the entry it appended', () => {
    const trust = proxyTrustFrom('10.0.0.5', '');
    expect(clientAddress('10.0.0.5', '198.51.100.7', trust)).toBe('198.51.100.7');
    expect(isTrustedProxy('::ffff:10.0.0.5', trust)).toBe(true);
  });

  it('a chain of trusted proxies (CIDR ranges, both families): the right-most untrusted entry', () => {
    const trust = proxyTrustFrom('10.0.0.0/8, 2001:db8:cafe::/48', '');
    expect(clientAddress('10.0.0.5', '198.51.100.7, 2001:db8:cafe::2, 10.1.2.3', trust)).toBe('198.51.100.7');
    expect(clientAddress('2001:db8:cafe::1', '[2001:db8::42], 10.1.2.3', trust)).toBe('2001:db8::42');
  });

  it('a spoofed header gets past nothing: forged entries left of the real client are ignored', () => {
    const trust = proxyTrustFrom('10.0.0.5', '');
    // The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the real address.
    expect(clientAddress('10.0.0.5', '192.0.2.1, 198.51.100.7', trust)).toBe('198.51.100.7');
    // Talking to the app directly, past the proxy, a forged header changes nothing.
    expect(clientAddress('198.51.100.7', '10.0.0.5, 192.0.2.1', trust)).toBe('198.51.100.7');
    expect(isTrustedProxy('198.51.100.7', trust)).toBe(false);
    // Garbage in the header is not an address.
    expect(clientAddress('10.0.0.5', 'evil, <script>', trust)).toBe('10.0.0.5');
  });

  it('a hop count, for proxies whose addresses are not known in advance', () => {
    const two = proxyTrustFrom('', '2');
    expect(clientAddress('203.0.113.1', '192.0.2.66, 198.51.100.7, 203.0.113.2', two)).toBe('198.51.100.7');
  });

  it('the preload replaces a client-sent x-portal-peer with the socket address', async () => {
    const script = `
      const http = require('node:http');
      const server = http.createServer((req, res) => res.end(req.headers['x-portal-peer']));
      server.listen(0, '127.0.0.1', () => console.log(server.address().port));
    `;
    const child = spawn(
      process.execPath,
      ['--import', path.resolve('scripts/lib/peer-address.mjs'), '-e', script],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const port = await new Promise<number>((resolve) =>
        child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
      );
      const body = await new Promise<string>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, headers: { 'x-portal-peer': '192.0.2.1' } }, (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve(text));
          })
          .on('error', reject);
      });
      expect(body).toBe('127.0.0.1');
    } finally {
      child.kill();
    }
  });
});
