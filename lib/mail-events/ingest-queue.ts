import { logger } from '@/lib/operations/logger';
import { portalMetrics } from '@/lib/operations/metrics';
import type { MailEvent } from './mail-event';
import type { WriteReport } from './store-events';

const log = logger.child({ area: 'mail-events' });

/**
 * The bounded in-process queue between the ingestion routes and the database: a POST is answered
 * as soon as its events are in here (Dovecot's exporter waits for each answer), and the queue is
 * written in batches. When it is full a POST is refused at once (503, nothing of it taken) and what
 * was accepted stays queued: a failed write is retried, with a growing pause, until it succeeds.
 * (A process that is killed loses what it had not written yet; the senders' retries and the events'
 * keys make sending again safe.)
 */
/**
 * Events per transaction when MAIL_EVENTS_BATCH is not set. A batch's cost is mostly the index pages
 * it touches, and the mailbox hashes put its rows at random places in them, so a bigger batch shares
 * each page among more events: on SQLite with 100,000 distinct mailboxes, Postfix sessions went from
 * about 6,000 events/s at 2,000 to 7,000–7,700 at 5,000 (npm run bench:mail-events, docs/mail-events.md
 * "Speed"). A batch of 5,000 holds SQLite's write lock for well under a second. The queue writes what
 * it holds, so a quiet server still writes each event at once.
 */
export const DEFAULT_BATCH_SIZE = 5_000;

export interface QueueOptions {
  capacity: number;
  batchSize: number;
  write: (events: MailEvent[]) => Promise<WriteReport>;
  /** Wait before the first retry of a failed write; doubled up to 30 s. */
  retryMs?: number;
}

export class MailEventQueue {
  private items: MailEvent[] = [];
  private running: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;

  constructor(private readonly options: QueueOptions) {}

  get depth() {
    return this.items.length;
  }

  get capacity() {
    return this.options.capacity;
  }

  /** Takes all of `events` or none: false when they do not fit. */
  offer(events: MailEvent[]): boolean {
    if (events.length === 0) return true;
    if (this.items.length + events.length > this.options.capacity) return false;
    this.items.push(...events);
    portalMetrics().mailEventsQueue.set(this.items.length);
    if (!this.retryTimer) this.kick();
    return true;
  }

  private kick() {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  private async run() {
    // Let the request that queued these answer first; more events may join the batch meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.items.length > 0) {
      const batch = this.items.slice(0, this.options.batchSize);
      try {
        const report = await this.options.write(batch);
        this.items.splice(0, batch.length);
        this.failures = 0;
        recordWrite(report);
      } catch (error) {
        this.failures++;
        const wait = Math.min(30_000, (this.options.retryMs ?? 500) * 2 ** (this.failures - 1));
        log.error(
          { err: error, queued: this.items.length, retryInMs: wait },
          'writing mail events failed; retrying',
        );
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.kick();
        }, wait);
        this.retryTimer.unref?.();
        break;
      } finally {
        portalMetrics().mailEventsQueue.set(this.items.length);
      }
    }
  }

  /** Resolves once everything queued is written (tests, shutdown); rejects after `ms`. */
  async drain(ms = 10_000): Promise<void> {
    const until = Date.now() + ms;
    while (this.items.length > 0 || this.running) {
      if (Date.now() > until)
        throw new Error(`mail events still queued after ${ms} ms: ${this.items.length}`);
      if (this.running) await Promise.race([this.running, sleep(50)]);
      else await sleep(20);
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recordWrite(report: WriteReport, now = Date.now()) {
  const metrics = portalMetrics();
  const sources = new Set(Object.keys(report.acceptedBySource));
  for (const [source, times] of Object.entries(report.acceptedBySource)) {
    metrics.mailEvents.inc({ source, outcome: 'accepted' }, times.length);
    for (const at of times)
      metrics.mailEventsLag.observe({ source }, Math.max(0, (now - at.getTime()) / 1000));
    metrics.mailEventsLast.set({ source }, Math.floor(now / 1000));
  }
  for (const [source, counts] of Object.entries(report.refusedBySource)) {
    if (counts.duplicate > 0) metrics.mailEvents.inc({ source, outcome: 'duplicate' }, counts.duplicate);
    if (counts.late > 0) metrics.mailEvents.inc({ source, outcome: 'late' }, counts.late);
  }
  if (report.accepted > 0 || report.duplicate > 0)
    log.debug(
      { accepted: report.accepted, duplicate: report.duplicate, late: report.late, sources: [...sources] },
      'mail events written',
    );
}
