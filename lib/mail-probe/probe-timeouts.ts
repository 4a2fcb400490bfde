import { ProbeError, type ProbeCode } from './probe-errors';

/** Named timeouts of one probe, in milliseconds, all bounded by one overall deadline. */
export interface ProbeTimeouts {
  connect: number;
  greeting: number;
  command: number;
  tls: number;
  /** Whole check, all endpoints together. */
  deadline: number;
}

export const DEFAULT_TIMEOUTS: ProbeTimeouts = {
  connect: 5_000,
  greeting: 5_000,
  command: 5_000,
  tls: 5_000,
  deadline: 15_000,
};

/** One overall deadline; each wait uses the smaller of its own timeout and the time left. */
export class Deadline {
  private readonly endsAt: number;

  constructor(ms: number, now = Date.now()) {
    this.endsAt = now + ms;
  }

  remaining(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** The wait to use for a step, and the code to report when it runs out. */
  budget(timeout: number, code: ProbeCode): { ms: number; code: ProbeCode } {
    const left = this.remaining();
    return left < timeout ? { ms: left, code: 'DEADLINE' } : { ms: timeout, code };
  }

  check() {
    if (this.remaining() === 0) throw new ProbeError('DEADLINE', 'The check took too long and was stopped.');
  }
}
