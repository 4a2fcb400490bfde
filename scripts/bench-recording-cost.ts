/**
 * Part of `npm run bench:recording`: the CPU one process spends recording, measured directly
 * (process.cpuUsage around the real functions, on the database DATABASE_URL names), because a few
 * percent of throughput is smaller than the drift of a shared machine between two server runs.
 * Prints one JSON line: milliseconds of CPU per batch of check events and per search.
 */
import { recordCheckEvents, type CheckEventInput } from '../lib/insights/record-check-event';
import { recordSearch } from '../lib/insights/search-gaps';
import { prisma } from '../lib/db/client';

const BATCHES = 200;
/** What the writer gathers in its one second at the benchmark's rate of answers. */
const PER_BATCH = Math.max(1, Math.round(Number(process.env.BENCH_IMPACT_RATE || 5)));

const event = (i: number): CheckEventInput => ({
  at: new Date(),
  source: 'impact',
  client: 'becky',
  outcome: 'affected',
  findings: [{ policy: 'encrypted-login-required', setting: 'no-ssl', state: 'breaks' }],
  email: `user${i % 500}@example.test`,
});

async function cpuPer(runs: number, run: (i: number) => Promise<void>) {
  for (let i = 0; i < 20; i++) await run(i); // warm-up
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) await run(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

async function main() {
  const batch = await cpuPer(BATCHES, (i) =>
    recordCheckEvents(Array.from({ length: PER_BATCH }, (_, k) => event(i * PER_BATCH + k))),
  );
  const search = await cpuPer(BATCHES * 3, (i) => recordSearch('ja', `ポート ${i % 50}`, 5));
  console.log(JSON.stringify({ perBatch: PER_BATCH, batchMs: batch, searchMs: search }));
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
