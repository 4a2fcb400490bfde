import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMobileconfig } from '@/lib/autoconfig/autoconfig-handlers';
import { parseProfileSigner, signProfile } from '@/lib/autoconfig/sign-profile';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { makeChain } from '../support/certificate-chain';

const demo = loadRegistryFile('config/mail-service.demo.json');
const site = { ispName: { en: 'Example Net', ja: 'エグザンプルネット' } };
let dir = '';
const file = (name: string) => path.join(dir, name);

let chain: ReturnType<typeof makeChain>;
beforeAll(() => {
  // A signing certificate as an ISP would have one: a leaf issued by an intermediate under a root.
  chain = makeChain('profiles.example.test');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-signing-'));
  fs.writeFileSync(file('ca.pem'), chain.root);
});
const signerFromChain = () => parseProfileSigner(`${chain.leaf}${chain.intermediate}`, chain.key);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('signed configuration profiles', () => {
  it('are CMS SignedData that openssl verifies against the CA, with the profile inside unchanged', async () => {
    const signer = signerFromChain();
    expect(signer.subject).toBe('profiles.example.test');
    expect(signer.chain).toHaveLength(1);
    const url =
      'https://support.example.test/en/guides/mail.mobileconfig?email=taro%40example.test&type=imap';
    const unsigned = await handleMobileconfig(new Request(url), 'en', demo, site).text();
    const response = handleMobileconfig(new Request(url), 'en', demo, site, signer);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/x-apple-aspen-config');
    const der = Buffer.from(await response.arrayBuffer());
    fs.writeFileSync(file('profile.der'), der);
    const verified = spawnSync(
      'openssl',
      ['cms', '-verify', '-inform', 'DER', '-in', 'profile.der', '-CAfile', 'ca.pem', '-purpose', 'any'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(verified.stderr).toContain('Verification successful');
    // Same profile apart from its random UUIDs.
    const withoutUuids = (xml: string) => xml.replace(/<string>[0-9A-F-]{36}<\/string>/gi, '');
    expect(withoutUuids(verified.stdout)).toBe(withoutUuids(unsigned));
    expect(verified.stdout).toContain('<string>taro@example.test</string>');
  });

  it('fail verification when the signed profile is altered, and refuse a key that is not the certificate’s', () => {
    const signer = signerFromChain();
    const der = signProfile('<plist><dict><key>a</key><string>one</string></dict></plist>', signer);
    const tampered = Buffer.from(der);
    const at = tampered.indexOf(Buffer.from('one'));
    tampered.write('two', at);
    fs.writeFileSync(file('tampered.der'), tampered);
    const result = spawnSync(
      'openssl',
      ['cms', '-verify', '-inform', 'DER', '-in', 'tampered.der', '-CAfile', 'ca.pem', '-purpose', 'any'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(result.status).not.toBe(0);
    expect(() => parseProfileSigner(chain.leaf, makeChain('other.example.test').key)).toThrow(
      /does not belong/,
    );
  });
});
