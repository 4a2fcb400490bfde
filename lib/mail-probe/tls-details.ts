import tls from 'node:tls';
import type { ProbeCode } from './probe-errors';

export type TlsVersion = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
const VERSION_ORDER: readonly string[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** What customers' programs get, in plain words: the grade shown beside the version and cipher. */
export type TlsGrade = 'strong' | 'acceptable' | 'outdated';

export interface TlsDetails {
  version: string;
  cipher: string;
  grade: TlsGrade;
  /** What makes an otherwise current connection weak (the cipher, or a key size), if anything. */
  weakness: string | null;
  certificate: {
    subject: string;
    names: string[];
    issuer: string;
    validTo: string;
    daysLeft: number;
    trusted: boolean;
    /** The server sent the intermediates that link its certificate to a trusted root. */
    chainComplete: boolean;
  } | null;
  /**
   * Every certificate or protocol problem, most serious first: TLS_VERSION, CERT_EXPIRED,
   * CERT_HOSTNAME, CHAIN_INCOMPLETE, CERT_UNTRUSTED (each stops a password), then CERT_EXPIRING
   * (a staff warning only).
   */
  problems: ProbeCode[];
}

export interface TlsJudgement {
  /** The oldest version our policy accepts today (TLS 1.2 unless `minimum-tls-version` says more). */
  minimumVersion: TlsVersion;
  /** A certificate with fewer days left than this is a staff warning. */
  expiryWarningDays: number;
  now?: Date;
}

/** TLS_VERSION when `version` is older than `minimum` (unknown versions count as old). */
export function belowMinimum(version: string, minimum: TlsVersion): boolean {
  return VERSION_ORDER.indexOf(version) < VERSION_ORDER.indexOf(minimum);
}

/**
 * Modern key exchange and an AEAD cipher is what every current program negotiates; CBC suites still
 * work but are the first to be switched off; anything under TLS 1.2 is refused by current programs.
 */
export function gradeTls(version: string, cipher: string, weak = false): TlsGrade {
  if (weak || belowMinimum(version, 'TLSv1.2')) return 'outdated';
  if (version === 'TLSv1.3') return 'strong';
  return /^(ECDHE|DHE)-.*(GCM|CHACHA20)/.test(cipher) ? 'strong' : 'acceptable';
}

/** Ciphers current programs no longer negotiate (OpenSSL's default security level refuses them). */
const WEAK_CIPHER = /RC4|3DES|DES-CBC|NULL|EXPORT|ADH|AECDH|MD5|IDEA|SEED/;

/**
 * What OpenSSL's default security level would have refused, so the diagnostic handshake (which
 * allows everything, to see old servers) never lets a password over a connection a customer's
 * program would not make: a weak cipher, a DH group or RSA key under 2048 bits, an EC key under 224.
 */
function weakness(
  socket: tls.TLSSocket,
  cipher: string,
  peer: tls.PeerCertificate | undefined,
): string | null {
  if (WEAK_CIPHER.test(cipher)) return cipher;
  const ephemeral = socket.getEphemeralKeyInfo();
  if (ephemeral && 'type' in ephemeral && ephemeral.type === 'DH' && (ephemeral.size ?? 0) < 2048)
    return `DH ${ephemeral.size} bits`;
  if (ephemeral && 'type' in ephemeral && ephemeral.type === 'ECDH' && (ephemeral.size ?? 0) < 224)
    return `ECDH ${ephemeral.size} bits`;
  const bits = (peer as { bits?: number } | undefined)?.bits;
  const ec = Boolean((peer as { asn1Curve?: string } | undefined)?.asn1Curve);
  if (bits && !ec && bits < 2048) return `RSA ${bits} bits`;
  if (bits && ec && bits < 224) return `EC ${bits} bits`;
  return null;
}

/** OpenSSL's verdicts that mean "the chain stops short": the server did not send an intermediate. */
const MISSING_ISSUER = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

/** What a TLS connection offers, judged: version, cipher, and the certificate against the host name. */
export function inspectTls(socket: tls.TLSSocket, host: string, judgement: TlsJudgement): TlsDetails {
  const now = judgement.now ?? new Date();
  const version = socket.getProtocol() ?? 'unknown';
  const cipher = socket.getCipher()?.name ?? 'unknown';
  const tooOld = belowMinimum(version, judgement.minimumVersion);
  const peer = socket.getPeerCertificate(true);
  const weak = tooOld ? null : weakness(socket, cipher, peer?.raw ? peer : undefined);
  const grade = gradeTls(version, cipher, Boolean(weak));
  const protocolProblems: ProbeCode[] = [
    ...(tooOld ? ['TLS_VERSION' as const] : []),
    ...(weak ? ['TLS_WEAK' as const] : []),
  ];
  if (!peer || !peer.raw)
    return {
      version,
      cipher,
      grade,
      weakness: weak,
      certificate: null,
      problems: [...protocolProblems, 'CERT_UNTRUSTED'],
    };

  const names = (peer.subjectaltname ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n.startsWith('DNS:') || n.startsWith('IP Address:'))
    .map((n) => n.replace(/^DNS:|^IP Address:/, ''));
  const validTo = new Date(peer.valid_to);
  const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / 86_400_000);
  const expired = validTo.getTime() < now.getTime() || new Date(peer.valid_from).getTime() > now.getTime();
  const wrongName = tls.checkServerIdentity(host, peer) !== undefined;
  const authorizationError = String(socket.authorizationError ?? '');
  // Node reports expiry and name problems through authorizationError too; "trusted" is about the chain.
  const trusted =
    socket.authorized ||
    authorizationError === 'CERT_HAS_EXPIRED' ||
    authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID';
  // The chain stops short at the leaf although the leaf names where its issuer can be fetched (the
  // AIA "CA Issuers" entry public CAs always add): the server forgot its intermediate. Programs that
  // have not cached that intermediate refuse the certificate. Without AIA it is simply untrusted.
  const chainIncomplete =
    !trusted &&
    MISSING_ISSUER.has(authorizationError) &&
    !peer.issuerCertificate &&
    Boolean(peer.infoAccess?.['CA Issuers - URI']?.length);

  const problems: ProbeCode[] = [...protocolProblems];
  if (expired) problems.push('CERT_EXPIRED');
  if (wrongName) problems.push('CERT_HOSTNAME');
  if (chainIncomplete) problems.push('CHAIN_INCOMPLETE');
  else if (!trusted) problems.push('CERT_UNTRUSTED');
  if (!expired && daysLeft < judgement.expiryWarningDays) problems.push('CERT_EXPIRING');

  const cn = (value: unknown) =>
    typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '';
  return {
    version,
    cipher,
    grade,
    weakness: weak,
    certificate: {
      subject: cn(peer.subject?.CN),
      names,
      issuer: [cn(peer.issuer?.O), cn(peer.issuer?.CN)].filter(Boolean).join(' / '),
      validTo: validTo.toISOString(),
      daysLeft,
      trusted,
      chainComplete: !chainIncomplete,
    },
    problems,
  };
}
