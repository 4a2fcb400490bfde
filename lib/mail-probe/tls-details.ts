import tls from 'node:tls';
import type { ProbeCode } from './probe-errors';

export interface TlsDetails {
  version: string;
  cipher: string;
  certificate: {
    subject: string;
    names: string[];
    issuer: string;
    validTo: string;
    daysLeft: number;
    trusted: boolean;
  } | null;
  /** The first certificate or protocol problem, if any (TLS_VERSION, CERT_EXPIRED, CERT_HOSTNAME, CERT_UNTRUSTED). */
  problem: ProbeCode | null;
}

const OLD_VERSIONS = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);

/** What a TLS connection offers, judged: version, cipher, and the certificate against the host name. */
export function inspectTls(socket: tls.TLSSocket, host: string, now = new Date()): TlsDetails {
  const version = socket.getProtocol() ?? 'unknown';
  const cipher = socket.getCipher()?.name ?? 'unknown';
  const peer = socket.getPeerCertificate();
  if (!peer || !peer.raw)
    return {
      version,
      cipher,
      certificate: null,
      problem: OLD_VERSIONS.has(version) ? 'TLS_VERSION' : 'CERT_UNTRUSTED',
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

  const problem: ProbeCode | null = OLD_VERSIONS.has(version)
    ? 'TLS_VERSION'
    : expired
      ? 'CERT_EXPIRED'
      : wrongName
        ? 'CERT_HOSTNAME'
        : !trusted
          ? 'CERT_UNTRUSTED'
          : null;

  const cn = (value: unknown) =>
    typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '';
  return {
    version,
    cipher,
    certificate: {
      subject: cn(peer.subject?.CN),
      names,
      issuer: [cn(peer.issuer?.O), cn(peer.issuer?.CN)].filter(Boolean).join(' / '),
      validTo: validTo.toISOString(),
      daysLeft,
      trusted,
    },
    problem,
  };
}
