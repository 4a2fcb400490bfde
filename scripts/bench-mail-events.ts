/**
 * The measuring half of `npm run bench:mail-events` (scripts/bench-mail-events.mjs runs it per
 * database). Ingestion: Dovecot exporter documents and Postfix log lines, generated in the shapes the
 * real servers write (tests/fixtures/mail-events/), parsed by the real parsers and written through the
 * real queue (MAIL_EVENTS_BATCH-sized batches, one transaction each), offered as fast as the queue
 * takes them; the process's memory sampled every 100 ms. Readiness: patterns seeded in the database
 * itself for BENCH_DAYS days × BENCH_MAILBOXES mailboxes, then every staff query timed, then the
 * worker's hourly clean-up over them.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { prisma } from '../lib/db/client';
import { databaseUrl, isPostgresUrl } from '../lib/db/database-url';
import { parseDovecotEvents } from '../lib/mail-events/dovecot-events';
import { DEFAULT_BATCH_SIZE, MailEventQueue } from '../lib/mail-events/ingest-queue';
import type { MailEvent } from '../lib/mail-events/mail-event';
import { PostfixLogParser } from '../lib/mail-events/postfix-log';
import { listAffectedMailboxes, readPolicyReadiness } from '../lib/mail-events/read-policy-readiness';
import { rollUpAndPrune } from '../lib/mail-events/retention';
import { WAY_FIELDS, writeMailEvents } from '../lib/mail-events/store-events';
import { registrySchema } from '../lib/mail-registry/registry-schema';

const EVENTS = Number(process.env.BENCH_EVENTS || 100_000);
const MAILBOXES = Number(process.env.BENCH_MAILBOXES || 100_000);
const DAYS = Number(process.env.BENCH_DAYS || 30);
const BATCH = Number(process.env.MAIL_EVENTS_BATCH || DEFAULT_BATCH_SIZE);
const registry = registrySchema.parse(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);

/**
 * The seeded ways: every mailbox signs in over IMAP 993 with TLS 1.3; one in twenty still uses POP3 110
 * without encryption, one in fifty an old TLS version, one in a hundred sends on port 25 from home.
 * Each way as (kind, protocol, port, tls, tlsVersion, mechanism, network, result).
 */
const BENCH_WAYS: { way: (string | number)[]; count: number; where: string }[] = [
  { way: ['login', 'imap', 993, 'yes', 'TLSv1.3', 'PLAIN', 'customer', 'ok'], count: 40, where: '' },
  {
    way: ['login', 'pop3', 110, 'no', '', 'PLAIN', 'customer', 'plaintext-refused'],
    count: 12,
    where: 'WHERE i % 20 = 0',
  },
  {
    way: ['login', 'imap', 993, 'yes', 'TLSv1', 'PLAIN', 'outside', 'ok'],
    count: 5,
    where: 'WHERE i % 50 = 1',
  },
  {
    way: ['login', 'smtp', 25, 'yes', 'TLSv1.2', 'PLAIN', 'customer', 'ok'],
    count: 3,
    where: 'WHERE i % 100 = 2',
  },
];
/** A seeded value as SQL (the bench's own constants, never input). */
const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);
const wayIdSql = (way: (string | number)[]) =>
  `(SELECT "id" FROM "MailWay" WHERE ${WAY_FIELDS.map((c, i) => `"${c}" = ${literal(way[i]!)}`).join(' AND ')})`;

/** Dovecot's auth_request_finished, as its exporter posts it (one document per event). */
function dovecotDocument(i: number, at: Date): string {
  const plain = i % 10 === 0;
  const imap = i % 3 !== 0;
  return JSON.stringify({
    event: 'auth_request_finished',
    hostname: 'mail1',
    start_time: at.toISOString(),
    end_time: at.toISOString(),
    fields: {
      success: i % 17 === 0 ? 'no' : 'yes',
      mechanism: 'PLAIN',
      ...(plain ? {} : { transport: 'TLS' }),
      service: imap ? 'imap' : 'pop3',
      session: `bench${i.toString(36)}`,
      local_ip: '192.0.2.1',
      local_port: imap ? (plain ? 143 : 993) : plain ? 110 : 995,
      remote_ip: `198.51.100.${i % 250}`,
      remote_port: 40000 + (i % 20000),
      user: `user${i % MAILBOXES}@example.test`,
    },
  });
}

/** A Postfix submission session: connect, TLS, SASL login, disconnect (one event per session). */
function postfixSession(i: number, at: Date): string[] {
  const stamp = at.toISOString();
  const pid = 10000 + (i % 50000);
  const service = i % 20 === 0 ? 'postfix/smtpd' : 'postfix/submission/smtpd';
  const client = `unknown[203.0.113.${i % 250}]`;
  return [
    `${stamp} mail ${service}[${pid}]: connect from ${client}`,
    `${stamp} mail ${service}[${pid}]: Anonymous TLS connection established from ${client}: TLSv1.${i % 7 === 0 ? 1 : 3} with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)`,
    `${stamp} mail ${service}[${pid}]: ${(i * 7919).toString(16).toUpperCase().padStart(10, '0')}: client=${client}, sasl_method=PLAIN, sasl_username=user${i % MAILBOXES}@example.test`,
    `${stamp} mail ${service}[${pid}]: disconnect from ${client} ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 quit=1 commands=7`,
  ];
}

async function ingest(label: string, produce: (from: number, to: number, now: Date) => MailEvent[]) {
  const written: number[] = [];
  const queue = new MailEventQueue({
    capacity: 20_000,
    batchSize: BATCH,
    write: async (events) => {
      const report = await writeMailEvents(events, { registry, hashKey: 'bench-key', now: new Date() });
      written.push(report.accepted);
      return report;
    },
  });
  const start = performance.now();
  const rssStart = process.memoryUsage().rss;
  peak = rssStart;
  const marks: string[] = [];
  const CHUNK = 1_000;
  for (let from = 0; from < EVENTS; from += CHUNK) {
    const events = produce(from, Math.min(from + CHUNK, EVENTS), new Date());
    // Backpressure as the routes meet it: wait for room instead of a 503.
    while (!queue.offer(events)) await new Promise((resolve) => setTimeout(resolve, 5));
    if ((from + CHUNK) % (EVENTS / 4) === 0) marks.push(mb(process.memoryUsage().rss));
  }
  await queue.drain();
  const seconds = (performance.now() - start) / 1000;
  const accepted = written.reduce((a, b) => a + b, 0);
  console.log(
    `  ${label}: ${accepted.toLocaleString('en')} events in ${seconds.toFixed(1)} s = ${Math.round(accepted / seconds).toLocaleString('en')} events/s; RSS ${mb(rssStart)} → ${marks.join(' → ')} (peak ${mb(peak)})`,
  );
}

async function seedPatterns() {
  const postgres = isPostgresUrl(databaseUrl());
  const today = new Date();
  const numbers = (n: number) =>
    postgres
      ? `SELECT i FROM generate_series(0, ${n - 1}) AS i`
      : `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1}) SELECT i FROM n`;
  const t = performance.now();
  await prisma.mailUsagePattern.deleteMany();
  await prisma.mailEventMailbox.deleteMany();
  const stamp = postgres ? 'now()' : `'${today.toISOString().replace('Z', '+00:00')}'`;
  const hash = postgres ? `'bench' || lpad(i::text, 7, '0')` : `'bench' || substr('0000000' || i, -7)`;
  await prisma.$executeRawUnsafe(`
    INSERT INTO "MailEventMailbox" ("mailboxHash", "masked", "address", "firstSeen", "lastSeen")
    SELECT ${hash}, 'us***@example.test', CASE WHEN i % 20 = 0 THEN 'v1.sealed' ELSE '' END, ${stamp}, ${stamp}
    FROM (${numbers(MAILBOXES)}) AS numbers`);
  for (const { way } of BENCH_WAYS)
    await prisma.$executeRawUnsafe(`
      INSERT INTO "MailWay" ("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result")
      VALUES (${way.map(literal).join(', ')}) ON CONFLICT DO NOTHING`);
  for (let d = 0; d < DAYS; d++) {
    const day = new Date(today.getTime() - d * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "MailUsagePattern" ("day", "mailboxHash", "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result", "count", "firstSeen", "lastSeen", "wayId")
      ${BENCH_WAYS.map(
        ({ way, count, where }) =>
          `SELECT '${day}', ${hash}, ${way.map(literal).join(', ')}, ${count}, ${stamp}, ${stamp}, ${wayIdSql(way)} FROM (${numbers(MAILBOXES)}) AS numbers ${where}`,
      ).join(' UNION ALL ')}`);
  }
  if (postgres) await prisma.$executeRawUnsafe('ANALYZE');
  else await prisma.$executeRawUnsafe('ANALYZE');
  const rows = await prisma.mailUsagePattern.count();
  console.log(
    `  seeded ${rows.toLocaleString('en')} pattern rows (${DAYS} days × ${MAILBOXES.toLocaleString('en')} mailboxes) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}

async function time<T>(label: string, run: () => Promise<T>, describe: (value: T) => string) {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    value = await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label}: median ${times[2]!.toFixed(0)} ms (max ${times[4]!.toFixed(0)} ms) — ${describe(value)}`,
  );
}

/**
 * The worker's hourly clean-up over the seeded days: the first run rolls every finished day up and
 * deletes what is past the retention; the second is what each hour costs afterwards.
 */
async function cleanUp() {
  const days = 14;
  for (const label of ['first run', 'an hour later']) {
    const t = performance.now();
    const report = await rollUpAndPrune(new Date(), days);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s — ${report.daysRolledUp} days rolled up, ${report.patternsDeleted.toLocaleString('en')} pattern rows deleted; RSS peak ${mb(peak)}`,
    );
  }
}

async function main() {
  console.log(`Ingestion (${EVENTS.toLocaleString('en')} events per source, batches of ${BATCH})`);
  let session = 0;
  await ingest('Dovecot exporter', (from, to, now) => {
    const body = Array.from({ length: to - from }, (_, k) => dovecotDocument(from + k, now)).join('\n');
    return parseDovecotEvents(body, now).events;
  });
  const parser = new PostfixLogParser();
  await ingest('Postfix log lines', (from, to, now) => {
    const lines: string[] = [];
    for (let i = from; i < to; i++) lines.push(...postfixSession(session++, now));
    return parser.parse(lines, { now }).events;
  });

  console.log(`\nReadiness queries`);
  await seedPatterns();
  const now = new Date();
  for (const policy of registry.policies) {
    if (policy.id === 'pop-before-smtp-ended') continue;
    await time(
      `${policy.id}: card`,
      () => readPolicyReadiness(policy, registry, now),
      (r) => `${r.affected.toLocaleString('en')} affected, ${r.trend.length} days`,
    );
    await time(
      `${policy.id}: masked list (50)`,
      () => listAffectedMailboxes(policy, registry, { now, take: 50 }),
      (l) => `${l.total.toLocaleString('en')} in all`,
    );
  }

  console.log(`\nHourly clean-up (retention 14 days)`);
  peak = process.memoryUsage().rss;
  await cleanUp();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    clearInterval(sampler);
    await prisma.$disconnect();
  });
