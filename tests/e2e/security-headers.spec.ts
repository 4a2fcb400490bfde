import { expect, test } from '@playwright/test';

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

test.describe('security headers', () => {
  test('every response says nosniff, a referrer policy, no framing and where scripts may come from; no HSTS from the app', async ({
    request,
  }) => {
    for (const path of [
      '/en',
      '/ja/notices',
      '/en/guides/thunderbird',
      '/api/status',
      '/en/notices/feed.xml',
    ]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect([path, headers['x-content-type-options']]).toEqual([path, 'nosniff']);
      expect([path, headers['referrer-policy']]).toEqual([path, 'strict-origin-when-cross-origin']);
      expect([path, headers['x-frame-options']]).toEqual([path, 'DENY']);
      expect([path, headers['content-security-policy']]).toEqual([
        path,
        expect.stringContaining("frame-ancestors 'none'"),
      ]);
      expect([path, headers['content-security-policy']]).toEqual([
        path,
        expect.stringMatching(/(^|; )script-src 'self'/),
      ]);
      expect([path, headers['strict-transport-security']]).toEqual([path, undefined]);
    }
    // Any client can send X-Forwarded-Proto: HSTS is the TLS terminator's to send (the shipped edge
    // configuration does), never the app's on a client's word.
    const https = await request.get('/en', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers()['strict-transport-security']).toBeUndefined();
  });

  test('public pages run under their static policy without a CSP violation, and token pages get a nonce', async ({
    page,
    request,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ['/ja', '/en/faq', '/ja/guides/iphone', '/en/subscribe']) {
      await page.goto(path, { waitUntil: 'load' });
      await page.mouse.move(20, 20);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
    }
    expect(violations).toEqual([]);
    for (const path of ['/en/subscriptions/confirm?token=abc', '/ja/subscriptions/manage?token=abc']) {
      const policy = (await request.get(path)).headers()['content-security-policy'] ?? '';
      expect([path, policy]).toEqual([
        path,
        expect.stringMatching(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/),
      ]);
    }
  });

  test('the checker and the staff area get a fresh nonce per request, strict-dynamic and no inline scripts', async ({
    request,
  }) => {
    for (const path of ['/en/check', '/ja/admin/login']) {
      const first = await request.get(path);
      const second = await request.get(path);
      const policy = first.headers()['content-security-policy'] ?? '';
      const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      const nonce = nonceOf(policy);
      expect(nonce).toBeTruthy();
      expect(nonceOf(second.headers()['content-security-policy'] ?? '')).not.toBe(nonce);
      // Next puts the request's nonce on every script it renders.
      const html = await first.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
  });

  test('pages under the nonce policy run without a single CSP violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/en/check', { waitUntil: 'load' });
    // The framework's chunks are prefetched, then inserted by the boot loader at the first sign of a
    // person ('strict-dynamic' trusts them through the loader's nonce): React runs and hydrates.
    await page.mouse.move(30, 30);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
    await page.goto('/ja/admin/login');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
    await expect(page.locator('form:has(#password) button[type="submit"]')).toBeEnabled();
    expect(violations).toEqual([]);
  });

  test('static assets come from public/ with long cache headers, and pages link the light and dark icons', async ({
    page,
  }) => {
    for (const [path, type] of [
      ['/icons/icon-light.svg', 'image/svg+xml'],
      ['/icons/icon-dark.svg', 'image/svg+xml'],
      ['/icons/apple-touch-icon.png', 'image/png'],
      ['/og-image.png', 'image/png'],
      ['/favicon.ico', 'image/'],
    ] as const) {
      const response = await page.request.get(path);
      expect([path, response.status()]).toEqual([path, 200]);
      expect(response.headers()['content-type']).toContain(type);
      expect(response.headers()['cache-control']).toContain('max-age=2592000');
    }
    await page.goto('/ja');
    await expect(page.locator('link[rel="icon"][media="(prefers-color-scheme: dark)"]')).toHaveAttribute(
      'href',
      '/icons/icon-dark.svg',
    );
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
      'href',
      '/icons/apple-touch-icon.png',
    );
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og-image\.png$/);
  });
});
