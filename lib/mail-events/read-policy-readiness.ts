import { prisma } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/database-url';
import { selectJsonValues } from '@/lib/db/json-rows';
import { addDays, daysBetween, japanDay } from '@/lib/insights/insight-days';
import type { MailRegistry, Policy, PolicyKind } from '@/lib/mail-registry/registry-schema';
import { POP_BEFORE_SMTP_WINDOW_MS, TIMESTAMP_SLACK_MS } from './mailbox-patterns';
import { policyPatternsFrom, policySql } from './policy-ways';
import { retentionDays } from './store-events';

/**
 * Staff readiness per policy from what the mail servers saw (docs/mail-events.md "For staff"): the
 * mailboxes still affected (a way the policy ends, seen in the last WINDOW_DAYS days), the trend by
 * day up to the policy's date, the ways and networks behind it, the masked list, and of the mailboxes
 * told ("Tell these mailboxes") how many changed. Read from MailUsagePattern (per mailbox, kept for
 * the retention) and MailUsageDaily (kept, without mailboxes), never from the events' addresses.
 */

/** "Still affected today": the way was seen on one of the last seven days (the customer's record too). */
export const WINDOW_DAYS = 7;
/** Days of trend before today; an announced policy's chart runs on to its date. */
export const TREND_DAYS = 30;

type Db = typeof prisma;
type Policies = Pick<MailRegistry, 'policies'>['policies'];

export interface AffectedMailbox {
  mailboxHash: string;
  events: number;
  days: number;
  lastSeen: Date;
}

export interface ReadinessDay {
  day: string;
  /** Distinct mailboxes that day (from the per-mailbox rows), or the daily totals' sum after the retention. */
  mailboxes: number;
  events: number;
  /** `mailboxes`: exact; `daily`: summed over patterns (a mailbox with two such ways counts twice). */
  source: 'mailboxes' | 'daily' | 'none';
}

export interface ReadinessWay {
  kind: string;
  protocol: string;
  port: number;
  tls: string;
  tlsVersion: string;
  network: string;
  mailboxes: number;
  events: number;
}

export interface PolicyReadiness {
  id: PolicyKind;
  effective: string;
  notice?: string;
  inForce: boolean;
  daysLeft: number;
  affected: number;
  /** Of the affected, how many have a sealed address (can be told) and how many were told already. */
  addressable: number;
  told: number;
  trend: ReadinessDay[];
  ways: ReadinessWay[];
  /** Of the mailboxes told, how many were seen since without the old way, still with it, or not at all. */
  afterTelling: { sent: number; changed: number; still: number; unseen: number };
}

const num = (value: unknown) => Number(value ?? 0);
const date = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/** The mailboxes using a way the policy ends since `sinceDay` (POP before SMTP: paired events). */
export async function affectedMailboxes(
  policy: Pick<Policy, 'id'>,
  policies: Policies,
  now: Date,
  db: Db = prisma,
  sinceDay = addDays(japanDay(now), -(WINDOW_DAYS - 1)),
): Promise<Map<string, AffectedMailbox>> {
  const found = new Map<string, AffectedMailbox>();
  if (policy.id === 'pop-before-smtp-ended') {
    const days = new Map<string, Set<string>>();
    for (const pair of await pairedPopBeforeSmtp(sinceDay, now, db)) {
      const m = found.get(pair.mailboxHash);
      const seen = days.get(pair.mailboxHash) ?? new Set<string>();
      seen.add(pair.day);
      days.set(pair.mailboxHash, seen);
      if (!m)
        found.set(pair.mailboxHash, {
          mailboxHash: pair.mailboxHash,
          events: 1,
          days: 1,
          lastSeen: pair.lastSeen,
        });
      else {
        m.events++;
        m.days = seen.size;
        if (pair.lastSeen > m.lastSeen) m.lastSeen = pair.lastSeen;
      }
    }
    return found;
  }
  const rows = await db.$queryRaw<{ hash: string; events: unknown; days: unknown; last: unknown }[]>`
    SELECT p."mailboxHash" AS hash, SUM(p."count") AS events, COUNT(DISTINCT p."day") AS days, MAX(p."lastSeen") AS last
    ${await policyPatternsFrom(policy.id, policies, db)} AND p."day" >= ${sinceDay}
    GROUP BY p."mailboxHash"`;
  for (const r of rows)
    found.set(r.hash, {
      mailboxHash: r.hash,
      events: num(r.events),
      days: num(r.days),
      lastSeen: date(r.last),
    });
  return found;
}

/**
 * Relay refusals paired with a POP3 login of a mailbox from the same address at most ten minutes
 * before, with no SMTP login from that address in between (mailbox-patterns.ts, the same rule), since
 * `sinceDay`. Refusals are few; the logins are read only for their addresses.
 */
async function pairedPopBeforeSmtp(sinceDay: string, now: Date, db: Db) {
  const since = new Date(Date.parse(`${sinceDay}T00:00:00+09:00`));
  const refusals = await db.mailEvent.findMany({
    where: { kind: 'relay-refused', protocol: 'smtp', clientKey: { not: '' }, occurredAt: { gte: since } },
    select: {
      occurredAt: true,
      clientKey: true,
      day: true,
      network: true,
      port: true,
      tls: true,
      tlsVersion: true,
    },
  });
  const clients = [...new Set(refusals.map((r) => r.clientKey))];
  const logins: { occurredAt: Date; clientKey: string; mailboxHash: string; protocol: string }[] = [];
  for (let i = 0; i < clients.length; i += 500)
    logins.push(
      ...(await db.mailEvent.findMany({
        where: {
          clientKey: { in: clients.slice(i, i + 500) },
          kind: 'login',
          result: 'ok',
          OR: [{ protocol: 'pop3', mailboxHash: { not: '' } }, { protocol: 'smtp' }],
          occurredAt: { gte: new Date(since.getTime() - POP_BEFORE_SMTP_WINDOW_MS), lte: now },
        },
        select: { occurredAt: true, clientKey: true, mailboxHash: true, protocol: true },
      })),
    );
  const byClient = new Map<string, typeof logins>();
  for (const login of logins) {
    const list = byClient.get(login.clientKey) ?? [];
    list.push(login);
    byClient.set(login.clientKey, list);
  }
  const pairs: {
    mailboxHash: string;
    lastSeen: Date;
    day: string;
    network: string;
    port: number;
    tls: string;
    tlsVersion: string;
  }[] = [];
  for (const refusal of refusals) {
    const t = refusal.occurredAt.getTime();
    const list = byClient.get(refusal.clientKey) ?? [];
    const pop = list
      .filter(
        (l) =>
          l.protocol === 'pop3' &&
          l.occurredAt.getTime() >= t - POP_BEFORE_SMTP_WINDOW_MS &&
          l.occurredAt.getTime() <= t + TIMESTAMP_SLACK_MS,
      )
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0];
    if (!pop) continue;
    const smtpBetween = list.some(
      (l) => l.protocol === 'smtp' && l.occurredAt > pop.occurredAt && l.occurredAt.getTime() < t,
    );
    if (smtpBetween) continue;
    pairs.push({
      mailboxHash: pop.mailboxHash,
      lastSeen: refusal.occurredAt,
      day: refusal.day,
      network: refusal.network,
      port: refusal.port,
      tls: refusal.tls,
      tlsVersion: refusal.tlsVersion,
    });
  }
  return pairs;
}

/** The trend by day: exact mailboxes while the per-mailbox rows are kept, the daily totals before. */
async function trendByDay(policy: Policy, policies: Policies, now: Date, db: Db): Promise<ReadinessDay[]> {
  const today = japanDay(now);
  const from = addDays(today, -(TREND_DAYS - 1));
  const last =
    policy.effective > today && daysBetween(today, policy.effective) <= 183 ? policy.effective : today;
  const condition = policySql(policy.id, 'p', policies);
  const patterns = await policyPatternsFrom(policy.id, policies, db);
  const [exact, daily] = await Promise.all([
    db.$queryRaw<{ day: string; mailboxes: unknown; events: unknown }[]>`
      SELECT p."day" AS day, COUNT(DISTINCT p."mailboxHash") AS mailboxes, SUM(p."count") AS events
      ${patterns} AND p."day" >= ${from}
      GROUP BY p."day"`,
    db.$queryRaw<{ day: string; mailboxes: unknown; events: unknown }[]>`
      SELECT p."day" AS day, SUM(p."mailboxes") AS mailboxes, SUM(p."events") AS events
      FROM "MailUsageDaily" p WHERE p."day" >= ${from} AND ${condition} GROUP BY p."day"`,
  ]);
  const byDay = new Map<string, ReadinessDay>();
  for (const d of daily)
    byDay.set(d.day, { day: d.day, mailboxes: num(d.mailboxes), events: num(d.events), source: 'daily' });
  // While a day's per-mailbox rows are kept they are exact (POP before SMTP: paired events instead).
  const keptFrom = addDays(today, -(retentionDays() - 1));
  if (policy.id === 'pop-before-smtp-ended') {
    // The pairing needs the events: exact per day while they are kept.
    const perDay = new Map<string, { mailboxes: Set<string>; events: number }>();
    for (const pair of await pairedPopBeforeSmtp(keptFrom > from ? keptFrom : from, now, db)) {
      const d = perDay.get(pair.day) ?? { mailboxes: new Set<string>(), events: 0 };
      d.mailboxes.add(pair.mailboxHash);
      d.events++;
      perDay.set(pair.day, d);
    }
    for (let day = keptFrom > from ? keptFrom : from; day <= today; day = addDays(day, 1)) {
      const d = perDay.get(day);
      byDay.set(day, { day, mailboxes: d?.mailboxes.size ?? 0, events: d?.events ?? 0, source: 'mailboxes' });
    }
    exact.length = 0;
  }
  for (const d of exact)
    if (d.day >= keptFrom || !byDay.has(d.day))
      byDay.set(d.day, {
        day: d.day,
        mailboxes: num(d.mailboxes),
        events: num(d.events),
        source: 'mailboxes',
      });
  const days: ReadinessDay[] = [];
  for (let day = from; day <= last; day = addDays(day, 1))
    days.push(byDay.get(day) ?? { day, mailboxes: 0, events: 0, source: day > today ? 'none' : 'mailboxes' });
  return days;
}

/** POP before SMTP by way: the refused sends of the pairs, by port, encryption and network. */
async function popBeforeSmtpWays(sinceDay: string, now: Date, db: Db): Promise<ReadinessWay[]> {
  const ways = new Map<string, ReadinessWay & { boxes: Set<string> }>();
  for (const pair of await pairedPopBeforeSmtp(sinceDay, now, db)) {
    const id = [pair.port, pair.tls, pair.tlsVersion, pair.network].join('\u0000');
    const way = ways.get(id) ?? {
      kind: 'relay-refused',
      protocol: 'smtp',
      port: pair.port,
      tls: pair.tls,
      tlsVersion: pair.tlsVersion,
      network: pair.network,
      mailboxes: 0,
      events: 0,
      boxes: new Set<string>(),
    };
    way.boxes.add(pair.mailboxHash);
    way.events++;
    ways.set(id, way);
  }
  return [...ways.values()]
    .map(({ boxes, ...way }) => ({ ...way, mailboxes: boxes.size }))
    .sort((a, b) => b.mailboxes - a.mailboxes || b.events - a.events);
}

async function waysOf(policy: Policy, policies: Policies, sinceDay: string, db: Db): Promise<ReadinessWay[]> {
  const rows = await db.$queryRaw<
    {
      kind: string;
      protocol: string;
      port: unknown;
      tls: string;
      tlsVersion: string;
      network: string;
      mailboxes: unknown;
      events: unknown;
    }[]
  >`
    SELECT p."kind" AS kind, p."protocol" AS protocol, p."port" AS port, p."tls" AS tls, p."tlsVersion" AS "tlsVersion",
      p."network" AS network, COUNT(DISTINCT p."mailboxHash") AS mailboxes, SUM(p."count") AS events
    ${await policyPatternsFrom(policy.id, policies, db)} AND p."day" >= ${sinceDay}
    GROUP BY p."kind", p."protocol", p."port", p."tls", p."tlsVersion", p."network"`;
  return rows
    .map((r) => ({ ...r, port: num(r.port), mailboxes: num(r.mailboxes), events: num(r.events) }))
    .sort((a, b) => b.mailboxes - a.mailboxes || b.events - a.events);
}

/** Of the mailboxes told about the policy, how many changed: measured from the servers, not visits. */
async function afterTelling(policy: Policy, policies: Policies, now: Date, db: Db) {
  const sent = await db.mailboxCampaignMessage.findMany({
    where: { policy: policy.id, status: 'sent' },
    select: { mailboxHash: true, sentAt: true },
  });
  if (sent.length === 0) return { sent: 0, changed: 0, still: 0, unseen: 0 };
  const firstSent = sent.reduce((a, m) => (m.sentAt && m.sentAt < a ? m.sentAt : a), now);
  const sinceDay = japanDay(firstSent);
  const affected = await affectedMailboxes(policy, policies, now, db, sinceDay);
  const seen = new Map<string, Date>();
  const hashes = sent.map((m) => m.mailboxHash);
  for (let i = 0; i < hashes.length; i += 500)
    for (const m of await db.mailEventMailbox.findMany({
      where: { mailboxHash: { in: hashes.slice(i, i + 500) } },
      select: { mailboxHash: true, lastSeen: true },
    }))
      seen.set(m.mailboxHash, m.lastSeen);
  let changed = 0;
  let still = 0;
  let unseen = 0;
  for (const m of sent) {
    const sentAt = m.sentAt ?? firstSent;
    const old = affected.get(m.mailboxHash);
    if (old && old.lastSeen > sentAt) still++;
    else if ((seen.get(m.mailboxHash) ?? new Date(0)) > sentAt) changed++;
    else unseen++;
  }
  return { sent: sent.length, changed, still, unseen };
}

/** Everything the readiness card of one policy shows. */
export async function readPolicyReadiness(
  policy: Policy,
  registry: Pick<MailRegistry, 'policies'>,
  now = new Date(),
  db: Db = prisma,
): Promise<PolicyReadiness> {
  const today = japanDay(now);
  const sinceDay = addDays(today, -(WINDOW_DAYS - 1));
  const [affected, trend, ways, telling] = await Promise.all([
    affectedMailboxes(policy, registry.policies, now, db, sinceDay),
    trendByDay(policy, registry.policies, now, db),
    policy.id === 'pop-before-smtp-ended'
      ? popBeforeSmtpWays(sinceDay, now, db)
      : waysOf(policy, registry.policies, sinceDay, db),
    afterTelling(policy, registry.policies, now, db),
  ]);
  const { addressable, told } = await reachable(policy.id, [...affected.keys()], db);
  return {
    id: policy.id,
    effective: policy.effective,
    notice: policy.notice,
    inForce: policy.effective <= today,
    daysLeft: daysBetween(today, policy.effective),
    affected: affected.size,
    addressable,
    told,
    trend,
    ways,
    afterTelling: telling,
  };
}

/** Of these mailboxes: how many have a sealed address, and how many were told about the policy. */
async function reachable(policy: PolicyKind, hashes: string[], db: Db) {
  if (hashes.length === 0) return { addressable: 0, told: 0 };
  const postgres = isPostgresUrl(databaseUrl());
  const [[a], [t]] = await Promise.all([
    db.$queryRaw<{ n: unknown }[]>`
      SELECT COUNT(*) AS n FROM "MailEventMailbox"
      WHERE "mailboxHash" IN (${selectJsonValues(postgres, hashes)}) AND "address" <> ''`,
    db.$queryRaw<{ n: unknown }[]>`
      SELECT COUNT(*) AS n FROM "MailboxCampaignMessage"
      WHERE "policy" = ${policy} AND "status" <> 'held' AND "mailboxHash" IN (${selectJsonValues(postgres, hashes)})`,
  ]);
  return { addressable: num(a?.n), told: num(t?.n) };
}

export interface AffectedRow {
  masked: string;
  events: number;
  days: number;
  lastSeen: Date;
  /** When it was told about this policy, if it was. */
  toldAt: Date | null;
}

/** The masked list, the most recently seen first (`take` rows; all of them for the CSV). */
export async function listAffectedMailboxes(
  policy: Policy,
  registry: Pick<MailRegistry, 'policies'>,
  options: { now?: Date; take?: number } = {},
  db: Db = prisma,
): Promise<{ total: number; rows: AffectedRow[] }> {
  const now = options.now ?? new Date();
  const affected = [...(await affectedMailboxes(policy, registry.policies, now, db)).values()].sort(
    (a, b) => b.lastSeen.getTime() - a.lastSeen.getTime() || (a.mailboxHash < b.mailboxHash ? -1 : 1),
  );
  const shown = options.take === undefined ? affected : affected.slice(0, options.take);
  const masked = new Map<string, string>();
  const told = new Map<string, Date | null>();
  for (let i = 0; i < shown.length; i += 500) {
    const part = shown.slice(i, i + 500).map((m) => m.mailboxHash);
    const [boxes, messages] = await Promise.all([
      db.mailEventMailbox.findMany({
        where: { mailboxHash: { in: part } },
        select: { mailboxHash: true, masked: true },
      }),
      db.mailboxCampaignMessage.findMany({
        where: { policy: policy.id, mailboxHash: { in: part }, status: { not: 'held' } },
        select: { mailboxHash: true, sentAt: true, createdAt: true },
      }),
    ]);
    for (const b of boxes) masked.set(b.mailboxHash, b.masked);
    for (const m of messages) told.set(m.mailboxHash, m.sentAt ?? m.createdAt);
  }
  return {
    total: affected.length,
    rows: shown.map((m) => ({
      masked: masked.get(m.mailboxHash) ?? '***',
      events: m.events,
      days: m.days,
      lastSeen: m.lastSeen,
      toldAt: told.get(m.mailboxHash) ?? null,
    })),
  };
}
