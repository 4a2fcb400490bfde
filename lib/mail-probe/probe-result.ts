import type { Endpoint } from '@/lib/mail-registry/registry-schema';
import type { ProbeCode } from './probe-errors';
import type { TranscriptLine } from './probe-connection';
import type { TlsDetails } from './tls-details';

export type StepStatus = 'ok' | 'warn' | 'fail';

export interface ProbeStep {
  name: string;
  status: StepStatus;
  durationMs: number;
  detail?: string;
}

/** One thing a probe found: its code, and where known the command sent and the server's (redacted) reply. */
export interface ProbeFinding {
  code: ProbeCode;
  command?: string;
  reply?: string;
}

export interface EndpointResult {
  id: string;
  host: string;
  /** The public port customers configure (never the internal `probePort`). */
  port: number;
  /** The security the probe used: the registry's, or the customer's own choice when probed as configured. */
  security: Endpoint['security'];
  /** Probed as the customer's program is set up (their security and sign-in), not as the registry says. */
  asConfigured: boolean;
  /** Worst of all findings, staff-only ones included (the CLI and the staff view show this one). */
  status: StepStatus;
  /** The most important finding (findings[0]), or OK. */
  code: ProbeCode;
  message: string;
  /** Every finding, ranked by CODE_RANK: a later failure never hides an earlier one. */
  findings: ProbeFinding[];
  durationMs: number;
  tls: Omit<TlsDetails, 'problems'> | null;
  auth: { beforeTls: string[]; afterTls: string[] };
  login: 'ok' | 'failed' | 'skipped' | 'refused';
  /** The IPv6 address checked in addition (registry `ipv6`), and what it answered. */
  ipv6: { address: string; code: ProbeCode } | null;
  steps: ProbeStep[];
  transcript: TranscriptLine[];
}

/** Credentials for an optional login test. Never logged, stored or returned. */
export interface ProbeCredentials {
  username: string;
  password: string;
}

/** Records named steps with their timing, as the probe goes. */
export class StepRecorder {
  readonly steps: ProbeStep[] = [];
  private last = Date.now();

  constructor(private readonly onStep?: (step: ProbeStep) => void) {}

  record(name: string, status: StepStatus, detail?: string) {
    const now = Date.now();
    const step = { name, status, durationMs: now - this.last, ...(detail ? { detail } : {}) };
    this.last = now;
    this.steps.push(step);
    this.onStep?.(step);
  }
}
