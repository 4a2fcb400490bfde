import { isJobSecret } from '@/lib/jobs/job-secret';
import { NOTICES_TAG } from '@/lib/notices/notice-tag';
import { publishDueNotices } from '@/lib/notices/publish-scheduled';
import { deleteExpiredCheckReports } from '@/lib/mail-check/check-reports';
import { pruneRateEvents, RATE_EVENT_RETENTION_MS } from '@/lib/rate-limit/rate-limit';
import { pruneLoginAttempts } from '@/lib/auth/login-throttle';
import { syncRegistryFile } from '@/lib/mail-registry/active-registry';
import { maybeRunStatusProbes } from '@/lib/status/status-job';
import { maybeRunNotifications } from '@/lib/notifications/notification-job';
import { appMailWords } from '@/lib/notifications/app-mail-words';
import { pruneSubscribers } from '@/lib/notifications/manage-subscription';
import { pruneSearchEvents } from '@/lib/insights/search-gaps';
import { pruneCheckInsights } from '@/lib/insights/record-check-event';
import { acquireLease } from '@/lib/jobs/job-lease';
import { EVERY_PAGE, pruneContentChanges, takeOtherInstancesChanges } from '@/lib/cache/content-changes';
import { expireContentEverywhere, expireContentHere } from '@/lib/cache/expire-content';
import { requestLogger } from '@/lib/operations/logger';

const CLEANUP_EVERY_MS = 60 * 60 * 1000;
let lastCleanup = 0;

/** POST from this process's own job timer only (see lib/jobs/scheduler.ts). */
export async function POST(request: Request) {
  if (!isJobSecret(request.headers.get('x-portal-job-secret'))) {
    return Response.json({ error: 'not-found' }, { status: 404 });
  }
  const log = requestLogger(request, 'jobs');
  // A changed MAIL_SERVICE_FILE is imported within one tick of the server starting (or of the file
  // changing); every page shows server values, so all of them are regenerated.
  if (await syncRegistryFile()) await expireContentEverywhere(EVERY_PAGE);
  // Content other app instances changed: expire the same tags in this instance's cache.
  for (const tag of await takeOtherInstancesChanges()) expireContentHere(tag);

  // Status probes run in the background of this request: they may take seconds, ticks must not wait.
  void maybeRunStatusProbes().catch((err) =>
    log.error({ err, job: 'status-probes' }, 'a probe round failed'),
  );

  // Subscriber mail: fan-out and sending in the background too (a slow relay must not hold ticks up).
  void maybeRunNotifications(appMailWords).catch((err) =>
    log.error({ err, job: 'notifications' }, 'a notification round failed'),
  );

  // Scheduled notices go live in one instance (the lease holder; another takes over within seconds if
  // it stops). Each commits with its change row for the other instances; after the commit this one
  // expires its own pages.
  const published = (await acquireLease('publishing', 5_000)) ? await publishDueNotices() : [];
  if (published.length > 0) {
    expireContentHere(NOTICES_TAG);
    log.info({ published: published.length }, 'scheduled notices published');
  }

  // Check reports live 30 days; rate-limit events and sign-in attempts only as long as their windows.
  let reportsDeleted = 0;
  // Once an hour, and in one app instance only (the lease), however many share the database.
  if (Date.now() - lastCleanup > CLEANUP_EVERY_MS && (await acquireLease('cleanup', CLEANUP_EVERY_MS))) {
    lastCleanup = Date.now();
    reportsDeleted = await deleteExpiredCheckReports();
    await pruneRateEvents(RATE_EVENT_RETENTION_MS);
    await pruneLoginAttempts();
    await pruneContentChanges();
    await pruneSubscribers();
    await pruneSearchEvents();
    await pruneCheckInsights();
    log.info({ reportsDeleted }, 'hourly clean-up done');
  }
  return Response.json({ published, reportsDeleted });
}
