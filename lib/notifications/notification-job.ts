import { acquireLease } from '@/lib/jobs/job-lease';
import { runJob } from '@/lib/jobs/run-job';
import { deliverDueMail, type DeliveryReport } from './deliver-outbox';
import { fanOutEvents } from './fan-out-events';
import { createMailSender, type MailSender } from './mail-transport';
import type { MailWordsFor } from './mail-words';
import { recordDueMaintenanceEvents } from './status-notifications';
import { deliverMailboxNotices } from '@/lib/mail-events/tell-affected-mailboxes';

const LEASE_MS = 60_000;
const state = globalThis as unknown as {
  portalNotifyJob?: { running: boolean; sender?: MailSender };
};

/** This process's sender, made once (the SMTP pool keeps its connections between rounds). */
export function processMailSender(): MailSender {
  const job = (state.portalNotifyJob ??= { running: false });
  job.sender ??= createMailSender();
  return job.sender;
}

/** One round: the clock's maintenance events, fan-out into the outbox, then sending what is due. */
export async function runNotificationRound(options: {
  sender: MailSender;
  words: MailWordsFor;
  now?: Date;
}): Promise<DeliveryReport & { queued: number }> {
  const now = options.now ?? new Date();
  await recordDueMaintenanceEvents(now);
  const queued = await fanOutEvents(now);
  const report = await deliverDueMail({ sender: options.sender, words: options.words, now });
  // "Tell these mailboxes" (docs/mail-events.md): the same sender, lease and claim-before-send.
  const notices = await deliverMailboxNotices({ sender: options.sender, words: options.words, now });
  return {
    ...report,
    sent: report.sent + notices.sent,
    retried: report.retried + notices.retried,
    failed: report.failed + notices.failed,
    queued,
  };
}

/**
 * Called on every job tick: runs a round in the one instance that holds the "notifications" lease,
 * never two rounds at once in a process. A round's mail goes out under that lease; if this instance
 * dies, another takes the lease over within a minute and carries on from the outbox.
 */
export async function maybeRunNotifications(words: MailWordsFor): Promise<boolean> {
  const job = (state.portalNotifyJob ??= { running: false });
  if (job.running) return false;
  job.running = true;
  try {
    if (!(await acquireLease('notifications', LEASE_MS))) return false;
    await runJob('notifications', () => runNotificationRound({ sender: processMailSender(), words }));
    return true;
  } finally {
    job.running = false;
  }
}
