/**
 * The order of `ids` after moving `id` one place up or down, swapping it with its neighbour; null
 * when it cannot move (unknown id, already first or last). Callers write the result back as
 * positions 0..n-1, so gaps or duplicates left by older data cannot break the next move.
 */
export function moveOnePlace(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] | null {
  const order = [...ids];
  const index = order.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return null;
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order;
}
