import type { ReactNode } from 'react';

/**
 * A chart with its numbers: the caption names it, the chart is for the eye, and the table beside it
 * holds the same figures for screen readers, keyboard users and anyone who wants the exact count,
 * written as numbers are written in `locale` (2,979).
 */
export function ChartFigure({
  caption,
  chart,
  columns,
  rows,
  testId,
  locale,
}: {
  caption: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
  testId?: string;
  locale: string;
}) {
  const number = new Intl.NumberFormat(locale);
  const cell = 'border-b border-slate-200 px-2 py-1 text-left';
  return (
    <figure className="grid gap-4 lg:grid-cols-3" data-testid={testId}>
      <figcaption className="font-semibold text-slate-900 lg:col-span-3">{caption}</figcaption>
      <div className="lg:col-span-2">{chart}</div>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div className="max-h-64 overflow-auto rounded-md border border-slate-200 bg-white" tabIndex={0}>
        <table className="min-w-full text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" className={`${cell} whitespace-nowrap ${i > 0 ? 'text-right' : ''}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((value, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className={`${cell} font-normal whitespace-nowrap`}>
                      {value}
                    </th>
                  ) : (
                    <td key={i} className={`${cell} text-right tabular-nums`}>
                      {typeof value === 'number' ? number.format(value) : value}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
