import { setLogDestination } from '@/lib/operations/logger';

/**
 * Captures what the portal's logger writes (lib/operations/logger.ts) until `restore()`: each line as
 * written (JSON) and parsed. Under vitest the logger's output is otherwise discarded.
 */
export function captureLogs() {
  const lines: string[] = [];
  const restore = setLogDestination({
    write: (line: string) => {
      lines.push(line);
    },
  });
  return {
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    restore,
  };
}
