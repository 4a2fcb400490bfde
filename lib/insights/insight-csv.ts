import type { OutcomeDay, PolicyInsight } from './policy-dashboard';
import { CHECK_OUTCOMES } from './check-findings';

/**
 * The dashboard's figures as CSV (RFC 4180: CRLF, quotes doubled), with a byte-order mark so Excel
 * in Japan opens the UTF-8 headers as Japanese rather than mojibake. Aggregates only.
 */
function csv(rows: (string | number)[][]): string {
  const field = (v: string | number) => {
    const text = String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

export interface CsvLabels {
  policy: (id: string) => string;
  outcome: (id: string) => string;
  columns: { week: string; day: string; policy: string; breaks: string; willBreak: string; total: string };
}

export function policiesCsv(policies: PolicyInsight[], labels: CsvLabels): string {
  const { columns: c } = labels;
  return csv([
    [c.policy, c.week, c.breaks, c.willBreak],
    ...policies.flatMap((p) => p.weeks.map((w) => [labels.policy(p.id), w.week, w.breaks, w.willBreak])),
  ]);
}

export function outcomesCsv(days: OutcomeDay[], labels: CsvLabels): string {
  return csv([
    [labels.columns.day, ...CHECK_OUTCOMES.map(labels.outcome), labels.columns.total],
    ...days.map((d) => [d.day, ...CHECK_OUTCOMES.map((o) => d.counts[o]), d.total]),
  ]);
}
