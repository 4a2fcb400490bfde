import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db/client';

const cached = new Map<string, Buffer>();

/**
 * A secret the portal makes for itself the first time it needs it and keeps in the database, so every
 * app instance signs and verifies with the same key and nothing has to be configured. If two instances
 * create it at once, the primary key lets one win and both read the winner's.
 */
export async function appSecret(name: string): Promise<Buffer> {
  const known = cached.get(name);
  if (known) return known;
  let row = await prisma.appSecret.findUnique({ where: { name } });
  if (!row) {
    try {
      row = await prisma.appSecret.create({ data: { name, value: randomBytes(32).toString('base64url') } });
    } catch {
      row = await prisma.appSecret.findUniqueOrThrow({ where: { name } });
    }
  }
  const key = Buffer.from(row.value, 'base64url');
  cached.set(name, key);
  return key;
}
