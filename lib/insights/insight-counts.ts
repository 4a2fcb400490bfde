import { Prisma } from '@/lib/db/generated/client';
import type { prisma } from '@/lib/db/client';
import type { Finding } from './check-findings';

type Transaction = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** One InsightCount row to add to: its key and how much. */
export interface CountKey {
  day: string;
  metric: 'outcome' | 'policy' | 'told' | 'passed';
  source?: string;
  policy?: string;
  setting?: string;
  client?: string;
  outcome?: string;
}

export interface CountedEvent {
  day: string;
  source: 'check' | 'impact';
  client: string;
  outcome: string;
  findings: Finding[];
}

const keyOf = (k: CountKey) =>
  [k.metric, k.day, k.source ?? '', k.policy ?? '', k.setting ?? '', k.client ?? '', k.outcome ?? ''].join(
    '\u0000',
  );

/**
 * The counters a batch of events adds to, summed: one "outcome" row per check (by program), one
 * "policy" row per finding (by program and setting, with breaks or will-break as the outcome).
 */
export function countsFor(
  events: CountedEvent[],
  extra: CountKey[] = [],
): Map<string, { key: CountKey; n: number }> {
  const counts = new Map<string, { key: CountKey; n: number }>();
  const add = (key: CountKey) => {
    const id = keyOf(key);
    const entry = counts.get(id);
    if (entry) entry.n += 1;
    else counts.set(id, { key, n: 1 });
  };
  for (const e of events) {
    if (e.source === 'check')
      add({ day: e.day, metric: 'outcome', source: e.source, client: e.client, outcome: e.outcome });
    for (const f of e.findings)
      add({
        day: e.day,
        metric: 'policy',
        source: e.source,
        policy: f.policy,
        setting: f.setting,
        client: e.client,
        outcome: f.state,
      });
  }
  for (const key of extra) add(key);
  return counts;
}

/**
 * Adds the counts with one multi-row upsert per 200 rows, the same SQL on SQLite and PostgreSQL
 * (both have ON CONFLICT … DO UPDATE), so two app instances recording at once never lose a count.
 */
export async function addCounts(tx: Transaction, counts: Map<string, { key: CountKey; n: number }>) {
  const rows = [...counts.values()];
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows
      .slice(i, i + 200)
      .map(
        ({ key: k, n }) =>
          Prisma.sql`(${k.day}, ${k.metric}, ${k.source ?? ''}, ${k.policy ?? ''}, ${k.setting ?? ''}, ${k.client ?? ''}, ${k.outcome ?? ''}, ${n})`,
      );
    await tx.$executeRaw`
      INSERT INTO "InsightCount" ("day", "metric", "source", "policy", "setting", "client", "outcome", "count")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("metric", "day", "source", "policy", "setting", "client", "outcome")
      DO UPDATE SET "count" = "InsightCount"."count" + excluded."count"`;
  }
}
