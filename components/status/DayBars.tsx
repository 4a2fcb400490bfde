import type { StatusDayView } from '@/lib/status/status-overview';

const COLOR: Record<string, string> = {
  operational: 'bg-emerald-500',
  maintenance: 'bg-sky-500',
  degraded: 'bg-amber-500',
  outage: 'bg-red-600',
  none: 'bg-slate-200',
};

/**
 * 90 days as thin bars, one per day, coloured by the worst state seen. The bars are one image to
 * assistive technology, described by `label`; each bar's title names its day and state for pointers.
 */
export function DayBars({
  days,
  label,
  dayLabel,
}: {
  days: StatusDayView[];
  label: string;
  dayLabel: (day: StatusDayView) => string;
}) {
  return (
    <div role="img" aria-label={label} className="mt-2 flex h-8 items-stretch gap-px">
      {days.map((day) => (
        <span
          key={day.day}
          title={dayLabel(day)}
          className={`min-w-0 flex-1 rounded-[1px] ${COLOR[day.state ?? 'none']}`}
        />
      ))}
    </div>
  );
}
