'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/**
 * Stacked bars (Recharts, drawn as SVG in the browser). Decorative for assistive technology: the
 * figure around it (ChartFigure) carries the caption and the same numbers as a table.
 */
export function StackedBarChart({
  data,
  xKey,
  series,
  reference,
  height = 240,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  series: ChartSeries[];
  /** A day or week on the x axis to mark (a policy's effective week), with its label. */
  reference?: { x: string; label: string };
  height?: number;
}) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey={xKey}
            tick={{ fontSize: 11, fill: '#334155' }}
            tickFormatter={(v: string) => v.slice(5)}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#334155' }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="all"
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
          {reference ? (
            <ReferenceLine
              x={reference.x}
              stroke="#b91c1c"
              strokeDasharray="4 2"
              label={{ value: reference.label, position: 'top', fontSize: 11, fill: '#b91c1c' }}
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
