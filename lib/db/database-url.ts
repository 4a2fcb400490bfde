import fs from 'node:fs';
import path from 'node:path';

/** The embedded default: a SQLite file in the git-ignored `data/` folder. */
export const DEFAULT_DATABASE_URL = 'file:./data/portal.db';

/**
 * The database URL from `DATABASE_URL`, defaulting to the embedded SQLite file.
 * Relative SQLite paths resolve against the project root (where `npm` runs), and the folder is
 * created so that a fresh checkout works without setup.
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith('file:')) return url;
  const file = url.slice('file:'.length);
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}

/** Whether a database URL is PostgreSQL (anything else is the embedded SQLite file). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
