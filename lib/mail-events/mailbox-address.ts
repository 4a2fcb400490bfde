import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The one place a mailbox's real address is kept (docs/mail-events.md "Telling the affected
 * mailboxes"): sealed with AES-256-GCM under MAIL_EVENTS_ADDRESS_KEY, only for mailboxes whose events
 * could put them on a policy's list, in MailEventMailbox.address, deleted with that row by the
 * retention. The mailbox's hash is the authenticated data, so a sealed address moved to another row
 * does not open. Without the key nothing is sealed and targeted mail is unavailable; the key is never
 * stored in the database.
 */

/** The development default: documented, and never used when NODE_ENV is production. */
export const DEV_ADDRESS_KEY = 'dev-only-mail-events-address-key';

/** The key, or null (production without MAIL_EVENTS_ADDRESS_KEY: addresses are not kept). */
export function mailAddressKey(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const text = env.MAIL_EVENTS_ADDRESS_KEY?.trim() || (env.NODE_ENV === 'production' ? '' : DEV_ADDRESS_KEY);
  return text ? createHash('sha256').update(`mail-events-address:${text}`).digest() : null;
}

export function sealAddress(address: string, mailboxHash: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(mailboxHash));
  const body = Buffer.concat([cipher.update(address, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The address, or null when it is not sealed, sealed under another key or for another mailbox. */
export function openAddress(sealed: string, mailboxHash: string, key: Buffer): string | null {
  if (!sealed.startsWith('v1.')) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(mailboxHash));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
