import fs from 'node:fs';
import forge from 'node-forge';
import { logger } from '@/lib/operations/logger';

/**
 * Signing of Apple configuration profiles. An unsigned profile installs, but iOS and macOS show it as
 * "Not Verified"; signed (CMS/PKCS #7 SignedData wrapping the profile, as Apple's tools make it) with
 * a certificate the device trusts, it shows the signer as verified. The certificate and its RSA key
 * come from PEM files named by PORTAL_PROFILE_SIGNING_CERT (the certificate, then any intermediates)
 * and PORTAL_PROFILE_SIGNING_KEY; without them profiles are served unsigned.
 */

export interface ProfileSigner {
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
  key: forge.pki.rsa.PrivateKey;
  /** The signer's name, as the guide shows it. */
  subject: string;
}

/** Reads a signer from PEM text; throws a plain message when the files do not make one. */
export function parseProfileSigner(certificatePem: string, keyPem: string): ProfileSigner {
  const blocks = certificatePem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('no certificate in the certificate file');
  const [certificate, ...chain] = blocks.map((pem) => forge.pki.certificateFromPem(pem));
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const publicKey = certificate!.publicKey as forge.pki.rsa.PublicKey;
  if (!publicKey.n || publicKey.n.compareTo(key.n) !== 0)
    throw new Error('the key does not belong to the certificate');
  const cn = certificate!.subject.getField('CN') as { value?: string } | null;
  return { certificate: certificate!, chain, key, subject: cn?.value ?? '' };
}

let loaded: { signer: ProfileSigner | null } | undefined;

/** The configured signer (read once), or null: none configured, or unreadable (logged once). */
export function profileSigner(env: NodeJS.ProcessEnv = process.env): ProfileSigner | null {
  if (loaded) return loaded.signer;
  const certFile = env.PORTAL_PROFILE_SIGNING_CERT;
  const keyFile = env.PORTAL_PROFILE_SIGNING_KEY;
  let signer: ProfileSigner | null = null;
  if (certFile && keyFile) {
    try {
      signer = parseProfileSigner(fs.readFileSync(certFile, 'utf8'), fs.readFileSync(keyFile, 'utf8'));
    } catch (error) {
      // The message names the file or what is wrong with the PEM, never the key itself.
      logger
        .child({ area: 'profiles' })
        .error(
          { detail: error instanceof Error ? error.message : 'unreadable' },
          'PORTAL_PROFILE_SIGNING_CERT/KEY cannot be used; serving unsigned profiles',
        );
    }
  }
  loaded = { signer };
  return signer;
}

/** The profile as CMS SignedData (DER), content included, SHA-256 with the signing time. */
export function signProfile(profile: string, signer: ProfileSigner, now = new Date()): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(profile, 'utf8');
  p7.addCertificate(signer.certificate);
  for (const certificate of signer.chain) p7.addCertificate(certificate);
  p7.addSigner({
    key: signer.key,
    certificate: signer.certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: now as unknown as string },
    ],
  });
  p7.sign();
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}
