import type { PrismaClient } from '@/lib/db/create-client';
import { isoDay } from '@/lib/dates/format-date';
import { addDays } from '@/lib/insights/insight-days';
import type { MailEvent } from '@/lib/mail-events/mail-event';
import { mailEventsHashKey } from '@/lib/mail-events/mailbox-identity';
import { retentionDays, writeMailEvents } from '@/lib/mail-events/store-events';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';

/**
 * Synthetic traffic for the demo (docs/mail-events.md, "The demo"): what the mail servers would have
 * seen over the last weeks from the demo mailbox and from 200 made-up ones — some still on POP3 110
 * without encryption, some on TLS 1.0, some sending on port 25 from our customer networks, some still
 * relying on POP before SMTP, the rest as they should be, fewer of the old ways as the days pass. The
 * days inside the retention are written as events through the same code as the servers' own; the
 * weeks before it only as the daily totals that are kept after it.
 */

export const DEMO_TRAFFIC_MAILBOXES = 200;
const WEEKS = 4;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

type Habit = 'plaintext' | 'tls10' | 'port25' | 'pop-before-smtp' | 'clean';

/** Which old habit a made-up mailbox has: about a third have one. */
function habitOf(index: number): Habit {
  if (index < 30) return 'plaintext';
  if (index < 48) return 'tls10';
  if (index < 60) return 'port25';
  if (index < 72) return 'pop-before-smtp';
  return 'clean';
}

interface Way {
  kind: MailEvent['kind'];
  protocol: MailEvent['protocol'];
  port: number;
  tls: boolean;
  tlsVersion: string | null;
  result: MailEvent['result'];
  customer: boolean;
  perDay: number;
  /** Minutes after a POP3 login from the same address (POP before SMTP). */
  afterPop?: boolean;
}

const phone: Way = {
  kind: 'login',
  protocol: 'imap',
  port: 993,
  tls: true,
  tlsVersion: 'TLSv1.3',
  result: 'ok',
  customer: false,
  perDay: 12,
};
const submission: Way = {
  kind: 'login',
  protocol: 'smtp',
  port: 587,
  tls: true,
  tlsVersion: 'TLSv1.3',
  result: 'ok',
  customer: true,
  perDay: 3,
};

function waysOf(habit: Habit): Way[] {
  switch (habit) {
    case 'plaintext':
      return [
        {
          kind: 'login',
          protocol: 'pop3',
          port: 110,
          tls: false,
          tlsVersion: null,
          result: 'plaintext-refused',
          customer: true,
          perDay: 24,
        },
        phone,
      ];
    case 'tls10':
      return [
        {
          kind: 'login',
          protocol: 'pop3',
          port: 995,
          tls: true,
          tlsVersion: 'TLSv1',
          result: 'ok',
          customer: true,
          perDay: 8,
        },
      ];
    case 'port25':
      return [
        {
          kind: 'relay-refused',
          protocol: 'smtp',
          port: 25,
          tls: false,
          tlsVersion: null,
          result: 'refused',
          customer: true,
          perDay: 2,
        },
        phone,
      ];
    case 'pop-before-smtp':
      return [
        {
          kind: 'login',
          protocol: 'pop3',
          port: 995,
          tls: true,
          tlsVersion: 'TLSv1.2',
          result: 'ok',
          customer: true,
          perDay: 6,
        },
        {
          kind: 'relay-refused',
          protocol: 'smtp',
          port: 25,
          tls: false,
          tlsVersion: null,
          result: 'refused',
          customer: true,
          perDay: 2,
          afterPop: true,
        },
      ];
    default:
      return [phone, submission];
  }
}

/** The demo mailbox: a phone that works, a PC that sends, and an old tablet at home on POP3 110. */
const DEMO_WAYS: Way[] = [phone, submission, { ...waysOf('plaintext')[0]!, perDay: 40 }];

/**
 * Writes the synthetic traffic when the demo has no mail events yet; returns how many events were
 * written. Nothing without a hash key (production without MAIL_EVENTS_HASH_KEY).
 */
export async function seedDemoMailEvents(
  db: PrismaClient,
  registry: MailRegistry,
  options: { now?: Date; demoMailbox?: string } = {},
): Promise<number> {
  let hashKey: string;
  try {
    hashKey = mailEventsHashKey();
  } catch {
    return 0;
  }
  if ((await db.mailEvent.count()) > 0 || (await db.mailUsageDaily.count()) > 0) return 0;
  const now = options.now ?? new Date();
  const next = random(33);
  const keep = Math.min(retentionDays(), 14) - 1;
  const mailboxes: { user: string; ways: Way[]; index: number }[] = [
    { user: options.demoMailbox ?? 'demo@example.test', ways: DEMO_WAYS, index: -1 },
    ...Array.from({ length: DEMO_TRAFFIC_MAILBOXES }, (_, i) => ({
      user: `customer${String(i + 1).padStart(3, '0')}@example.test`,
      ways: waysOf(habitOf(i)),
      index: i,
    })),
  ];
  const customerAddress = (index: number) =>
    `${index % 2 === 0 ? '198.51.100' : '203.0.113'}.${(Math.abs(index) % 250) + 2}`;
  const outsideAddress = (index: number) => `192.0.2.${(Math.abs(index) % 250) + 2}`;

  const daily = new Map<string, { events: number; mailboxes: Set<string> }>();
  let written = 0;
  let serial = 0;
  let batch: MailEvent[] = [];
  const context = { registry, hashKey, now };

  for (let back = WEEKS * 7 - 1; back >= 0; back--) {
    const day = addDays(isoDay(now), -back);
    // Customers fix their settings as the weeks pass: the old ways thin out towards today.
    const progress = 1 - back / (WEEKS * 7);
    for (const mailbox of mailboxes) {
      const fixed = mailbox.index >= 0 && next() < progress * 0.5;
      for (const way of mailbox.ways) {
        const old = way !== phone && way !== submission;
        if (old && fixed) continue;
        const count = Math.max(1, Math.round(way.perDay * (0.6 + next() * 0.8)));
        if (back > keep) {
          const id = [
            day,
            way.kind,
            way.protocol,
            way.port,
            way.tls ? 'yes' : 'no',
            way.tlsVersion ?? '',
            'PLAIN',
            way.customer ? 'customer' : 'outside',
            way.result,
          ].join('|');
          const totals = daily.get(id) ?? { events: 0, mailboxes: new Set() };
          totals.events += count;
          totals.mailboxes.add(mailbox.user);
          daily.set(id, totals);
          continue;
        }
        for (let i = 0; i < count; i++) {
          const minute = Math.floor(((i + next()) / count) * 24 * 60);
          let at = new Date(`${day}T00:00:00+09:00`);
          at = new Date(at.getTime() + minute * 60_000);
          if (way.afterPop) at = new Date(at.getTime() + 60_000);
          if (at > now) continue;
          const client = way.customer ? customerAddress(mailbox.index) : outsideAddress(mailbox.index);
          batch.push({
            source: way.protocol === 'smtp' ? 'postfix' : 'dovecot',
            kind: way.kind,
            at,
            user: mailbox.user,
            evidence: way.kind === 'login' ? 'login' : 'sender',
            protocol: way.protocol,
            port: way.port,
            tls: way.tls,
            tlsVersion: way.tlsVersion,
            mechanism: 'PLAIN',
            client,
            result: way.result,
            key: `demo-seed:${++serial}`,
          });
          if (way.afterPop) {
            // The POP3 login that came just before, from the same address.
            batch.push({
              source: 'dovecot',
              kind: 'login',
              at: new Date(at.getTime() - 60_000),
              user: mailbox.user,
              evidence: 'login',
              protocol: 'pop3',
              port: 995,
              tls: true,
              tlsVersion: 'TLSv1.2',
              mechanism: 'PLAIN',
              client,
              result: 'ok',
              key: `demo-seed:${++serial}`,
            });
          }
          if (batch.length >= 2_000) {
            written += (await writeMailEvents(batch, context, db)).accepted;
            batch = [];
          }
        }
      }
    }
  }
  if (batch.length > 0) written += (await writeMailEvents(batch, context, db)).accepted;

  const rows = [...daily].map(([id, totals]) => {
    const [day, kind, protocol, port, tls, tlsVersion, mechanism, network, result] = id.split('|');
    return {
      day: day!,
      kind: kind!,
      protocol: protocol!,
      port: Number(port),
      tls: tls!,
      tlsVersion: tlsVersion!,
      mechanism: mechanism!,
      network: network!,
      result: result!,
      events: totals.events,
      mailboxes: totals.mailboxes.size,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db.mailUsageDaily.createMany({ data: rows.slice(i, i + 500) });
  return written;
}
