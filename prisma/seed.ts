/**
 * `npm run db:seed`: loads the demo content when the database is empty (run by `npm run demo`).
 * With PORTAL_DEMO_STAFF=1 (the demo and the end-to-end tests) it also creates the demo staff accounts.
 */
import { createPrismaClient } from '../lib/db/create-client';
import { seedDemoContent } from '../lib/demo/seed-demo-content';
import { DEMO_STAFF, seedDemoStaff } from '../lib/demo/seed-demo-staff';
import { notices } from './seed-content/notices';
import { faqCategories } from './seed-content/faq';
import { guides } from './seed-content/guides';
import { seedDemoGuides } from '../lib/demo/seed-demo-guides';
import { seedDemoStatus } from '../lib/demo/seed-demo-status';
import { seedDemoInsights } from '../lib/demo/seed-demo-insights';
import { seedDemoMailEvents } from '../lib/demo/seed-demo-mail-events';
import { loadRegistryFile } from '../lib/mail-registry/load-registry';

async function main() {
  const db = createPrismaClient();
  try {
    const seeded = await seedDemoContent(db, { notices, faqCategories });
    console.log(seeded ? 'Demo content loaded.' : 'The database already has content; left unchanged.');
    if ((await seedDemoGuides(db, guides)) > 0) console.log('Demo setup guides loaded.');
    if (await seedDemoStatus(db)) console.log('Demo maintenance announced on the status page.');
    // Made-up charts for /admin/insights, only alongside freshly loaded demo content.
    if (seeded && (await seedDemoInsights(db))) console.log('Demo insight counts loaded.');
    // What the demo mail servers would have seen over the last weeks (docs/mail-events.md).
    if (seeded) {
      const registry = loadRegistryFile(process.env.DEMO_MAIL_REGISTRY || 'config/mail-service.demo.json');
      const events = await seedDemoMailEvents(db, registry);
      if (events > 0) console.log(`Demo mail server traffic loaded (${events} events).`);
    }
    // Staff accounts with published passwords exist only where the demo asks for them.
    if (process.env.PORTAL_DEMO_STAFF === '1') {
      await seedDemoStaff(db);
      console.log('Demo staff sign-in (staff area: /en/admin or /ja/admin):');
      for (const account of DEMO_STAFF)
        console.log(`  ${account.role.padEnd(6)}  ${account.email}  /  ${account.password}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
