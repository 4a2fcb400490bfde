import { describe, expect, it } from 'vitest';
import { loadRegistryFile, parseRegistry, RegistryFileError } from '@/lib/mail-registry/load-registry';
import { evaluateSettings, type FieldResult } from '@/lib/mail-check/evaluate-settings';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';

const registry = loadRegistryFile('config/mail-service.demo.json');
const settings = (input: unknown) => customerSettingsSchema.parse(input);
const byField = (fields: FieldResult[]) => Object.fromEntries(fields.map((f) => [f.field, f]));

describe('the demo registry', () => {
  it('is valid and has a recommended endpoint per protocol', () => {
    expect(registry.endpoints.filter((e) => e.recommended).map((e) => e.id)).toEqual([
      'submission',
      'submissions',
      'pop3s',
      'imaps',
    ]);
    expect(registry.resolve['mail.example.test']).toBe('127.0.0.2');
  });
});

describe('parseRegistry', () => {
  it('lists every problem with its path', () => {
    const broken = {
      domains: ['example.test'],
      endpoints: [
        {
          id: 'a',
          protocol: 'smtp',
          host: 'bad host',
          port: 70000,
          security: 'tls',
          auth: true,
          recommended: true,
        },
        { id: 'a', protocol: 'smtp', host: 'mail.example.test', port: 587, security: 'starttls', auth: true },
      ],
      policies: [
        { id: 'minimum-tls-version', effective: '2022-08-01' },
        { id: 'unknown-policy', effective: '2022-08-01' },
      ],
    };
    try {
      parseRegistry(broken, 'test.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RegistryFileError);
      const problems = (error as RegistryFileError).problems.join('\n');
      expect(problems).toMatch(/endpoints\.0\.host/);
      expect(problems).toMatch(/endpoints\.0\.port/);
      expect(problems).toMatch(/policies\.1\.id/);
    }
  });

  it('rejects duplicate ids and a minimum TLS policy without a version', () => {
    const doc = {
      domains: ['example.test'],
      endpoints: [
        {
          id: 'a',
          protocol: 'smtp',
          host: 'mail.example.test',
          port: 465,
          security: 'tls',
          auth: true,
          recommended: true,
        },
        { id: 'a', protocol: 'smtp', host: 'mail.example.test', port: 587, security: 'starttls', auth: true },
      ],
      policies: [{ id: 'minimum-tls-version', effective: '2022-08-01' }],
    };
    expect(() => parseRegistry(doc)).toThrow(
      /duplicate endpoint id "a".*minimum-tls-version needs "version"/s,
    );
  });
});

describe('evaluateSettings', () => {
  it('fixes the classic broken Outlook setup field by field (POP3 110 plain, SMTP 25 without authentication)', () => {
    const result = evaluateSettings(
      registry,
      settings({
        client: 'outlook',
        incoming: {
          protocol: 'pop3',
          server: 'mail.example.test',
          port: 110,
          security: 'none',
          auth: 'password',
        },
        outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'off' },
      }),
      '2026-11-22',
    );
    expect(result.verdict).toBe('action-required');
    const f = byField(result.fields);
    expect(f['incoming.port']).toMatchObject({
      status: 'change',
      suggested: '995',
      reason: 'encryption-required',
    });
    expect(f['incoming.security']).toMatchObject({
      status: 'change',
      suggested: 'tls',
      policy: { id: 'encrypted-login-required', notice: 'encrypted-login-required-2022' },
    });
    expect(f['outgoing.port']).toMatchObject({
      status: 'change',
      suggested: '587',
      reason: 'port-25-blocked',
    });
    expect(f['outgoing.security']).toMatchObject({ status: 'change', suggested: 'starttls' });
    expect(f['outgoing.auth']).toMatchObject({ status: 'change', suggested: 'on', reason: 'auth-required' });
    expect(result.usedEndpoints.sort()).toEqual(['pop3', 'smtp']);
    expect(result.recommendedEndpoints).toEqual(['submission', 'pop3s']);
  });

  it('passes a correct setup with every field green', () => {
    const result = evaluateSettings(
      registry,
      settings({
        incoming: { protocol: 'imap', server: 'Mail.Example.Test.', port: '993', security: 'tls' },
        outgoing: { server: 'mail.example.test', port: 465, security: 'tls', auth: 'same-as-incoming' },
      }),
      '2026-11-22',
    );
    expect(result.verdict).toBe('ok');
    expect(result.fields.every((f) => f.status === 'ok')).toBe(true);
    expect(result.usedEndpoints.sort()).toEqual(['imaps', 'submissions']);
  });

  it('says "works today, stops on <date>" for an announced policy', () => {
    const result = evaluateSettings(
      registry,
      settings({ incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' } }),
      '2022-07-01',
    );
    const f = byField(result.fields);
    expect(f['incoming.security']).toMatchObject({ status: 'ok', breaksOn: '2022-08-01', suggested: 'tls' });
    expect(f['incoming.port']).toMatchObject({ status: 'ok', breaksOn: '2022-08-01', suggested: '995' });
    expect(result.verdict).toBe('action-required');
    expect(result.upcoming.map((p) => p.id)).toEqual(['encrypted-login-required']);
  });

  it('treats POP before SMTP as working before 2015-07-14 and as a required change after', () => {
    const outgoing = {
      server: 'mail.example.test',
      port: 587,
      security: 'starttls',
      auth: 'pop-before-smtp',
    };
    expect(
      byField(evaluateSettings(registry, settings({ outgoing }), '2015-07-13').fields)['outgoing.auth'],
    ).toMatchObject({
      status: 'ok',
      breaksOn: '2015-07-14',
    });
    expect(
      byField(evaluateSettings(registry, settings({ outgoing }), '2015-07-14').fields)['outgoing.auth'],
    ).toMatchObject({
      status: 'change',
      reason: 'pop-before-smtp-ended',
      suggested: 'on',
    });
  });

  it('catches a server name that is not ours and encryption that does not match the port', () => {
    const result = evaluateSettings(
      registry,
      settings({
        outgoing: { server: 'smtp.other-provider.test', port: 465, security: 'starttls', auth: 'on' },
      }),
      '2026-11-22',
    );
    const f = byField(result.fields);
    expect(f['outgoing.server']).toMatchObject({
      status: 'change',
      reason: 'wrong-server',
      suggested: 'mail.example.test',
    });
    expect(f['outgoing.security']).toMatchObject({
      status: 'change',
      reason: 'security-mismatch',
      suggested: 'tls',
    });
    // A host that is not in the registry is never probed.
    expect(result.usedEndpoints).toEqual([]);
  });

  it('rejects malformed input', () => {
    expect(
      customerSettingsSchema.safeParse({ outgoing: { server: 'x', port: 0, security: 'none', auth: 'on' } })
        .success,
    ).toBe(false);
    expect(
      customerSettingsSchema.safeParse({
        incoming: { protocol: 'nntp', server: 'x', port: 119, security: 'none' },
      }).success,
    ).toBe(false);
  });
});
