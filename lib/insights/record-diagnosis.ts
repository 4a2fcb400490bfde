import { prisma } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { DIAGNOSIS_CODES, type DiagnosisCode } from '@/lib/diagnose/diagnosis-codes';
import { addDays, japanDay } from './insight-days';
import { batchedInsightWriter } from './insight-writer';
import { admitInsightEvents } from './limit-insight-events';

/**
 * "Errors customers brought" (docs/insights.md): each answer of "paste the error, get the answer"
 * adds one to a daily counter by top code, language, source (pasted text or screenshot) and mail
 * program. Nothing of the text or the image, and no client, is stored: the event in memory carries
 * the client's address only for the per-client limit (limit-insight-events.ts, kind `diagnose`).
 * Queued and written in batches at most a second after the answer, like check events
 * (insight-writer.ts); bounded, and off with `INSIGHTS_RECORDING=off`.
 */
export interface DiagnosisEvent {
  at: Date;
  code: DiagnosisCode;
  locale: 'ja' | 'en';
  source: 'text' | 'image';
  program?: string;
  /** For the per-client limit only; never stored. */
  clientAddress?: string;
}

const diagnoses = batchedInsightWriter<DiagnosisEvent>('diagnosis events', (events) =>
  recordDiagnoses(events),
);

export const queueDiagnosis = diagnoses.queue;
/** Writes whatever is waiting; tests await it instead of sleeping. */
export const flushDiagnoses = diagnoses.flush;

/** One transaction: the per-client limits, then one multi-row upsert of the day's counters. */
export async function recordDiagnoses(events: DiagnosisEvent[]): Promise<void> {
  if (events.length === 0) return;
  await prisma.$transaction(async (tx) => {
    const admitted = await admitInsightEvents(tx, 'diagnose', events);
    const counts = new Map<string, { key: [string, string, string, string, string]; n: number }>();
    events.forEach((e, i) => {
      if (!admitted[i]) return;
      const key: [string, string, string, string, string] = [
        japanDay(e.at),
        e.code,
        e.locale,
        e.source,
        e.program ?? '',
      ];
      const id = key.join('\u0000');
      const entry = counts.get(id);
      if (entry) entry.n += 1;
      else counts.set(id, { key, n: 1 });
    });
    if (counts.size === 0) return;
    const values = [...counts.values()].map(
      ({ key: [day, code, locale, source, program], n }) =>
        Prisma.sql`(${day}, ${code}, ${locale}, ${source}, ${program}, ${n})`,
    );
    // The same upsert on SQLite and PostgreSQL: instances recording at once never lose a count.
    await tx.$executeRaw`
      INSERT INTO "DiagnosisCount" ("day", "code", "locale", "source", "program", "count")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("day", "code", "locale", "source", "program")
      DO UPDATE SET "count" = "DiagnosisCount"."count" + excluded."count"`;
  });
}

export interface DiagnosisDay {
  day: string;
  counts: Record<DiagnosisCode, number>;
  total: number;
}

export interface DiagnosisInsights {
  /** Every day of the period, oldest first (days without answers are zero). */
  days: DiagnosisDay[];
  /** Per code over the period, the most frequent first (codes never seen left out). */
  byCode: { code: DiagnosisCode; count: number }[];
  total: number;
  unknown: number;
  /** UNKNOWN's share of all answers, 0–1 (0 when there were none). */
  unknownShare: number;
  bySource: { text: number; image: number };
  byLocale: { ja: number; en: number };
}

const zeroCounts = () =>
  Object.fromEntries(DIAGNOSIS_CODES.map((c) => [c, 0])) as Record<DiagnosisCode, number>;
const isCode = (code: string): code is DiagnosisCode => (DIAGNOSIS_CODES as readonly string[]).includes(code);

/** Answers per code per day over the `days` Japan-time days up to today, from the counters only. */
export async function diagnosisInsights(days = 30, now = new Date()): Promise<DiagnosisInsights> {
  const today = japanDay(now);
  const first = addDays(today, -(days - 1));
  const rows = await prisma.diagnosisCount.groupBy({
    by: ['day', 'code', 'locale', 'source'],
    where: { day: { gte: first, lte: today } },
    _sum: { count: true },
  });
  const byDay = new Map<string, DiagnosisDay>();
  for (let i = 0; i < days; i += 1) {
    const day = addDays(first, i);
    byDay.set(day, { day, counts: zeroCounts(), total: 0 });
  }
  const byCode = zeroCounts();
  const bySource = { text: 0, image: 0 };
  const byLocale = { ja: 0, en: 0 };
  for (const row of rows) {
    const n = row._sum.count ?? 0;
    const entry = byDay.get(row.day);
    if (!entry || !isCode(row.code)) continue;
    entry.counts[row.code] += n;
    entry.total += n;
    byCode[row.code] += n;
    if (row.source === 'text' || row.source === 'image') bySource[row.source] += n;
    if (row.locale === 'ja' || row.locale === 'en') byLocale[row.locale] += n;
  }
  const total = Object.values(byCode).reduce((a, b) => a + b, 0);
  return {
    days: [...byDay.values()],
    byCode: DIAGNOSIS_CODES.filter((c) => byCode[c] > 0)
      .map((code) => ({ code, count: byCode[code] }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    total,
    unknown: byCode.UNKNOWN,
    unknownShare: total ? byCode.UNKNOWN / total : 0,
    bySource,
    byLocale,
  };
}
