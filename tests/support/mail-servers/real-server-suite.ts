import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { EndpointResult, ProbeCredentials } from '@/lib/mail-probe/probe-result';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { realServersAvailable, startRealMailServers, type RealMailServers } from './real-mail-servers';

/**
 * What every test file against the real Postfix and Dovecot shares: whether to skip (CI must run
 * them; a developer machine without the packages may skip, loudly), starting one harness for the
 * file with its CA trusted through MAIL_CA_FILE, and the checks for leaked secrets.
 */

export const APT_INSTALL =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postfix dovecot-core dovecot-imapd dovecot-pop3d';

const availability = realServersAvailable();

/** True when these tests may be skipped here (packages missing, not CI); says so once per file. */
export function skipRealServers(what: string): boolean {
  const skip = !availability.ok && process.env.CI !== 'true';
  if (!availability.ok && skip)
    console.warn(
      `Skipping ${what}: missing ${availability.missing.join(', ')}. Install (as root) with: ${APT_INSTALL}`,
    );
  return skip;
}

/**
 * Starts the harness before the file's tests and stops it after; `registryFor` builds the registry
 * the tests probe. The returned object is filled in by beforeAll.
 */
export function useRealMailServers(registryFor: (servers: RealMailServers) => MailRegistry) {
  const suite = {} as { servers: RealMailServers; registry: MailRegistry };
  let caDir: string | undefined;
  const callerCaFile = process.env.MAIL_CA_FILE;
  beforeAll(async () => {
    if (!availability.ok) {
      throw new Error(
        `CI needs real Postfix and Dovecot, but these packages are missing: ${availability.missing.join(', ')}. ` +
          `Install them (as root) with: ${APT_INSTALL}`,
      );
    }
    suite.servers = await startRealMailServers();
    suite.registry = registryFor(suite.servers);
    // runProbes trusts the system store plus MAIL_CA_FILE: the harness's CA goes in through there.
    caDir = fs.mkdtempSync(path.join(os.tmpdir(), 'real-mail-ca-'));
    fs.writeFileSync(path.join(caDir, 'ca.pem'), suite.servers.caPem);
    process.env.MAIL_CA_FILE = path.join(caDir, 'ca.pem');
  });
  afterAll(async () => {
    if (callerCaFile === undefined) delete process.env.MAIL_CA_FILE;
    else process.env.MAIL_CA_FILE = callerCaFile;
    await suite.servers?.stop();
    if (caDir) fs.rmSync(caDir, { recursive: true, force: true });
  });
  return suite;
}

/** Every form in which a password could leak into a result: raw, JSON-escaped, or base64 in a SASL token. */
export function secretForms({ username, password }: ProbeCredentials): string[] {
  return [
    password,
    JSON.stringify(password).slice(1, -1),
    Buffer.from(password).toString('base64'),
    Buffer.from(`\0${username}\0${password}`).toString('base64'),
  ];
}

/** The commands the probe sent, as the transcript records them. */
export const sent = (result: EndpointResult) =>
  result.transcript.filter((l) => l.dir === 'C').map((l) => l.text);
