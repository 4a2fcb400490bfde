/**
 * The measuring half of `npm run bench:notify` (scripts/bench-notify.mjs runs it per database): seeds
 * the subscribers, times the fan-out of one notice to the outbox, then sends through a local SMTP
 * sink (smtp-server) with nodemailer's pooled connections, sampling the process's memory throughout.
 */
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import { createTranslator } from 'use-intl/core';
import en from '../messages/en.json';
import ja from '../messages/ja.json';
import { prisma } from '../lib/db/client';
import { databaseUrl, isPostgresUrl } from '../lib/db/database-url';
import { deliverDueMail } from '../lib/notifications/deliver-outbox';
import { fanOutEvents } from '../lib/notifications/fan-out-events';
import { createMailSender } from '../lib/notifications/mail-transport';
import type { MailWordsFor } from '../lib/notifications/mail-words';
import { recordEvent } from '../lib/notifications/notification-events';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 100_000);
const SEND = Number(process.env.BENCH_SEND || 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 4);

const words: MailWordsFor = async (locale) => {
  const t = createTranslator({ locale, messages: locale === 'ja' ? ja : en, timeZone: 'Asia/Tokyo' });
  return (key, values) => (t as unknown as (k: string, v?: unknown) => string)(key, values);
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);

async function main() {
  let t = performance.now();
  // Seeded in the database itself, so the figures below are the portal's memory, not the seeder's.
  const postgres = isPostgresUrl(databaseUrl());
  const numbers = postgres
    ? `SELECT i FROM generate_series(0, ${SUBSCRIBERS - 1}) AS i`
    : `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${SUBSCRIBERS - 1}) SELECT i FROM n`;
  const now = postgres ? 'now()' : `'${new Date().toISOString().replace('Z', '+00:00')}'`;
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Subscriber" ("id", "email", "locale", "status", "updatedAt", "createdAt")
    SELECT 'bench' || i, 'reader' || i || '@bench.example.test',
      CASE WHEN i % 3 = 0 THEN 'en' ELSE 'ja' END, 'confirmed', ${now}, ${now}
    FROM (${numbers}) AS numbers`);
  // Every reader follows maintenance and security notices.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "SubscriberInterest" ("subscriberId", "kind", "value")
    SELECT s."id", 'topic', t."value" FROM "Subscriber" s
    CROSS JOIN (SELECT 'maintenance' AS "value" UNION ALL SELECT 'security') AS t
    WHERE s."id" LIKE 'bench%'`);
  console.log(
    `  seeded ${SUBSCRIBERS.toLocaleString('en')} subscribers in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  await recordEvent(prisma, {
    key: `bench:${Date.now()}`,
    kind: 'notice-published',
    topic: 'maintenance',
    payload: {
      path: '/notices/bench',
      text: {
        en: {
          title: 'Mail server maintenance',
          body: 'Mail may be **delayed** for up to 10 minutes.\n\n- POP3: 995\n- SMTP: 587',
        },
        ja: {
          title: 'メールサーバーのメンテナンス',
          body: '最大10分ほど、メールの送受信が**遅れる**ことがあります。\n\n- POP3：995\n- SMTP：587',
        },
      },
    },
    createdBy: 'bench',
  });
  const rssBefore = process.memoryUsage().rss;
  peak = rssBefore;
  t = performance.now();
  const queued = await fanOutEvents();
  const fanOut = (performance.now() - t) / 1000;
  const fanOutPeak = peak;
  console.log(
    `  fan-out: ${queued.toLocaleString('en')} outbox messages in ${fanOut.toFixed(2)} s (${Math.round(queued / fanOut).toLocaleString('en')}/s)`,
  );

  let received = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const port = (sink.server.address() as { port: number }).port;
  const sender = createMailSender({
    smtpUrl: `smtp://127.0.0.1:${port}?starttls=optional`,
    from: 'notices@example.test',
    unsubscribeMailto: 'support@example.test',
  });
  const rssBeforeSending = process.memoryUsage().rss;
  peak = rssBeforeSending;
  t = performance.now();
  let sent = 0;
  while (sent < SEND) {
    const report = await deliverDueMail({
      sender,
      words,
      batch: Math.min(1_000, SEND - sent),
      concurrency: CONNECTIONS * 2,
    });
    if (report.sent === 0) break;
    sent += report.sent;
  }
  const seconds = (performance.now() - t) / 1000;
  sender.close();
  sink.close();
  console.log(
    `  sending: ${sent.toLocaleString('en')} mails in ${seconds.toFixed(1)} s = ${Math.round(sent / seconds)} mails/s over ${CONNECTIONS} pooled connections (sink received ${received.toLocaleString('en')})`,
  );
  console.log(
    `  memory (RSS): ${mb(rssBefore)} before the fan-out, peak ${mb(fanOutPeak)} during it; ${mb(rssBeforeSending)} before sending, peak ${mb(peak)} during it, ${mb(process.memoryUsage().rss)} at the end`,
  );
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
