import { prisma } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/transaction';
import { isoDay } from '@/lib/dates/format-date';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { MailEvent } from './mail-event';
import { classifyClient, hashMailbox, isOwnDomain, maskMailbox, normalizeMailbox } from './mailbox-identity';

/**
 * Writes mail events in batches (docs/mail-events.md "What is stored"): each event once (its key),
 * its mailbox as a keyed hash with a masked form, the client as network class, /24 or /48 and a keyed
 * hash; and each event counted into its mailbox's usage pattern of the day (count, first and last
 * seen). Events in any order give the same rows. A second report of an event that adds its TLS
 * version (Dovecot's log line after the exporter's event of the same session) fills it in and moves
 * the count to the pattern with the version.
 */

export const DEFAULT_RETENTION_DAYS = 14;

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
  registry: Pick<MailRegistry, 'domains' | 'username' | 'customerNetworks'>;
  hashKey: string;
  now: Date;
  retentionDays?: number;
}

/** An event as it is stored, plus its mailbox's masked form (kept apart, in MailEventMailbox). */
export function toRow(
  event: MailEvent,
  context: StoreContext,
): { row: StoredEventRow; masked: string | null } {
  const mailbox = normalizeMailbox(event.user, context.registry);
  // A sender or recipient outside our domains is somebody else's mailbox: not recorded as one.
  const ours = mailbox !== null && (event.evidence === 'login' || isOwnDomain(mailbox, context.registry));
  const client = classifyClient(event.client, context.registry, context.hashKey);
  return {
    row: {
      key: event.key,
      source: event.source,
      kind: event.kind,
      occurredAt: event.at,
      day: isoDay(event.at),
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
    },
    masked: ours ? maskMailbox(mailbox) : null,
  };
}

export const PATTERN_FIELDS = [
  'day',
  'mailboxHash',
  'kind',
  'protocol',
  'port',
  'tls',
  'tlsVersion',
  'mechanism',
  'network',
  'result',
] as const;
type PatternKey = Pick<StoredEventRow, (typeof PATTERN_FIELDS)[number]>;
const patternId = (row: PatternKey) => PATTERN_FIELDS.map((f) => String(row[f])).join('\u0000');
const patternOf = (row: PatternKey): PatternKey =>
  Object.fromEntries(PATTERN_FIELDS.map((f) => [f, row[f]])) as unknown as PatternKey;

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
  const byKey = new Map<string, { row: StoredEventRow; masked: string | null }>();
  for (const event of events) {
    const time = event.at.getTime();
    if (!Number.isFinite(time) || time < oldest || time > newest) {
      tally(event.source, 'late');
      continue;
    }
    const mapped = toRow(event, context);
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
    }
  }
  if (byKey.size === 0) return report;

  return db.$transaction(async (tx) => {
    const existing = await tx.mailEvent.findMany({
      where: { key: { in: [...byKey.keys()] } },
    });
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

    for (const stored of existing) {
      const incoming = byKey.get(stored.key)!;
      byKey.delete(stored.key);
      tally(incoming.row.source, 'duplicate');
      // The TLS version arrives with the second report of a Dovecot session: fill it in.
      if (
        !stored.tlsVersion &&
        incoming.row.tlsVersion &&
        stored.tls !== 'no' &&
        stored.kind === incoming.row.kind
      ) {
        await tx.mailEvent.update({
          where: { id: stored.id },
          data: { tlsVersion: incoming.row.tlsVersion, tls: 'yes' },
        });
        addDelta(stored, -1, stored.occurredAt, stored.occurredAt);
        addDelta(
          { ...stored, tls: 'yes', tlsVersion: incoming.row.tlsVersion },
          1,
          stored.occurredAt,
          stored.occurredAt,
        );
        report.enriched++;
      }
    }

    const fresh = [...byKey.values()];
    if (fresh.length > 0) await tx.mailEvent.createMany({ data: fresh.map((f) => f.row) });
    for (const { row } of fresh) {
      report.accepted++;
      (report.acceptedBySource[row.source] ??= []).push(row.occurredAt);
      addDelta(row, 1, row.occurredAt, row.occurredAt);
    }

    // Patterns: read the ones these events touch, then add to them or create them.
    if (deltas.size > 0) {
      const hashes = [...new Set([...deltas.values()].map((d) => d.pattern.mailboxHash))];
      const days = [...new Set([...deltas.values()].map((d) => d.pattern.day))];
      const rows = await tx.mailUsagePattern.findMany({
        where: { mailboxHash: { in: hashes }, day: { in: days } },
      });
      const current = new Map(rows.map((r) => [patternId(r), r]));
      const creates = [];
      for (const [id, delta] of deltas) {
        const row = current.get(id);
        if (row) {
          const count = row.count + delta.count;
          if (count <= 0) await tx.mailUsagePattern.delete({ where: { id: row.id } });
          else
            await tx.mailUsagePattern.update({
              where: { id: row.id },
              data: {
                count,
                ...(delta.count > 0 && delta.first < row.firstSeen ? { firstSeen: delta.first } : {}),
                ...(delta.count > 0 && delta.last > row.lastSeen ? { lastSeen: delta.last } : {}),
              },
            });
        } else if (delta.count > 0) {
          creates.push({
            ...delta.pattern,
            count: delta.count,
            firstSeen: delta.first,
            lastSeen: delta.last,
          });
        }
      }
      if (creates.length > 0) await tx.mailUsagePattern.createMany({ data: creates });
    }

    // Mailboxes: the masked form for display, first and last seen.
    const mailboxes = new Map<string, { masked: string; first: Date; last: Date }>();
    for (const { row, masked } of fresh) {
      if (!row.mailboxHash || !masked) continue;
      const m = mailboxes.get(row.mailboxHash);
      if (!m) mailboxes.set(row.mailboxHash, { masked, first: row.occurredAt, last: row.occurredAt });
      else {
        if (row.occurredAt < m.first) m.first = row.occurredAt;
        if (row.occurredAt > m.last) m.last = row.occurredAt;
      }
    }
    if (mailboxes.size > 0) {
      const known = await tx.mailEventMailbox.findMany({
        where: { mailboxHash: { in: [...mailboxes.keys()] } },
      });
      const knownBy = new Map(known.map((k) => [k.mailboxHash, k]));
      const creates = [];
      for (const [mailboxHash, m] of mailboxes) {
        const k = knownBy.get(mailboxHash);
        if (!k) creates.push({ mailboxHash, masked: m.masked, firstSeen: m.first, lastSeen: m.last });
        else if (m.first < k.firstSeen || m.last > k.lastSeen)
          await tx.mailEventMailbox.update({
            where: { mailboxHash },
            data: {
              firstSeen: m.first < k.firstSeen ? m.first : k.firstSeen,
              lastSeen: m.last > k.lastSeen ? m.last : k.lastSeen,
            },
          });
      }
      if (creates.length > 0) await tx.mailEventMailbox.createMany({ data: creates });
    }
    return report;
  });
}
