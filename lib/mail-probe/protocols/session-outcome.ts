import type { ProbeCode } from '../probe-errors';

/** What a protocol session found, beyond a hard failure (which it throws as a ProbeError). */
export interface SessionOutcome {
  authBeforeTls: string[];
  authAfterTls: string[];
  login: 'ok' | 'failed' | 'skipped' | 'refused';
  /** Problems that do not stop mail working but should be fixed (reported as `warn`). */
  warnings: ProbeCode[];
}
