import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appSecret } from '@/lib/security/app-secret';

/** Confirmation links work for 24 hours, once. */
export const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000;

/** A new single-use confirmation token: the mail carries the token, the database only its hash. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashConfirmToken(token) };
}

export function hashConfirmToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

interface TokenSubject {
  id: string;
  email: string;
  tokenVersion: number;
}

/**
 * The preferences (and unsubscribe) link's token: the subscriber's id and link version, signed with
 * the portal's key over the address as well, so a token for one address never opens another's
 * preferences, and deleting the address (which raises the version) ends every old link. It does not
 * expire: it is in every mail, and unsubscribing must work from a mail of last year.
 */
export async function preferencesToken(subscriber: TokenSubject): Promise<string> {
  return `${subscriber.id}.${subscriber.tokenVersion}.${await signature(subscriber)}`;
}

/** The subscriber id a token names, or null when the token is malformed; verify with tokenMatches. */
export function parsePreferencesToken(token: string): { id: string; version: number; mac: string } | null {
  const match = /^([a-z0-9]{1,40})\.(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1] ?? '', version: Number(match[2]), mac: match[3] ?? '' } : null;
}

export async function tokenMatches(token: string, subscriber: TokenSubject): Promise<boolean> {
  const parsed = parsePreferencesToken(token);
  if (!parsed || parsed.id !== subscriber.id || parsed.version !== subscriber.tokenVersion) return false;
  const expected = Buffer.from(await signature(subscriber));
  const given = Buffer.from(parsed.mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

async function signature({ id, email, tokenVersion }: TokenSubject): Promise<string> {
  const key = await appSecret('subscriber-links');
  return createHmac('sha256', key)
    .update(`preferences\n${id}\n${tokenVersion}\n${email}`)
    .digest('base64url');
}
