import { describe, expect, it } from 'vitest';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { policyImpact } from '@/lib/mail-check/policy-impact';
import { customerSettingsSchema } from '@/lib/mail-check/customer-settings';

const demo = loadRegistryFile('config/mail-service.demo.json');
const settings = (input: unknown) => customerSettingsSchema.parse(input);
const oldPop = settings({
  client: 'outlook',
  incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
  outgoing: { server: 'mail.example.test', port: 25, security: 'none', auth: 'off' },
});
const modern = settings({
  client: 'thunderbird',
  incoming: { protocol: 'imap', server: 'mail.example.test', port: 993, security: 'tls' },
  outgoing: { server: 'mail.example.test', port: 587, security: 'starttls', auth: 'on' },
});

describe('am I affected?', () => {
  it('says which fields one policy makes the customer change', () => {
    const impact = policyImpact(demo, 'encrypted-login-required', oldPop, '2026-11-22');
    expect(impact.verdict).toBe('affected');
    expect(impact.effective).toBe('2022-08-01');
    expect(impact.changes.map((c) => [c.field, c.suggested])).toContainEqual(['incoming.security', 'tls']);
    expect(impact.changes.every((c) => c.policy?.id === 'encrypted-login-required')).toBe(true);
    // Port 25 without SMTP AUTH is wrong for other policies: named, not hidden.
    expect(impact.otherFields).toEqual(['outgoing.port', 'outgoing.auth']);
    expect(impact.otherChanges).toBe(2);
    expect(policyImpact(demo, 'encrypted-login-required', modern, '2026-11-22').otherFields).toEqual([]);
  });

  it('answers "not affected" for settings that already follow the policy', () => {
    for (const kind of [
      'encrypted-login-required',
      'outbound-port-25-blocked',
      'pop-before-smtp-ended',
    ] as const)
      expect([kind, policyImpact(demo, kind, modern, '2026-11-22').verdict]).toEqual([kind, 'not-affected']);
  });

  it('warns ahead of a policy that is only announced', () => {
    const impact = policyImpact(demo, 'encrypted-login-required', oldPop, '2022-07-31');
    expect(impact.verdict).toBe('will-be-affected');
    expect(impact.changes.some((c) => c.breaksOn === '2022-08-01')).toBe(true);
  });

  it('judges the minimum TLS version by the program', () => {
    const legacy = { ...modern, client: 'legacy-windows' as const };
    expect(policyImpact(demo, 'minimum-tls-version', legacy, '2026-11-22').verdict).toBe('affected');
    expect(policyImpact(demo, 'minimum-tls-version', modern, '2026-11-22').verdict).toBe('not-affected');
    const withoutPolicy = { ...demo, policies: [] };
    expect(policyImpact(withoutPolicy, 'minimum-tls-version', legacy, '2026-11-22').verdict).toBe(
      'not-in-registry',
    );
  });
});
