import fs from 'node:fs';
import tls from 'node:tls';
import type { Endpoint, MailRegistry } from '@/lib/mail-registry/registry-schema';
import { assertSafeCredentials, probeEndpoint } from './probe-endpoint';
import { Deadline, DEFAULT_TIMEOUTS, type ProbeTimeouts } from './probe-timeouts';
import type { EndpointResult, ProbeCredentials, ProbeStep } from './probe-result';

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

/**
 * Probes the named registry endpoints in parallel under one overall deadline. Only endpoints that
 * exist in the registry can be probed: ids are looked up, never hosts or ports typed by a customer.
 */
export async function runProbes(
  registry: MailRegistry,
  endpointIds: string[],
  options: {
    credentials?: ProbeCredentials;
    timeouts?: Partial<ProbeTimeouts>;
    onStep?: (endpointId: string, step: ProbeStep) => void;
  } = {},
): Promise<EndpointResult[]> {
  const endpoints = [...new Set(endpointIds)]
    .map((id) => registry.endpoints.find((e) => e.id === id))
    .filter((e): e is Endpoint => Boolean(e));
  if (options.credentials) assertSafeCredentials(options.credentials);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const deadline = new Deadline(timeouts.deadline);
  const ca = trustedCas();
  return Promise.all(
    endpoints.map((endpoint) =>
      probeEndpoint(endpoint, {
        registry,
        timeouts,
        deadline,
        ca,
        credentials: options.credentials,
        onStep: options.onStep,
      }),
    ),
  );
}
