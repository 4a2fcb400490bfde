import { prisma } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/database-url';
import { jsonTimestamp, selectJsonRows, type JsonColumnType } from '@/lib/db/json-rows';
import { isUniqueViolation, type Tx } from '@/lib/db/transaction';
import { PORTAL_TIME_ZONE } from '@/lib/dates/format-date';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { MailEvent } from './mail-event';
import { mailAddressKey, sealAddress } from './mailbox-address';
import {
  classifyClient,
  hashMailbox,
  isOwnDomain,
  maskMailbox,
  normalizeMailbox,
  type ClientView,
} from './mailbox-identity';
import { anyPolicyCandidate } from './policy-ways';

/**
 * Writes mail events in batches (docs/mail-events.md "What is stored"): each event once (its key),
 * its mailbox as a keyed hash with a masked form, the client as network class, /24 or /48 and a keyed
 * hash; and each event counted into its mailbox's usage pattern of the day (count, first and last
 * seen). Events in any order give the same rows. A second report of an event that adds its TLS
 * version (Dovecot's log line after the exporter's event of the same session) fills it in and moves
 * the count to the pattern with the version.
 */

export const DEFAULT_RETENTION_DAYS = 14;

/** The portal's day of an event (isoDay's answer), with one formatter instead of one per event. */
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PORTAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/**
 * The day of the minute an event falls in: a day begins on a whole minute in every time zone, and a
 * batch's events share a handful of minutes, so the formatter runs once a minute instead of per event.
 */
let lastMinute = Number.NaN;
let lastDay = '';
function eventDay(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = dayFormat.format(at);
    lastMinute = minute;
  }
  return lastDay;
}

/** MAIL_EVENTS_RETENTION_DAYS: how long events and per-mailbox patterns are kept (1–400 days). */
export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.MAIL_EVENTS_RETENTION_DAYS);
  return Number.isInteger(days) && days >= 1 && days <= 400 ? days : DEFAULT_RETENTION_DAYS;
}

export interface StoredEventRow {
  key: string;
  source: string;
  kind: string;
  occurredAt: Date;
  day: string;
  mailboxHash: string;
  evidence: string;
  protocol: string;
  port: number;
  tls: string;
  tlsVersion: string;
  mechanism: string;
  network: string;
  clientPrefix: string;
  clientKey: string;
  result: string;
}

export interface StoreContext {
  registry: Pick<MailRegistry, 'domains' | 'username' | 'customerNetworks'> &
    Partial<Pick<MailRegistry, 'policies'>>;
  hashKey: string;
  now: Date;
  retentionDays?: number;
  /** The key addresses are sealed with (mailbox-address.ts); default from the environment, null: none. */
  addressKey?: Buffer | null;
}

/**
 * An event as it is stored, plus its mailbox's masked form (kept apart, in MailEventMailbox) and, when
 * the event could put the mailbox on a policy's list, its address (to be sealed, mailbox-address.ts).
 */
export function toRow(
  event: MailEvent,
  context: StoreContext,
  clients: Map<string, ClientView> = new Map(),
): { row: StoredEventRow; masked: string | null; address: string | null } {
  const mailbox = normalizeMailbox(event.user, context.registry);
  // A sender or recipient outside our domains is somebody else's mailbox: not recorded as one.
  const ours = mailbox !== null && (event.evidence === 'login' || isOwnDomain(mailbox, context.registry));
  const client = viewClient(event.client, context, clients);
  const row: StoredEventRow = {
    key: event.key,
    source: event.source,
    kind: event.kind,
    occurredAt: event.at,
    day: eventDay(event.at),
    mailboxHash: ours ? hashMailbox(mailbox, context.hashKey) : '',
    evidence: ours ? (event.evidence ?? '') : '',
    protocol: event.protocol,
    port: event.port ?? 0,
    tls: event.tls === true ? 'yes' : event.tls === false ? 'no' : 'unknown',
    tlsVersion: event.tls === false ? '' : (event.tlsVersion ?? ''),
    mechanism: (event.mechanism ?? '').toUpperCase(),
    network: client.network,
    clientPrefix: client.prefix,
    clientKey: client.key,
    result: event.result,
  };
  const policies = context.registry.policies ?? [];
  const addressable = ours && mailbox.includes('@') && isOwnDomain(mailbox, context.registry);
  return {
    row,
    masked: ours ? maskMailbox(mailbox) : null,
    address: addressable && anyPolicyCandidate(row, policies) ? mailbox : null,
  };
}

/**
 * The client's view (network class, prefix, keyed hash), once per address in a batch: a batch holds
 * thousands of events from a few hundred addresses, and the view costs an address parse, a network
 * match and an HMAC.
 */
function viewClient(client: string | null, context: StoreContext, clients: Map<string, ClientView>) {
  if (client === null) return classifyClient(null, context.registry, context.hashKey);
  let view = clients.get(client);
  if (!view) {
    view = classifyClient(client, context.registry, context.hashKey);
    clients.set(client, view);
  }
  return view;
}

/** A way of using a mailbox: the columns of a MailWay row (a pattern is a way on a day for a mailbox). */
export const WAY_FIELDS = [
  'kind',
  'protocol',
  'port',
  'tls',
  'tlsVersion',
  'mechanism',
  'network',
  'result',
] as const;
export const PATTERN_FIELDS = ['day', 'mailboxHash', ...WAY_FIELDS] as const;
type PatternKey = Pick<StoredEventRow, (typeof PATTERN_FIELDS)[number]>;
const patternId = (row: PatternKey) => PATTERN_FIELDS.map((f) => String(row[f])).join('\u0000');
const patternOf = (row: PatternKey): PatternKey =>
  Object.fromEntries(PATTERN_FIELDS.map((f) => [f, row[f]])) as unknown as PatternKey;
type WayKey = Pick<StoredEventRow, (typeof WAY_FIELDS)[number]>;
/** A way as one string, to find its MailWay id. */
const wayKey = (way: WayKey) => WAY_FIELDS.map((f) => String(way[f])).join('\u0000');

/**
 * The MailWay ids of these patterns' ways, adding the ways not seen before. The table holds tens of
 * rows, so it is read whole: one statement per batch once the ways are known, two more for a new one.
 */
async function resolveWays(tx: Tx, patterns: WayKey[], postgres: boolean): Promise<Map<string, number>> {
  const read = async () => new Map((await tx.mailWay.findMany()).map((w) => [wayKey(w), w.id]));
  const ids = await read();
  const missing = new Map<string, WayKey>();
  for (const p of patterns) if (!ids.has(wayKey(p))) missing.set(wayKey(p), p);
  if (missing.size === 0) return ids;
  const rows = [...missing.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, w]) => WAY_FIELDS.map((f) => w[f]));
  await tx.$executeRaw`
    INSERT INTO "MailWay" ("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result")
    ${selectJsonRows(postgres, rows, WAY_COLUMNS)} WHERE true
    ON CONFLICT ("kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result") DO NOTHING`;
  return read();
}

export interface WriteReport {
  accepted: number;
  duplicate: number;
  /** Older than the retention, or more than a day in the future: not recorded. */
  late: number;
  /** Duplicates that brought a TLS version the first report lacked. */
  enriched: number;
  /** The accepted events' times, for the lag metric. */
  acceptedBySource: Record<string, Date[]>;
  /** Duplicates and late events by source, for the metrics. */
  refusedBySource: Record<string, { duplicate: number; late: number }>;
}

interface PatternDelta {
  pattern: PatternKey;
  count: number;
  first: Date;
  last: Date;
}

/** Rows per statement (one JSON parameter each, json-rows.ts). */
const CHUNK = 1000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The columns of the three batches, in the order each row lists its values (json-rows.ts). */
const EVENT_COLUMNS: JsonColumnType[] = [
  ...(['text', 'text', 'text', 'timestamp', 'text', 'text', 'text', 'text', 'int'] as const),
  ...(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'timestamp'] as const),
];
/** WAY_FIELDS' types. */
const WAY_COLUMNS: JsonColumnType[] = ['text', 'text', 'int', 'text', 'text', 'text', 'text', 'text'];
/** Day and mailbox, the way, then count, first and last seen, and the way's id. */
const PATTERN_COLUMNS: JsonColumnType[] = [
  'text',
  'text',
  ...WAY_COLUMNS,
  'int',
  'timestamp',
  'timestamp',
  'int',
];
const MAILBOX_COLUMNS: JsonColumnType[] = ['text', 'text', 'text', 'timestamp', 'timestamp'];

/** Writes a batch in one transaction, retried when another instance wrote the same key meanwhile. */
export async function writeMailEvents(
  events: MailEvent[],
  context: StoreContext,
  db: typeof prisma = prisma,
): Promise<WriteReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce(events, context, db);
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

type Mapped = ReturnType<typeof toRow>;

/**
 * Set-based (docs/mail-events.md "Speed"): one transaction per batch with a handful of statements
 * whatever its size — the events as one multi-row INSERT … ON CONFLICT ("key") DO NOTHING RETURNING
 * the keys it took (the rest are duplicates), the patterns' counts and the mailboxes as multi-row
 * INSERT … ON CONFLICT DO UPDATE (adding counts, widening first and last seen), the same SQL on SQLite
 * and PostgreSQL. Rows are written in key order, so two instances upserting the same rows on
 * PostgreSQL take their locks in the same order and cannot deadlock.
 */
async function writeOnce(
  events: MailEvent[],
  context: StoreContext,
  db: typeof prisma,
): Promise<WriteReport> {
  const report: WriteReport = {
    accepted: 0,
    duplicate: 0,
    late: 0,
    enriched: 0,
    acceptedBySource: {},
    refusedBySource: {},
  };
  const tally = (source: string, outcome: 'duplicate' | 'late') => {
    report[outcome]++;
    (report.refusedBySource[source] ??= { duplicate: 0, late: 0 })[outcome]++;
  };
  const oldest = context.now.getTime() - (context.retentionDays ?? retentionDays()) * 86_400_000;
  const newest = context.now.getTime() + 86_400_000;

  // One row per key within the batch; a later copy may bring the TLS version.
  const byKey = new Map<string, Mapped>();
  const clients = new Map<string, ClientView>();
  for (const event of events) {
    const time = event.at.getTime();
    if (!Number.isFinite(time) || time < oldest || time > newest) {
      tally(event.source, 'late');
      continue;
    }
    const mapped = toRow(event, context, clients);
    const seen = byKey.get(event.key);
    if (!seen) byKey.set(event.key, mapped);
    else {
      tally(event.source, 'duplicate');
      if (!seen.row.tlsVersion && mapped.row.tlsVersion && seen.row.tls !== 'no') {
        seen.row.tlsVersion = mapped.row.tlsVersion;
        seen.row.tls = 'yes';
      }
      if (!seen.row.mailboxHash && mapped.row.mailboxHash) {
        seen.row.mailboxHash = mapped.row.mailboxHash;
        seen.row.evidence = mapped.row.evidence;
        seen.masked = mapped.masked;
      }
      seen.address ??= mapped.address;
    }
  }
  if (byKey.size === 0) return report;
  const postgres = isPostgresUrl(databaseUrl());
  const at = (date: Date) => jsonTimestamp(postgres, date);
  const receivedAt = at(context.now);
  const addressKey = context.addressKey === undefined ? mailAddressKey() : context.addressKey;

  return db.$transaction(async (tx) => {
    // 1. The events, once each: the keys the INSERT took are the fresh ones.
    const incoming = [...byKey.values()].sort((a, b) => (a.row.key < b.row.key ? -1 : 1));
    const taken = new Set<string>();
    for (const part of chunks(incoming)) {
      const batch = part.map(({ row: r }) => [
        r.key,
        r.source,
        r.kind,
        at(r.occurredAt),
        r.day,
        r.mailboxHash,
        r.evidence,
        r.protocol,
        r.port,
        r.tls,
        r.tlsVersion,
        r.mechanism,
        r.network,
        r.clientPrefix,
        r.clientKey,
        r.result,
        receivedAt,
      ]);
      const rows = await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "MailEvent" ("key", "source", "kind", "occurredAt", "day", "mailboxHash", "evidence", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "clientPrefix", "clientKey", "result", "receivedAt")
        ${selectJsonRows(postgres, batch, EVENT_COLUMNS)} WHERE true
        ON CONFLICT ("key") DO NOTHING
        RETURNING "key"`;
      for (const { key } of rows) taken.add(key);
    }

    const deltas = new Map<string, PatternDelta>();
    const addDelta = (row: PatternKey, count: number, first: Date, last: Date) => {
      if (!row.mailboxHash) return;
      const id = patternId(row);
      const delta = deltas.get(id);
      if (!delta) deltas.set(id, { pattern: patternOf(row), count, first, last });
      else {
        delta.count += count;
        if (first < delta.first) delta.first = first;
        if (last > delta.last) delta.last = last;
      }
    };

    const fresh: Mapped[] = [];
    const repeated: Mapped[] = [];
    for (const mapped of incoming) (taken.has(mapped.row.key) ? fresh : repeated).push(mapped);
    for (const { row } of fresh) {
      report.accepted++;
      (report.acceptedBySource[row.source] ??= []).push(row.occurredAt);
      addDelta(row, 1, row.occurredAt, row.occurredAt);
    }
    for (const { row } of repeated) tally(row.source, 'duplicate');

    // 2. A repeat that brings the TLS version the stored event lacks (Dovecot's log line after its
    // exporter's event of the same session): fill it in and move the count. Rare; read only those.
    const bringing = repeated.filter((m) => m.row.tlsVersion !== '');
    if (bringing.length > 0) {
      const stored = await tx.mailEvent.findMany({
        where: { key: { in: bringing.map((m) => m.row.key) }, tlsVersion: '', tls: { not: 'no' } },
      });
      for (const event of stored) {
        const version = byKey.get(event.key)!.row;
        if (version.kind !== event.kind) continue;
        const moved = await tx.mailEvent.updateMany({
          where: { id: event.id, tlsVersion: '' },
          data: { tlsVersion: version.tlsVersion, tls: 'yes' },
        });
        if (moved.count !== 1) continue;
        addDelta(event, -1, event.occurredAt, event.occurredAt);
        addDelta(
          { ...event, tls: 'yes', tlsVersion: version.tlsVersion },
          1,
          event.occurredAt,
          event.occurredAt,
        );
        report.enriched++;
      }
    }

    // 3. The patterns: counts added in one upsert per chunk; the rare moved count taken off its row.
    const all = [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
    const adds = all.filter((d) => d.count > 0);
    const wayIds = await resolveWays(
      tx,
      adds.map((d) => d.pattern),
      postgres,
    );
    for (const part of chunks(adds)) {
      const batch = part.map(({ pattern: p, count, first, last }) => [
        p.day,
        p.mailboxHash,
        p.kind,
        p.protocol,
        p.port,
        p.tls,
        p.tlsVersion,
        p.mechanism,
        p.network,
        p.result,
        count,
        at(first),
        at(last),
        wayIds.get(wayKey(p))!,
      ]);
      await tx.$executeRaw`
        INSERT INTO "MailUsagePattern" ("day", "mailboxHash", "kind", "protocol", "port", "tls", "tlsVersion", "mechanism", "network", "result", "count", "firstSeen", "lastSeen", "wayId")
        ${selectJsonRows(postgres, batch, PATTERN_COLUMNS)} WHERE true
        ON CONFLICT ("day", "mailboxHash", "wayId")
        DO UPDATE SET "count" = "MailUsagePattern"."count" + excluded."count",
          "firstSeen" = CASE WHEN excluded."firstSeen" < "MailUsagePattern"."firstSeen" THEN excluded."firstSeen" ELSE "MailUsagePattern"."firstSeen" END,
          "lastSeen" = CASE WHEN excluded."lastSeen" > "MailUsagePattern"."lastSeen" THEN excluded."lastSeen" ELSE "MailUsagePattern"."lastSeen" END`;
    }
    for (const { pattern, count } of all.filter((d) => d.count < 0)) {
      const where = { ...pattern };
      await tx.mailUsagePattern.updateMany({ where, data: { count: { increment: count } } });
      await tx.mailUsagePattern.deleteMany({ where: { ...where, count: { lte: 0 } } });
    }

    // 4. The mailboxes: the masked form, first and last seen, and the sealed address of one that may
    // reach a policy's list (an address already sealed is kept).
    const mailboxes = new Map<string, { masked: string; address: string; first: Date; last: Date }>();
    for (const { row, masked, address } of fresh) {
      if (!row.mailboxHash || !masked) continue;
      const m = mailboxes.get(row.mailboxHash);
      if (!m)
        mailboxes.set(row.mailboxHash, {
          masked,
          address: address ?? '',
          first: row.occurredAt,
          last: row.occurredAt,
        });
      else {
        if (row.occurredAt < m.first) m.first = row.occurredAt;
        if (row.occurredAt > m.last) m.last = row.occurredAt;
        if (!m.address && address) m.address = address;
      }
    }
    const boxes = [...mailboxes.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const part of chunks(boxes)) {
      const batch = part.map(([hash, m]) => [
        hash,
        m.masked,
        m.address && addressKey ? sealAddress(m.address, hash, addressKey) : '',
        at(m.first),
        at(m.last),
      ]);
      await tx.$executeRaw`
        INSERT INTO "MailEventMailbox" ("mailboxHash", "masked", "address", "firstSeen", "lastSeen")
        ${selectJsonRows(postgres, batch, MAILBOX_COLUMNS)} WHERE true
        ON CONFLICT ("mailboxHash")
        DO UPDATE SET
          "address" = CASE WHEN "MailEventMailbox"."address" = '' THEN excluded."address" ELSE "MailEventMailbox"."address" END,
          "firstSeen" = CASE WHEN excluded."firstSeen" < "MailEventMailbox"."firstSeen" THEN excluded."firstSeen" ELSE "MailEventMailbox"."firstSeen" END,
          "lastSeen" = CASE WHEN excluded."lastSeen" > "MailEventMailbox"."lastSeen" THEN excluded."lastSeen" ELSE "MailEventMailbox"."lastSeen" END`;
    }
    return report;
  });
}
