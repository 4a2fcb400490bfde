import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { handleThunderbirdConfig } from '@/lib/autoconfig/autoconfig-handlers';
import { renderThunderbirdConfig } from '@/lib/autoconfig/thunderbird-config';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';

const demo = loadRegistryFile('config/mail-service.demo.json');
const site = {
  ispName: { en: 'Example Net', ja: 'エグザンプルネット' },
  baseUrl: 'https://support.example.test',
};
const SCHEMA = path.join(process.cwd(), 'tests/support/autoconfig/clientconfig-1.2.rng');

/** xmllint (Debian's libxml2-utils) validating against our RELAX NG rendering of the draft's rules. */
function validate(xml: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autoconfig-'));
  const file = path.join(dir, 'config.xml');
  fs.writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.error) throw new Error('xmllint is missing: apt-get install -y libxml2-utils');
  return { ok: result.status === 0, output: result.stderr };
}

describe('autoconfig version 1.2 (draft-ietf-mailmaint-autoconfig)', () => {
  it('is valid against the draft’s rules, as is version 1.1', () => {
    for (const version of ['1.2', '1.1'] as const) {
      const result = validate(renderThunderbirdConfig(demo, site, version));
      expect([version, result.ok, result.output]).toEqual([
        version,
        true,
        expect.stringContaining('validates'),
      ]);
    }
  });

  it('the schema refuses what the draft does not allow', () => {
    const good = renderThunderbirdConfig(demo, site, '1.2');
    expect(validate(good.replace(/<port>\d+<\/port>/, '<port>imaps</port>')).ok).toBe(false);
    expect(validate(good.replace('<socketType>SSL</socketType>', '<socketType>TLS</socketType>')).ok).toBe(
      false,
    );
    expect(validate(good.replace(' version="1.2"', '')).ok).toBe(false);
    // An element the draft does not define is ignored, not an error.
    expect(
      validate(good.replace('</emailProvider>', '<futureThing a="1"><x/></futureThing></emailProvider>')).ok,
    ).toBe(true);
  });

  it('carries the same servers as 1.1, plus the MX domain, and answers without an address', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const v12 = parser.parse(renderThunderbirdConfig(demo, site, '1.2')).clientConfig;
    const v11 = parser.parse(renderThunderbirdConfig(demo, site, '1.1')).clientConfig;
    expect(v12['@version']).toBe('1.2');
    expect(v11['@version']).toBe('1.1');
    expect(v12.emailProvider.incomingServer).toEqual(v11.emailProvider.incomingServer);
    expect(v12.emailProvider.outgoingServer).toEqual(v11.emailProvider.outgoingServer);
    expect(v12.emailProvider.domain).toContainEqual({ '#text': 'example.test', '@purpose': 'mx' });
    // Thunderbird for Android asks without ?emailaddress: the same file.
    const bare = handleThunderbirdConfig(
      new Request('https://example.test/.well-known/mail-v1.xml'),
      demo,
      site,
      '1.2',
    );
    expect(bare.status).toBe(200);
    expect(await bare.text()).toBe(renderThunderbirdConfig(demo, site, '1.2'));
  });
});
