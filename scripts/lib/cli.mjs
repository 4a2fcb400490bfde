// Command-line arguments the same way for every `npm run …` command: `--help` prints the usage and
// exits 0; an unknown or malformed option prints one line naming it and exits 2 (never a stack trace).
import { parseArgs } from 'node:util';

/** Prints `name: message (--help lists the options)` and exits 2. */
export function failUsage(name, message) {
  console.error(`${name}: ${message} (--help lists the options)`);
  process.exit(2);
}

/**
 * @template {NonNullable<import('node:util').ParseArgsConfig['options']>} const O
 * @param {{ name: string, usage: string, options: O, allowPositionals?: boolean, args?: string[] }} spec
 * @returns {{ values: import('node:util').ParsedResults<{ options: O, strict: true }>['values'], positionals: string[] }}
 */
export function parseCli({ name, usage, options, allowPositionals = false, args }) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    failUsage(name, error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  if (parsed.values.help) {
    console.log(usage.trim());
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * One line for an error that reached the top of a command: a database without its tables says what
 * to run; anything else is named by its kind only (its message may quote input or secrets).
 */
export function describeCliFailure(error) {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : '';
  if (code === 'P2021' || /no such table|does not exist/i.test(message))
    return 'the database has no tables yet: run `npm run db:migrate` (or `npm run demo` once) first';
  if (code === 'P1001' || /ECONNREFUSED|Can't reach database/i.test(message))
    return 'the database could not be reached (check DATABASE_URL)';
  return `unexpected failure (${error instanceof Error ? error.name : typeof error}${code ? ` ${code}` : ''})`;
}
