import { describe, expect, it } from 'vitest';
import { applyTlsPolicy } from '@/lib/mail-check/apply-tls-policy';
import type { EndpointResult } from '@/lib/mail-probe/probe-result';

const result = (version: string): EndpointResult => ({
  id: 'imaps',
  host: 'mail.example.test',
  port: 993,
  security: 'tls',
  status: 'ok',
  code: 'OK',
  message: 'ok',
  durationMs: 1,
  tls: { version, cipher: 'x', certificate: null },
  auth: { beforeTls: [], afterTls: ['PLAIN'] },
  login: 'skipped',
  steps: [],
  transcript: [],
});
const registry = {
  policies: [{ id: 'minimum-tls-version' as const, effective: '2030-01-01', version: 'TLSv1.3' as const }],
};

describe('applyTlsPolicy', () => {
  it('fails a connection below the required version once the policy is in force', () => {
    expect(applyTlsPolicy(registry, [result('TLSv1.2')], '2030-01-01')[0]).toMatchObject({
      status: 'fail',
      code: 'TLS_VERSION',
    });
    expect(applyTlsPolicy(registry, [result('TLSv1.3')], '2030-01-01')[0]).toMatchObject({
      status: 'ok',
      code: 'OK',
    });
  });

  it('changes nothing before the effective day', () => {
    expect(applyTlsPolicy(registry, [result('TLSv1.2')], '2029-12-31')[0]).toMatchObject({ status: 'ok' });
  });
});
