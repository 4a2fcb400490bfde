import { describe, expect, it } from 'vitest';
import { compatibilityMatrix, MATRIX_CLIENTS } from '@/lib/autoconfig/compatibility-matrix';
import { loadRegistryFile, parseRegistry } from '@/lib/mail-registry/load-registry';

const demo = loadRegistryFile('config/mail-service.demo.json');
const site = {
  ispName: { en: 'Example Net', ja: 'エグザンプルネット' },
  baseUrl: 'https://support.example.test',
};

describe('auto-configuration compatibility matrix', () => {
  it('asks every format as each program does and finds the registry in every answer', async () => {
    const rows = await compatibilityMatrix(demo, site);
    expect(rows.map((r) => r.client)).toEqual([...MATRIX_CLIENTS]);
    for (const row of rows)
      expect([row.client, row.ok, row.answer]).toEqual([row.client, true, row.expected]);
    const desktop = rows.find((r) => r.client === 'thunderbird-desktop')!;
    expect(desktop.answer).toContain('imap mail.example.test:993 tls %EMAILADDRESS%');
    expect(desktop.answer).toContain('smtp mail.example.test:587 starttls %EMAILADDRESS%');
    expect(rows.find((r) => r.client === 'outlook-pox')!.answer).toContain(
      'pop3 mail.example.test:995 tls taro@example.test',
    );
  });

  it('follows a registry change into every format', async () => {
    const raw = JSON.parse(JSON.stringify(demo)) as { endpoints: { host: string }[] };
    for (const endpoint of raw.endpoints) endpoint.host = 'mx2.example.test';
    const moved = parseRegistry(raw);
    const rows = await compatibilityMatrix(moved, site);
    for (const row of rows) {
      expect([row.client, row.ok]).toEqual([row.client, true]);
      if (row.client !== 'outlook-json') expect(row.answer.join(' ')).toContain('mx2.example.test');
    }
  });

  it('marks a program whose format cannot be produced', async () => {
    // Not a registry the schema accepts (it requires a recommended POP3 endpoint): the matrix still copes.
    const rows = await compatibilityMatrix(
      { ...demo, endpoints: demo.endpoints.filter((e) => e.protocol !== 'pop3') },
      site,
    );
    const mac = rows.find((r) => r.client === 'apple-macos')!;
    expect(mac).toMatchObject({ ok: false, status: 404, answer: [] });
    expect(rows.find((r) => r.client === 'apple-ios')!.ok).toBe(true);
  });
});
