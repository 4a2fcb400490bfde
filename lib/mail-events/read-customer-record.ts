import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { ProgramLocale } from '@/lib/programs/program-model';
import {
  hashMailbox,
  mailEventsHashKey,
  MailEventsNotConfigured,
  normalizeMailbox,
} from './mailbox-identity';
import { readMailboxRecord } from './mailbox-record';
import {
  RECORD_DAYS,
  wordMailRecord,
  type CustomerMailRecord,
  type WordRecordOptions,
} from './customer-record';

/**
 * One mailbox's record for its owner, in words: only ever called for a mailbox whose owner proved it
 * (a successful login test in the checker, or the one-time link mailed to it). Null when the portal
 * has no hash key (production without MAIL_EVENTS_HASH_KEY): nothing can be looked up.
 */
export async function readCustomerRecord(
  registry: MailRegistry,
  address: string,
  options: { locale: ProgramLocale; now?: Date; settings?: WordRecordOptions['settings'] },
): Promise<CustomerMailRecord | null> {
  const mailbox = normalizeMailbox(address, registry);
  if (!mailbox) return null;
  let key: string;
  try {
    key = mailEventsHashKey();
  } catch (error) {
    if (error instanceof MailEventsNotConfigured) return null;
    throw error;
  }
  return readRecordByHash(registry, hashMailbox(mailbox, key), options);
}

export async function readRecordByHash(
  registry: MailRegistry,
  mailboxHash: string,
  options: { locale: ProgramLocale; now?: Date; settings?: WordRecordOptions['settings'] },
): Promise<CustomerMailRecord> {
  const conclusion = await readMailboxRecord(mailboxHash, registry, {
    days: RECORD_DAYS,
    now: options.now,
  });
  return wordMailRecord(conclusion, {
    locale: options.locale,
    registry,
    settings: options.settings,
    days: RECORD_DAYS,
  });
}
