import { publishDueNotices } from '@/lib/notices/publish-scheduled';
import { deleteExpiredCheckReports } from '@/lib/mail-check/check-reports';
import { pruneRateEvents, RATE_EVENT_RETENTION_MS } from '@/lib/rate-limit/rate-limit';
import { pruneLoginAttempts } from '@/lib/auth/login-throttle';
import { syncRegistryFile } from '@/lib/mail-registry/active-registry';
import { maybeRunStatusProbes } from '@/lib/status/status-job';
import { maybeRunNotifications } from '@/lib/notifications/notification-job';
import type { MailWordsFor } from '@/lib/notifications/mail-words';
import { pruneSubscribers } from '@/lib/notifications/manage-subscription';
import { pruneSearchEvents } from '@/lib/insights/search-gaps';
import { pruneCheckInsights } from '@/lib/insights/record-check-event';
import { pruneMailboxCampaigns, rollUpAndPrune } from '@/lib/mail-events/retention';
import { activeRegistryOrNull } from '@/lib/mail-registry/active-registry';
import { acquireLease } from '@/lib/jobs/job-lease';
import { pruneContentChanges } from '@/lib/cache/content-changes';
import { logger } from '@/lib/operations/logger';

/** How often the worker's tick runs: scheduled publishing within a second of its time. */
export const WORKER_TICK_MS = 1_000;

const CLEANUP_EVERY_MS = 60 * 60 * 1000;

const log = logger.child({ area: 'jobs' });

export type TickResult = { published: number; reportsDeleted: number };

/**
 * One round of the background jobs (`npm run worker`, lib/jobs/worker.ts). Several workers may run
 * against one database: each job takes its lease, so exactly one of them does a job's work at a time
 * and another takes over within seconds if it stops. The worker has no page cache of its own; what
 * it changes is announced as content-change rows, which every app instance follows
 * (lib/cache/follow-content-changes.ts).
 */
export async function runWorkerTick(
  words: MailWordsFor,
  state: { lastCleanup: number },
  now = Date.now(),
): Promise<TickResult> {
  // A changed MAIL_SERVICE_FILE is imported within one tick of the worker starting (or of the file
  // changing); the import commits with the change row that has every app instance regenerate every
  // page (they all show server values).
  await syncRegistryFile();

  // Status probes run in the background of the tick: they may take seconds, ticks must not wait.
  void maybeRunStatusProbes().catch((err) =>
    log.error({ err, job: 'status-probes' }, 'a probe round failed'),
  );
  // Subscriber mail too (a slow relay must not hold ticks up).
  void maybeRunNotifications(words).catch((err) =>
    log.error({ err, job: 'notifications' }, 'a notification round failed'),
  );

  // Scheduled notices go live under the publishing lease (its renewal every second is the jobs'
  // heartbeat, GET /api/ready). Each commits with its change row, which the app instances follow.
  const published = (await acquireLease('publishing', 5_000)) ? await publishDueNotices() : [];
  if (published.length > 0) log.info({ published: published.length }, 'scheduled notices published');

  // Check reports live 30 days; rate-limit events and sign-in attempts only as long as their windows.
  let reportsDeleted = 0;
  // Once an hour, and in one worker only (the lease), however many share the database.
  if (now - state.lastCleanup > CLEANUP_EVERY_MS && (await acquireLease('cleanup', CLEANUP_EVERY_MS))) {
    state.lastCleanup = now;
    reportsDeleted = await deleteExpiredCheckReports();
    await pruneRateEvents(RATE_EVENT_RETENTION_MS);
    await pruneLoginAttempts();
    await pruneContentChanges();
    await pruneSubscribers();
    await pruneSearchEvents();
    await pruneCheckInsights();
    const mailEvents = await rollUpAndPrune();
    // Without the registry nobody can tell which policies are over: the campaigns wait for the next hour.
    const registry = await activeRegistryOrNull();
    const campaigns = registry ? await pruneMailboxCampaigns(registry.policies) : {};
    log.info({ job: 'cleanup', ...mailEvents, ...campaigns }, 'mail events rolled up and pruned');
    log.info({ reportsDeleted }, 'hourly clean-up done');
  }
  return { published: published.length, reportsDeleted };
}
