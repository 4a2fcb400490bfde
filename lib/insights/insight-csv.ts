import type { OutcomeDay, PolicyInsight } from './policy-dashboard';
import { CHECK_OUTCOMES, type CheckOutcome } from './check-findings';
import type { PolicyKind } from '@/lib/mail-registry/registry-schema';
import { DIAGNOSIS_CODES } from '@/lib/diagnose/diagnosis-codes';
import type { DiagnosisDay } from './record-diagnosis';

/**
 * One CSV cell (RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled). Text
 * starting with `=`, `+`, `-`, `@`, a tab or a CR is a formula to Excel and LibreOffice (CSV
 * injection: `=HYPERLINK(…)`, `@SUM(…)`), so it gets a leading single quote and is shown as text.
 * Numbers are written as they are: a negative count is a number, not a formula.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value.replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The dashboard's figures as CSV (CRLF line ends), with a byte-order mark so Excel in Japan opens
 * the UTF-8 headers as Japanese rather than mojibake. Aggregates only.
 */
function csv(rows: (string | number)[][]): string {
  const field = csvField;
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

export interface CsvLabels {
  policy: (id: PolicyKind) => string;
  outcome: (id: CheckOutcome) => string;
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

/** Answers of the error diagnoser per day and top code (the codes as they are: language-neutral). */
export function diagnosesCsv(days: DiagnosisDay[], labels: CsvLabels): string {
  return csv([
    [labels.columns.day, ...DIAGNOSIS_CODES, labels.columns.total],
    ...days.map((d) => [d.day, ...DIAGNOSIS_CODES.map((c) => d.counts[c]), d.total]),
  ]);
}
