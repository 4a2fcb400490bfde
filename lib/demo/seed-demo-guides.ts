import type { PrismaClient } from '@/lib/db/create-client';
import type { SeedGuide } from '@/prisma/seed-content/guides/types';

/**
 * Loads the demo setup guides when there are none yet (separately from notices and FAQ, so a demo
 * database made before guides existed gets them too). Returns how many were created.
 */
export async function seedDemoGuides(db: PrismaClient, guides: SeedGuide[]): Promise<number> {
  if ((await db.guide.count()) > 0) return 0;
  await db.$transaction(async (tx) => {
    for (const [position, guide] of guides.entries()) {
      await tx.guide.create({
        data: {
          program: guide.program,
          position,
          supported: guide.supported,
          incoming: guide.incoming.join(','),
          translations: {
            create: (['en', 'ja'] as const).map((locale) => ({
              locale,
              name: guide.name[locale] ?? '',
              summary: guide.summary[locale] ?? '',
              newAccount: guide.newAccount[locale] ?? '',
              existingAccount: guide.existingAccount[locale] ?? '',
            })),
          },
        },
      });
    }
  });
  return guides.length;
}
