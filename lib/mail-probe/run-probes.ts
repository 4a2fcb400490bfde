import fs from 'node:fs';
import tls from 'node:tls';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { isoDay } from '@/lib/dates/format-date';
import { assertSafeCredentials, probeEndpoint, type ProgramSetup } from './probe-endpoint';
import { belowMinimum, type TlsJudgement, type TlsVersion } from './tls-details';
import { Deadline, DEFAULT_TIMEOUTS, type ProbeTimeouts } from './probe-timeouts';
import type { EndpointResult, ProbeCredentials, ProbeStep } from './probe-result';
import { observeProbe } from '@/lib/operations/metrics';

let caCache: { file: string; mtimeMs: number; cas: string[] } | null = null;

/**
 * The system trust store plus MAIL_CA_FILE (PEM), for deployments and tests with a private CA. Read
 * again only when the file changes.
 */
export function trustedCas(file = process.env.MAIL_CA_FILE): string[] | undefined {
  if (!file) return undefined;
  const { mtimeMs } = fs.statSync(file);
  if (caCache?.file !== file || caCache.mtimeMs !== mtimeMs) {
    caCache = { file, mtimeMs, cas: [...tls.rootCertificates, fs.readFileSync(file, 'utf8')] };
  }
  return caCache.cas;
}

/** Days before expiry at which a certificate becomes a staff warning (MAIL_CERT_WARNING_DAYS). */
export function certificateWarningDays(value = process.env.MAIL_CERT_WARNING_DAYS): number {
  const days = Number(value);
  return Number.isInteger(days) && days >= 0 ? days : 14;
}

/**
 * The one judgement of TLS for the web, the API, the CLI and the status probes: TLS 1.2 at least,
 * or the `minimum-tls-version` policy's version from its effective day (Japan time) on.
 */
export function tlsJudgementFor(registry: Pick<MailRegistry, 'policies'>, now = new Date()): TlsJudgement {
  const today = isoDay(now);
  const policy = registry.policies.find(
    (p) => p.id === 'minimum-tls-version' && p.effective <= today && p.version,
  );
  const minimumVersion: TlsVersion =
    policy?.version && !belowMinimum(policy.version, 'TLSv1.2') ? policy.version : 'TLSv1.2';
  return { minimumVersion, expiryWarningDays: certificateWarningDays(), now };
}

/** One endpoint to probe: as the registry describes it, or as a customer's program is set up. */
export interface ProbeTarget {
  endpointId: string;
  program?: ProgramSetup;
}

const targetKey = (t: ProbeTarget) => JSON.stringify([t.endpointId, t.program ?? null]);

/**
 * Probes the given registry endpoints in parallel under one overall deadline. Only endpoints that
 * exist in the registry can be probed: ids are looked up, never hosts or ports typed by a customer.
 * Results come back in the order asked, each distinct target probed once.
 */
export async function runProbes(
  registry: MailRegistry,
  targets: (string | ProbeTarget)[],
  options: {
    credentials?: ProbeCredentials;
    sendTestAddress?: string;
    timeouts?: Partial<ProbeTimeouts>;
    onStep?: (endpointId: string, step: ProbeStep) => void;
    now?: Date;
  } = {},
): Promise<EndpointResult[]> {
  const unique = new Map<string, { endpoint: Endpoint; program?: ProgramSetup }>();
  for (const target of targets.map((t) => (typeof t === 'string' ? { endpointId: t } : t))) {
    const endpoint = registry.endpoints.find((e) => e.id === target.endpointId);
    if (endpoint && !unique.has(targetKey(target)))
      unique.set(targetKey(target), { endpoint, program: target.program });
  }
  if (options.credentials) assertSafeCredentials(options.credentials);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const deadline = new Deadline(timeouts.deadline);
  const ca = trustedCas();
  const tlsJudgement = tlsJudgementFor(registry, options.now);
  return Promise.all(
    [...unique.values()].map(({ endpoint, program }) =>
      probeEndpoint(
        endpoint,
        {
          registry,
          timeouts,
          deadline,
          tlsJudgement,
          ca,
          credentials: options.credentials,
          sendTestAddress: options.sendTestAddress,
          onStep: options.onStep,
        },
        program,
      ).then((result) => {
        observeProbe(result.id, result.status, result.durationMs);
        return result;
      }),
    ),
  );
}
