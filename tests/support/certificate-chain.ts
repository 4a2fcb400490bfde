import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A root → intermediate → leaf chain made with Debian's openssl, the leaf naming where its issuer
 * can be fetched (AIA "CA Issuers"), as public CAs issue them: for testing a server that forgets to
 * send its intermediate. selfsigned cannot write the AIA extension.
 */
export function makeChain(host: string): { root: string; intermediate: string; leaf: string; key: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chain-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  try {
    fs.writeFileSync(
      file('ext.cnf'),
      [
        '[ca]',
        'basicConstraints=critical,CA:true',
        'keyUsage=critical,keyCertSign,cRLSign',
        '[leaf]',
        `subjectAltName=DNS:${host}`,
        'authorityInfoAccess=caIssuers;URI:http://ca.example.test/intermediate.crt',
        'extendedKeyUsage=serverAuth',
      ].join('\n'),
    );
    const subj = (cn: string) => `/O=Chain Tests/CN=${cn}`;
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'root.key',
      '-out',
      'root.pem',
      '-days',
      '30',
      '-subj',
      subj('Chain Test Root'),
      '-addext',
      'basicConstraints=critical,CA:true',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'int.key',
      '-out',
      'int.csr',
      '-subj',
      subj('Chain Test Intermediate'),
    );
    openssl(
      'x509',
      '-req',
      '-in',
      'int.csr',
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-out',
      'int.pem',
      '-days',
      '30',
      '-extfile',
      'ext.cnf',
      '-extensions',
      'ca',
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'leaf.key',
      '-out',
      'leaf.csr',
      '-subj',
      subj(host),
    );
    openssl(
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'int.pem',
      '-CAkey',
      'int.key',
      '-CAcreateserial',
      '-out',
      'leaf.pem',
      '-days',
      '30',
      '-extfile',
      'ext.cnf',
      '-extensions',
      'leaf',
    );
    const read = (name: string) => fs.readFileSync(file(name), 'utf8');
    return {
      root: read('root.pem'),
      intermediate: read('int.pem'),
      leaf: read('leaf.pem'),
      key: read('leaf.key'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
