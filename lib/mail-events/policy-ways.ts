import { prisma } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { MailRegistry, PolicyKind } from '@/lib/mail-registry/registry-schema';

/**
 * Which ways of using a mailbox each registry policy ends, as one rule in two forms: a test of one
 * pattern (what store-events uses to decide whether a mailbox may reach a policy's list, so its
 * address is sealed) and a SQL condition over MailUsagePattern / MailUsageDaily (the staff readiness
 * views). The rules are those of concludeMailbox (mailbox-patterns.ts), which the customer's record
 * uses; tests/unit/mail-readiness.test.ts keeps the two in step.
 *
 * POP before SMTP cannot be told from one pattern: it is a relay refusal paired with a POP3 login
 * from the same address (MailEvent). Its pattern form is the POP3 login the pairing starts from
 * (candidates; the readiness list pairs them, staff-readiness.ts), and its daily trend counts relay
 * refusals from customer networks (MailUsageDaily keeps no pairing).
 */

export interface WayFields {
  kind: string;
  protocol: string;
  port: number;
  tls: string;
  tlsVersion: string;
  network: string;
  result: string;
}

const TLS_ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** The versions below the policy's minimum (TLSv1.2 unless the registry says TLSv1.3). */
export function versionsBelow(minimum: string | undefined): string[] {
  const index = TLS_ORDER.indexOf(minimum ?? 'TLSv1.2');
  return TLS_ORDER.slice(0, index < 0 ? TLS_ORDER.indexOf('TLSv1.2') : index);
}

type Policies = Pick<MailRegistry, 'policies'>['policies'];

/** Whether this way is one the policy ends (for POP before SMTP: a POP3 login it may pair with). */
export function wayEndedBy(policy: PolicyKind, way: WayFields, policies: Policies): boolean {
  switch (policy) {
    case 'encrypted-login-required':
      return way.kind === 'login' && way.tls === 'no' && way.result !== 'failed' && way.result !== 'tempfail';
    case 'minimum-tls-version': {
      const below = versionsBelow(policies.find((p) => p.id === policy)?.version);
      return (way.kind === 'login' || way.kind === 'tls-refused') && below.includes(way.tlsVersion);
    }
    case 'outbound-port-25-blocked':
      return (
        way.protocol === 'smtp' &&
        way.port === 25 &&
        way.network === 'customer' &&
        (way.kind === 'login' || way.kind === 'relay-refused' || way.kind === 'sender-refused')
      );
    case 'pop-before-smtp-ended':
      return way.protocol === 'pop3' && way.kind === 'login' && way.result === 'ok';
  }
}

/** Whether any policy of the registry may put this way's mailbox on its list. */
export function anyPolicyCandidate(way: WayFields, policies: Policies): boolean {
  return policies.some((p) => wayEndedBy(p.id, way, policies));
}

/**
 * The same rule as SQL over a table alias with the pattern columns. For POP before SMTP this is the
 * trend's stand-in (relay refusals from customer networks): the list pairs events instead.
 */
export function policySql(policy: PolicyKind, alias: string, policies: Policies): Prisma.Sql {
  const c = (column: string) => Prisma.raw(`${alias}."${column}"`);
  switch (policy) {
    case 'encrypted-login-required':
      return Prisma.sql`${c('kind')} = 'login' AND ${c('tls')} = 'no' AND ${c('result')} NOT IN ('failed', 'tempfail')`;
    case 'minimum-tls-version': {
      const below = versionsBelow(policies.find((p) => p.id === policy)?.version);
      return Prisma.sql`${c('kind')} IN ('login', 'tls-refused') AND ${c('tlsVersion')} IN (${Prisma.join(below)})`;
    }
    case 'outbound-port-25-blocked':
      return Prisma.sql`${c('protocol')} = 'smtp' AND ${c('port')} = 25 AND ${c('network')} = 'customer' AND ${c('kind')} IN ('login', 'relay-refused', 'sender-refused')`;
    case 'pop-before-smtp-ended':
      return Prisma.sql`${c('kind')} = 'relay-refused' AND ${c('network')} = 'customer'`;
  }
}

/**
 * `FROM … WHERE …` over the pattern rows (alias `p`) of the ways a policy ends, for the caller to add
 * its day range and grouping. The rule is evaluated on the few MailWay rows first (one small query),
 * and the patterns are then read through the index (wayId, day, mailboxHash) for those ways only,
 * instead of every pattern of the period. Both databases need telling, each in its own terms:
 * - the way ids go in as literal constants: PostgreSQL estimates a join to MailWay as a quarter of
 *   the table (it cannot know which ways are rare) and scans it all, but knows each id's share from
 *   its statistics (30 days × 100,000 mailboxes: 0.34 s → 0.03 s);
 * - `CROSS JOIN`, SQLite's documented way to fix the join order (the ways outside): without it SQLite,
 *   which keeps no statistics per value, scans by mailbox to skip the grouping's sort (0.56 s → 0.04 s).
 */
export async function policyPatternsFrom(
  policy: PolicyKind,
  policies: Policies,
  db: { $queryRaw: typeof prisma.$queryRaw } = prisma,
): Promise<Prisma.Sql> {
  const ways = await db.$queryRaw<{ id: number }[]>`
    SELECT w."id" AS id FROM "MailWay" w WHERE ${policySql(policy, 'w', policies)}`;
  const ids = ways.map((w) => Number(w.id)).filter((id) => Number.isSafeInteger(id));
  if (ids.length === 0) return Prisma.sql`FROM "MailUsagePattern" p WHERE 1 = 0`;
  // Written into the SQL, not bound: with `?` in their place SQLite plans without knowing the ids
  // and goes back to scanning by mailbox (0.04 s → 0.57 s), and PostgreSQL may settle on a generic
  // plan after a few runs. They are integers read from our own table, checked as such.
  const list = Prisma.raw(ids.join(', '));
  return Prisma.sql`FROM "MailWay" w CROSS JOIN "MailUsagePattern" p
    WHERE w."id" IN (${list}) AND p."wayId" = w."id" AND p."wayId" IN (${list})`;
}
