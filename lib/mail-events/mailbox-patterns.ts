import { isoDay } from '@/lib/dates/format-date';
import type { MailRegistry, PolicyKind } from '@/lib/mail-registry/registry-schema';
import { WAY_FIELDS } from './store-events';

/**
 * What the servers' record of one mailbox means (docs/mail-events.md "What is concluded"): each
 * distinct way it is used, over the days asked for, and the findings under the registry's policies.
 * Pure functions over stored rows (MailUsagePattern, and the few MailEvent rows that pair a relay
 * refusal with a POP3 login), so the customer's record and the staff views read the same answer.
 */

export interface PatternRow {
  day: string;
  kind: string;
  protocol: string;
  port: number;
  tls: string;
  tlsVersion: string;
  mechanism: string;
  network: string;
  result: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
}

/** One way the mailbox is used, across days. */
export interface UsageWay {
  kind: string;
  protocol: string;
  port: number;
  tls: string;
  tlsVersion: string;
  mechanism: string;
  network: string;
  result: string;
  count: number;
  /** Days on which it was seen, and the average per such day (rounded). */
  days: number;
  perDay: number;
  firstSeen: Date;
  lastSeen: Date;
}

/** Patterns of several days → one row per way, most recent first. */
export function usageWays(rows: PatternRow[]): UsageWay[] {
  const ways = new Map<string, UsageWay & { dayset: Set<string> }>();
  for (const row of rows) {
    const id = WAY_FIELDS.map((f) => String(row[f as keyof PatternRow])).join('\u0000');
    const way = ways.get(id);
    if (!way) {
      ways.set(id, {
        kind: row.kind,
        protocol: row.protocol,
        port: row.port,
        tls: row.tls,
        tlsVersion: row.tlsVersion,
        mechanism: row.mechanism,
        network: row.network,
        result: row.result,
        count: row.count,
        days: 0,
        perDay: 0,
        firstSeen: row.firstSeen,
        lastSeen: row.lastSeen,
        dayset: new Set([row.day]),
      });
    } else {
      way.count += row.count;
      way.dayset.add(row.day);
      if (row.firstSeen < way.firstSeen) way.firstSeen = row.firstSeen;
      if (row.lastSeen > way.lastSeen) way.lastSeen = row.lastSeen;
    }
  }
  return [...ways.values()]
    .map(({ dayset, ...way }) => ({ ...way, days: dayset.size, perDay: Math.round(way.count / dayset.size) }))
    .sort((a, b) => b.lastSeen.getTime() - a.lastSeen.getTime());
}

/** A relay refusal or login, by the keyed hash of the client's whole address, for POP before SMTP. */
export interface PairingEvent {
  at: Date;
  clientKey: string;
  /** `pop3-login`: a successful POP3 login of this mailbox; `smtp-login`: any successful SMTP AUTH. */
  what: 'pop3-login' | 'smtp-login' | 'relay-refused';
}

/** POP before SMTP programs send right after checking mail: ten minutes covers every usual setup. */
export const POP_BEFORE_SMTP_WINDOW_MS = 10 * 60_000;

/**
 * Log lines carry whole seconds: a refusal logged in the same second as the login may sort before it.
 */
export const TIMESTAMP_SLACK_MS = 1_000;

/**
 * Relay refusals that came shortly after a POP3 login of this mailbox from the same address, with no
 * SMTP login from that address in between: a program still set up for POP before SMTP.
 */
export function popBeforeSmtpRefusals(events: PairingEvent[], windowMs = POP_BEFORE_SMTP_WINDOW_MS): Date[] {
  const byClient = new Map<string, PairingEvent[]>();
  for (const event of events) {
    if (!event.clientKey) continue;
    const list = byClient.get(event.clientKey) ?? [];
    list.push(event);
    byClient.set(event.clientKey, list);
  }
  const found: Date[] = [];
  for (const list of byClient.values()) {
    const pops = list.filter((e) => e.what === 'pop3-login').map((e) => e.at.getTime());
    const smtpLogins = list.filter((e) => e.what === 'smtp-login').map((e) => e.at.getTime());
    for (const refusal of list.filter((e) => e.what === 'relay-refused')) {
      const t = refusal.at.getTime();
      const paired = pops.some(
        (pop) =>
          pop >= t - windowMs &&
          pop <= t + TIMESTAMP_SLACK_MS &&
          // A program that signed in over SMTP in between is not relying on the POP login.
          !smtpLogins.some((login) => login > pop && login < t),
      );
      if (paired) found.push(refusal.at);
    }
  }
  return found.sort((a, b) => a.getTime() - b.getTime());
}

export const CONCERNS = [
  'plaintext-login',
  'old-tls',
  'port-25-from-customer-network',
  'pop-before-smtp',
  'password-failures',
  'over-quota',
] as const;
export type Concern = (typeof CONCERNS)[number];

export interface Finding {
  concern: Concern;
  /** The registry policy this is about (null: no policy, e.g. a wrong saved password). */
  policy: PolicyKind | null;
  /** The policy's first day, and whether it is in force today (it stopped working) or announced. */
  effective: string | null;
  inForce: boolean | null;
  /** How often and when last; the ways behind it (their indexes in `ways`). */
  count: number;
  lastSeen: Date;
  ways: number[];
  /** Whether the same mailbox also works another way (another device, or the program after a fix). */
  alsoWorks: boolean;
}

export interface MailboxConclusion {
  ways: UsageWay[];
  findings: Finding[];
}

/** Repeated failures: at least this many in the period, or failures on two days or more. */
export const PASSWORD_FAILURES_AT_LEAST = 5;

const TLS_ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const isLogin = (w: UsageWay) => w.kind === 'login';
const sends = (w: UsageWay) =>
  w.kind === 'login' || w.kind === 'relay-refused' || w.kind === 'sender-refused';

export function concludeMailbox(input: {
  patterns: PatternRow[];
  pairing?: PairingEvent[];
  registry: Pick<MailRegistry, 'policies'>;
  now: Date;
}): MailboxConclusion {
  const ways = usageWays(input.patterns);
  const today = isoDay(input.now);
  const policy = (id: PolicyKind) => input.registry.policies.find((p) => p.id === id) ?? null;
  const findings: Finding[] = [];
  const okWays = ways.filter((w) => isLogin(w) && w.result === 'ok');

  const add = (
    concern: Concern,
    policyId: PolicyKind | null,
    matched: UsageWay[],
    extra?: { count: number; lastSeen: Date },
  ) => {
    if (matched.length === 0 && !extra) return;
    const p = policyId ? policy(policyId) : null;
    if (policyId && !p) return; // a policy the registry does not have: nothing to say
    const indexes = matched.map((w) => ways.indexOf(w));
    const lastSeen =
      extra?.lastSeen ??
      matched.reduce((latest, w) => (w.lastSeen > latest ? w.lastSeen : latest), matched[0]!.lastSeen);
    findings.push({
      concern,
      policy: policyId,
      effective: p?.effective ?? null,
      inForce: p ? p.effective <= today : null,
      count: extra?.count ?? matched.reduce((sum, w) => sum + w.count, 0),
      lastSeen,
      ways: indexes,
      alsoWorks: okWays.some((w) => !matched.includes(w)),
    });
  };

  // Sign-ins without encryption: POP3 on 110 and IMAP on 143 (or SMTP AUTH) before TLS, whether the
  // server still let them in or already refused them.
  add(
    'plaintext-login',
    'encrypted-login-required',
    ways.filter((w) => isLogin(w) && w.tls === 'no' && w.result !== 'failed' && w.result !== 'tempfail'),
  );

  // TLS below the policy's minimum (TLS 1.0/1.1 under a TLS 1.2 minimum).
  const minimum = policy('minimum-tls-version')?.version ?? 'TLSv1.2';
  add(
    'old-tls',
    'minimum-tls-version',
    ways.filter(
      (w) =>
        (isLogin(w) || w.kind === 'tls-refused') &&
        w.tlsVersion !== '' &&
        TLS_ORDER.indexOf(w.tlsVersion) >= 0 &&
        TLS_ORDER.indexOf(w.tlsVersion) < TLS_ORDER.indexOf(minimum),
    ),
  );

  // Sending on port 25 from one of our customer networks.
  add(
    'port-25-from-customer-network',
    'outbound-port-25-blocked',
    ways.filter((w) => w.protocol === 'smtp' && w.port === 25 && w.network === 'customer' && sends(w)),
  );

  // POP before SMTP: relay refusals paired with a POP3 login from the same address just before.
  const paired = popBeforeSmtpRefusals(input.pairing ?? []);
  if (paired.length > 0) {
    add(
      'pop-before-smtp',
      'pop-before-smtp-ended',
      ways.filter((w) => w.kind === 'relay-refused'),
      { count: paired.length, lastSeen: paired[paired.length - 1]! },
    );
  }

  // A device with an old saved password: repeated failures of one way.
  add(
    'password-failures',
    null,
    ways.filter(
      (w) => isLogin(w) && w.result === 'failed' && (w.count >= PASSWORD_FAILURES_AT_LEAST || w.days >= 2),
    ),
  );

  add(
    'over-quota',
    null,
    ways.filter((w) => w.kind === 'over-quota'),
  );
  return { ways, findings };
}
