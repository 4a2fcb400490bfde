import { Prisma } from '@/lib/db/generated/client';

/** A column's type as it is read out of the JSON batch. */
export type JsonColumnType = 'text' | 'int' | 'timestamp';

const POSTGRES_TYPES: Record<JsonColumnType, string> = {
  text: 'text',
  int: 'integer',
  timestamp: 'timestamp(3)',
};

/**
 * `SELECT <columns> FROM <rows>` over a batch passed as ONE parameter: a JSON array of rows, each an
 * array of values in `types` order. A multi-row `VALUES` list costs a bound parameter per value, and
 * Prisma's query compiler walks every one of them (a 500-row, 17-column batch is 8,500 parameters);
 * one string parameter costs the same whatever the batch's size. For `INSERT INTO … <this> WHERE true
 * ON CONFLICT …` (SQLite needs the `WHERE` to tell the upsert clause from a join's `ON`).
 *
 * Timestamps are passed as each database compares them (`jsonTimestamp`).
 */
export function selectJsonRows(
  postgres: boolean,
  rows: readonly (readonly unknown[])[],
  types: readonly JsonColumnType[],
): Prisma.Sql {
  const json = JSON.stringify(rows);
  const columns = types
    .map((type, i) => (postgres ? `(value ->> ${i})::${POSTGRES_TYPES[type]}` : `value ->> ${i}`))
    .join(', ');
  return postgres
    ? Prisma.sql`SELECT ${Prisma.raw(columns)} FROM jsonb_array_elements(${json}::jsonb) AS batch(value)`
    : Prisma.sql`SELECT ${Prisma.raw(columns)} FROM json_each(${json})`;
}

/**
 * `SELECT value FROM <values>` over a list of strings passed as ONE parameter, for `x IN (<this>)`
 * with thousands of values (one bound parameter each would cost the query compiler as above).
 */
export function selectJsonValues(postgres: boolean, values: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(values);
  return postgres
    ? Prisma.sql`SELECT jsonb_array_elements_text(${json}::jsonb)`
    : Prisma.sql`SELECT value FROM json_each(${json})`;
}

/**
 * A timestamp inside a JSON batch: PostgreSQL reads the ISO form into its `timestamp(3)` (UTC, as
 * Prisma stores it); SQLite keeps Prisma's text form (`2026-12-02T10:00:00.123+00:00`), which must
 * match exactly because SQLite compares it as text.
 */
export function jsonTimestamp(postgres: boolean, date: Date): string {
  const iso = date.toISOString();
  return postgres ? iso : iso.replace('Z', '+00:00');
}
