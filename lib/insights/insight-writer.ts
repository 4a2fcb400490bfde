import { logger } from '@/lib/operations/logger';
import { recordCheckEvents, type CheckEventInput } from './record-check-event';

const log = logger.child({ area: 'insights' });

/**
 * Check events are queued in memory and written in batches after the answer has gone out, so a
 * check never waits on an insights write: at most a second later (one transaction a second amortises
 * its fixed cost over every event of that second), or at once when 200 are waiting.
 * Bounded: beyond 5,000 waiting (the database down for a while) the oldest are dropped and
 * counted in the log, never the page's problem. `INSIGHTS_RECORDING=off` switches recording off
 * (the benchmark's baseline).
 */
const FLUSH_AFTER_MS = 1_000;
const FLUSH_AT = 200;
const MAX_WAITING = 5_000;

export const insightsRecording = () => process.env.INSIGHTS_RECORDING !== 'off';

/**
 * A queue of one kind of insight event (`what`: "check events", "diagnosis events") written by
 * `write` in batches, as described above. Every kind of queued insight uses this one.
 */
export function batchedInsightWriter<T>(what: string, write: (events: T[]) => Promise<void>) {
  let waiting: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let flushing: Promise<void> = Promise.resolve();

  /** Writes whatever is waiting (one batch at a time); tests await it instead of sleeping. */
  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    flushing = flushing.then(async () => {
      const queued = waiting;
      waiting = [];
      try {
        await write(queued);
      } catch (error) {
        log.error({ err: error, events: queued.length }, `${what} could not be recorded`);
      }
    });
    return flushing;
  }

  function queue(event: T): void {
    if (!insightsRecording()) return;
    waiting.push(event);
    if (waiting.length > MAX_WAITING) {
      const dropped = waiting.length - MAX_WAITING;
      waiting = waiting.slice(dropped);
      log.error({ dropped }, `${what} dropped, the writer is behind`);
    }
    if (waiting.length >= FLUSH_AT) void flush();
    else if (!timer) {
      timer = setTimeout(() => void flush(), FLUSH_AFTER_MS);
      timer.unref?.();
    }
  }

  return { queue, flush };
}

const checkEvents = batchedInsightWriter<CheckEventInput>('check events', recordCheckEvents);

export const queueCheckEvent = checkEvents.queue;
export const flushCheckEvents = checkEvents.flush;
