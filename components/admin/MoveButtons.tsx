const small =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm hover:border-brand-600 disabled:opacity-40';

/**
 * Move up / move down as two plain forms (keyboard and screen-reader friendly, no dragging). Each
 * posts `id`, `direction` and the caller's hidden `fields` to `action`; the labels name the item
 * ("Move “{item}” up").
 */
export function MoveButtons({
  action,
  fields,
  id,
  label,
  first,
  last,
  upLabel,
  downLabel,
}: {
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string>;
  id: string;
  label: string;
  first: boolean;
  last: boolean;
  upLabel: string;
  downLabel: string;
}) {
  return (
    <span className="flex gap-1">
      {(['up', 'down'] as const).map((direction) => (
        <form key={direction} action={action}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="direction" value={direction} />
          <button
            type="submit"
            className={small}
            disabled={direction === 'up' ? first : last}
            aria-label={(direction === 'up' ? upLabel : downLabel).replace('{item}', label)}
          >
            <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
          </button>
        </form>
      ))}
    </span>
  );
}
