import type { MailEvent } from '@/lib/mail-events/mail-event';
import { mailEventsHashKey } from '@/lib/mail-events/mailbox-identity';
import { writeMailEvents } from '@/lib/mail-events/store-events';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';

/**
 * What the demo mail servers saw, written the way the portal's ingestion writes it (lib/mail-events),
 * a batch every half second: a login test with the demo mailbox shows up in its record at once.
 * Without a hash key (production without MAIL_EVENTS_HASH_KEY) nothing is recorded.
 */
export function demoEventRecorder(registry: MailRegistry, onError: (error: unknown) => void) {
  let key: string;
  try {
    key = mailEventsHashKey();
  } catch {
    return { onEvent: undefined, flush: async () => undefined };
  }
  let pending: MailEvent[] = [];
  let writing: Promise<unknown> = Promise.resolve();
  const flush = () => {
    if (pending.length === 0) return writing;
    const batch = pending;
    pending = [];
    writing = writing
      .then(() => writeMailEvents(batch, { registry, hashKey: key, now: new Date() }))
      .catch(onError);
    return writing;
  };
  const timer = setInterval(() => void flush(), 500);
  timer.unref();
  return {
    onEvent: (event: MailEvent) => {
      pending.push(event);
    },
    flush,
  };
}
