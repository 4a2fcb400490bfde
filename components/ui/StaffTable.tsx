import type { ReactNode } from 'react';

/** The padding of every cell of a StaffTable, for the rows a page writes itself. */
export const cellStyle = 'p-3';

/** A row of a StaffTable (a divider between rows). */
export const rowStyle = 'border-b border-slate-100 last:border-0';

/**
 * The staff area's list table: column headings, the page's rows, scrolling sideways on a phone rather
 * than squeezing the columns. `empty` is shown instead when there are no rows.
 */
export function StaffTable({
  headings,
  wide = false,
  empty,
  children,
}: {
  headings: ReactNode[];
  /** More columns: the table scrolls sideways below 48rem instead of 44rem. */
  wide?: boolean;
  /** Shown instead of the table when set (the list is empty). */
  empty?: ReactNode;
  children: ReactNode;
}) {
  if (empty) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full text-left text-sm ${wide ? 'min-w-[48rem]' : 'min-w-[44rem]'}`}>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {headings.map((heading, i) => (
              <th key={i} scope="col" className={cellStyle}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
