import { beforeEach, describe, expect, it } from 'vitest';
import { diagnosesCsv, type CsvLabels } from '@/lib/insights/insight-csv';
import { droppedInsightEvents, INSIGHT_LIMITS } from '@/lib/insights/limit-insight-events';
import { pruneCheckInsights } from '@/lib/insights/record-check-event';
import {
  diagnosisInsights,
  flushDiagnoses,
  queueDiagnosis,
  recordDiagnoses,
  type DiagnosisEvent,
} from '@/lib/insights/record-diagnosis';
import { db } from '../support/notice-fixtures';

const now = new Date('2026-12-02T03:00:00Z'); // 12:00 in Japan
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

beforeEach(async () => {
  await db.diagnosisCount.deleteMany();
  await db.insightDrop.deleteMany();
  await db.rateEvent.deleteMany();
});

describe('errors customers brought: counted per day by code, language, source, program', () => {
  it('adds answers to daily counters, never the text, and reads them back per day with the UNKNOWN share', async () => {
    const events: DiagnosisEvent[] = [
      { at: now, code: 'PORT_25_BLOCKED', locale: 'ja', source: 'text', program: 'outlook' },
      { at: now, code: 'PORT_25_BLOCKED', locale: 'ja', source: 'text', program: 'outlook' },
      { at: now, code: 'PORT_25_BLOCKED', locale: 'en', source: 'image', program: 'outlook' },
      { at: now, code: 'UNKNOWN', locale: 'ja', source: 'text' },
      { at: hoursAgo(24), code: 'RECIPIENT_UNKNOWN', locale: 'en', source: 'image' },
      // Older than the 30 days shown.
      { at: hoursAgo(24 * 31), code: 'UNKNOWN', locale: 'en', source: 'text' },
    ];
    for (const e of events) queueDiagnosis(e);
    await flushDiagnoses();

    const rows = await db.diagnosisCount.findMany({
      orderBy: [{ day: 'asc' }, { code: 'asc' }, { locale: 'asc' }],
    });
    expect(rows).toContainEqual({
      day: '2026-12-02',
      code: 'PORT_25_BLOCKED',
      locale: 'ja',
      source: 'text',
      program: 'outlook',
      count: 2,
    });
    expect(Object.keys(rows[0]!).sort()).toEqual(['code', 'count', 'day', 'locale', 'program', 'source']);

    const insights = await diagnosisInsights(30, now);
    expect(insights.days).toHaveLength(30);
    expect(insights.days.at(-1)).toMatchObject({ day: '2026-12-02', total: 4 });
    expect(insights.days.at(-1)!.counts).toMatchObject({ PORT_25_BLOCKED: 3, UNKNOWN: 1 });
    expect(insights.days.at(-2)).toMatchObject({ day: '2026-12-01', total: 1 });
    expect(insights.days[0]!.day).toBe('2026-11-03');
    expect(insights).toMatchObject({
      total: 5,
      unknown: 1,
      unknownShare: 0.2,
      bySource: { text: 3, image: 2 },
      byLocale: { ja: 3, en: 2 },
      byCode: [
        { code: 'PORT_25_BLOCKED', count: 3 },
        { code: 'RECIPIENT_UNKNOWN', count: 1 },
        { code: 'UNKNOWN', count: 1 },
      ],
    });
  });

  it('downloads per day and code as CSV, the codes as column names', async () => {
    await recordDiagnoses([{ at: now, code: 'MAILBOX_FULL', locale: 'ja', source: 'image' }]);
    const columns = { week: '週', day: '日付', policy: '', breaks: '', willBreak: '', total: '合計' };
    const labels: CsvLabels = { policy: String, outcome: String, columns };
    const lines = diagnosesCsv((await diagnosisInsights(30, now)).days, labels).split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF日付,PORT_25_BLOCKED,.*,MAILBOX_FULL,.*,UNKNOWN,合計$/);
    expect(lines).toHaveLength(32);
    const today = lines[30]!.split(',');
    expect(today[0]).toBe('2026-12-02');
    expect(today.at(-1)).toBe('1');
  });

  it('says nothing, not 0 %, when there were no answers', async () => {
    expect(await diagnosisInsights(30, now)).toMatchObject({ total: 0, unknownShare: 0, byCode: [] });
  });

  it('limits each client (30 an hour), counting the rest as dropped; a client without address is not limited', async () => {
    const { perHour } = INSIGHT_LIMITS.diagnose;
    const burst: DiagnosisEvent[] = Array.from({ length: 45 }, (_, i) => ({
      at: new Date(now.getTime() + i * 1000),
      code: 'UNKNOWN',
      locale: 'ja',
      source: 'text',
      clientAddress: '203.0.113.9',
    }));
    await recordDiagnoses(burst);
    await recordDiagnoses([
      { at: now, code: 'MAILBOX_FULL', locale: 'en', source: 'text', clientAddress: '2001:db8:1:1::5' },
      { at: now, code: 'MAILBOX_FULL', locale: 'en', source: 'text' },
    ]);
    const insights = await diagnosisInsights(30, now);
    expect(insights.unknown).toBe(perHour);
    expect(insights.byCode.find((c) => c.code === 'MAILBOX_FULL')?.count).toBe(2);
    expect((await droppedInsightEvents(30, now)).byKind.diagnose).toBe(45 - perHour);
  });

  it('is pruned with the other counters after three years', async () => {
    await recordDiagnoses([
      { at: new Date('2023-01-01T00:00:00Z'), code: 'SERVER_BUSY', locale: 'ja', source: 'text' },
      { at: now, code: 'SERVER_BUSY', locale: 'ja', source: 'text' },
    ]);
    await pruneCheckInsights(now);
    expect(await db.diagnosisCount.findMany({ select: { day: true } })).toEqual([{ day: '2026-12-02' }]);
  });
});
