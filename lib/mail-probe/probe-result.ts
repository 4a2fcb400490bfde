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

export interface EndpointResult {
  id: string;
  host: string;
  port: number;
  security: Endpoint['security'];
  status: StepStatus;
  code: ProbeCode;
  message: string;
  durationMs: number;
  tls: Omit<TlsDetails, 'problem'> | null;
  auth: { beforeTls: string[]; afterTls: string[] };
  login: 'ok' | 'failed' | 'skipped' | 'refused';
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
