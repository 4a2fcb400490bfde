import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalAddress,
  formatNetwork,
  inNetwork,
  parseAddress,
  parseNetwork,
  truncateAddress,
} from '@/lib/mail-events/ip-networks';
import { registrySchema } from '@/lib/mail-registry/registry-schema';
import { formToRegistry, registryToForm } from '@/lib/mail-registry/registry-form';

const demo = JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8'));

describe('customer networks (CIDR, IPv4 and IPv6)', () => {
  it('parses ranges in canonical form and refuses host bits, bad prefixes and non-addresses', () => {
    expect(formatNetwork(parseNetwork('198.51.100.0/24')!)).toBe('198.51.100.0/24');
    expect(formatNetwork(parseNetwork('2001:DB8:0::/48')!)).toBe('2001:db8::/48');
    expect(formatNetwork(parseNetwork('0.0.0.0/0')!)).toBe('0.0.0.0/0');
    expect(formatNetwork(parseNetwork('192.0.2.7')!)).toBe('192.0.2.7/32');
    for (const bad of [
      '198.51.100.1/24',
      '10.0.0.0/33',
      '2001:db8::/129',
      '300.1.1.0/24',
      'example.test/8',
      '',
      '1.2.3/24',
    ])
      expect(parseNetwork(bad), bad).toBeNull();
  });

  it('places addresses, IPv4-mapped IPv6 counting as IPv4', () => {
    const net4 = parseNetwork('198.51.100.0/24')!;
    const net6 = parseNetwork('2001:db8:8000::/33')!;
    expect(inNetwork(parseAddress('198.51.100.200')!, net4)).toBe(true);
    expect(inNetwork(parseAddress('::ffff:198.51.100.9')!, net4)).toBe(true);
    expect(inNetwork(parseAddress('198.51.101.1')!, net4)).toBe(false);
    expect(inNetwork(parseAddress('2001:db8:8123::1')!, net6)).toBe(true);
    expect(inNetwork(parseAddress('2001:db8:7fff::1')!, net6)).toBe(false);
    expect(inNetwork(parseAddress('198.51.100.1')!, net6)).toBe(false);
  });

  it('keeps only the /24 or /48 of an address', () => {
    expect(truncateAddress(parseAddress('203.0.113.77')!)).toBe('203.0.113.0/24');
    expect(truncateAddress(parseAddress('[2001:db8:1:2:3::5]')!)).toBe('2001:db8:1::/48');
    expect(truncateAddress(parseAddress('fe80::1%eth0')!)).toBe('fe80::/48');
    expect(canonicalAddress(parseAddress('::FFFF:192.0.2.1')!)).toBe('192.0.2.1');
    expect(parseAddress('not an address')).toBeNull();
  });

  it('is part of the registry: validated, canonical, no duplicates; the demo has some', () => {
    const ok = registrySchema.parse({ ...demo, customerNetworks: ['2001:DB8::/32', '198.51.100.0/24'] });
    expect(ok.customerNetworks).toEqual(['2001:db8::/32', '198.51.100.0/24']);
    const bad = registrySchema.safeParse({ ...demo, customerNetworks: ['198.51.100.1/24'] });
    expect(bad.success).toBe(false);
    const twice = registrySchema.safeParse({ ...demo, customerNetworks: ['2001:db8::/32', '2001:DB8::/32'] });
    expect(twice.success).toBe(false);
    expect(registrySchema.parse(demo).customerNetworks?.length).toBeGreaterThan(0);
    // A registry without the key (older files) still loads.
    const older = { ...demo };
    delete older.customerNetworks;
    expect(registrySchema.parse(older).customerNetworks).toBeUndefined();
  });

  it('round-trips through the staff editor, with a wrong line shown at its field', () => {
    const registry = registrySchema.parse(demo);
    const form = registryToForm(registry);
    expect(form.customerNetworks.split('\n')).toEqual(registry.customerNetworks);
    const notices = new Set(registry.policies.map((p) => p.notice!).filter(Boolean));
    const back = formToRegistry(form, notices);
    expect(back.ok && back.registry.customerNetworks).toEqual(registry.customerNetworks);
    const wrong = formToRegistry({ ...form, customerNetworks: '198.51.100.0/24\n10.0.0.1/8' }, notices);
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.errors.customerNetworks).toBe('network');
  });
});
