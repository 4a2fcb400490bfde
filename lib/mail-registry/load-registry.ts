import fs from 'node:fs';
import path from 'node:path';
import { registrySchema, type MailRegistry } from './registry-schema';

export class RegistryFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`The mail service file ${file} is not valid: ${problems.join('; ')}`);
  }
}

/** Parses and validates a registry document; the error lists every problem with its JSON path. */
export function parseRegistry(json: unknown, file = '(inline)'): MailRegistry {
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success) {
    throw new RegistryFileError(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** Reads MAIL_SERVICE_FILE (or the given file), relative paths from the project root. */
export function loadRegistryFile(
  file = process.env.MAIL_SERVICE_FILE ?? 'config/mail-service.demo.json',
): MailRegistry {
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch {
    throw new RegistryFileError(file, ['the file cannot be read']);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RegistryFileError(file, [
      `not JSON (${error instanceof Error ? error.message : 'parse error'})`,
    ]);
  }
  return parseRegistry(json, file);
}

const cache = new Map<string, { mtimeMs: number; registry: MailRegistry }>();

/**
 * The registry in force, read from MAIL_SERVICE_FILE once and again only when the file changes, so a
 * check does not re-read and re-validate the file on every request.
 */
export function currentRegistry(
  file = process.env.MAIL_SERVICE_FILE ?? 'config/mail-service.demo.json',
): MailRegistry {
  let mtimeMs = -1;
  try {
    mtimeMs = fs.statSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)).mtimeMs;
  } catch {
    // loadRegistryFile reports the unreadable file.
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.registry;
  const registry = loadRegistryFile(file);
  cache.set(file, { mtimeMs, registry });
  return registry;
}
