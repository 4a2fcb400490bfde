import { createHmac } from 'node:crypto';
import { appSecret } from '@/lib/security/app-secret';

/**
 * The mailbox as the dashboard knows it: an HMAC of the trimmed, lower-cased address under a key
 * the portal keeps to itself, so "told to change, later passed" can be counted without the address
 * (and a leaked table cannot be reversed by hashing a list of addresses).
 */
export async function mailboxHash(email: string | undefined): Promise<string> {
  const address = email?.trim().toLowerCase();
  if (!address) return '';
  const key = await appSecret('insights-mailbox');
  return createHmac('sha256', key).update(address).digest('base64url').slice(0, 32);
}
