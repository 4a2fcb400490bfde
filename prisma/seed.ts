/**
 * `npm run db:seed`: loads the demo content when the database is empty (run by `npm run demo`).
 */
import { createPrismaClient } from '../lib/db/create-client';
import { seedDemoContent } from '../lib/demo/seed-demo-content';
import { notices } from './seed-content/notices';
import { faqCategories } from './seed-content/faq';

async function main() {
  const db = createPrismaClient();
  try {
    const seeded = await seedDemoContent(db, { notices, faqCategories });
    console.log(seeded ? 'Demo content loaded.' : 'The database already has content; left unchanged.');
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
