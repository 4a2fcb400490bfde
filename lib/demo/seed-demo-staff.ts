import type { PrismaClient } from '@/lib/db/create-client';
import { hashPassword } from '@/lib/auth/password';

/** Demo-only accounts, printed by `npm run demo`. Never created outside the demo and tests. */
export const DEMO_STAFF = [
  { email: 'admin@example.test', name: 'Demo Admin', role: 'admin', password: 'demo-admin-password' },
  { email: 'editor@example.test', name: 'Demo Editor', role: 'editor', password: 'demo-editor-password' },
] as const;

/** Creates the demo accounts that do not exist yet; returns the ones created. */
export async function seedDemoStaff(db: PrismaClient) {
  const created = [];
  for (const account of DEMO_STAFF) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
    created.push(account);
  }
  return created;
}
