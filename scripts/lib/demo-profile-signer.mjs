// The demo signs its Apple configuration profiles with a certificate it makes itself (once, kept in
// data/demo-profile-signing/), so the signed path is what `npm run demo` shows. Devices will not
// trust it (it is self-signed): a real ISP sets PORTAL_PROFILE_SIGNING_CERT/KEY to a certificate from
// a CA they trust (docs/autoconfig.md). Needs openssl; without it the demo serves unsigned profiles.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './tasks.mjs';

export function ensureDemoProfileSigner(env) {
  if (env.PORTAL_PROFILE_SIGNING_CERT || env.PORTAL_PROFILE_SIGNING_KEY) return;
  const dir = path.join(root, 'data', 'demo-profile-signing');
  const cert = path.join(dir, 'signer.pem');
  const key = path.join(dir, 'signer.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    fs.mkdirSync(dir, { recursive: true });
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '3650',
        '-subj',
        '/CN=Example Net demo profiles',
      ],
      { stdio: 'ignore' },
    );
    if (made.status !== 0) {
      console.warn('⚠ openssl is not available: the demo serves unsigned configuration profiles.');
      return;
    }
  }
  env.PORTAL_PROFILE_SIGNING_CERT = cert;
  env.PORTAL_PROFILE_SIGNING_KEY = key;
}
