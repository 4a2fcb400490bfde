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

/** The text of a registry file, relative paths from the project root. */
export function readRegistryText(file: string): string {
  try {
    return fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8');
  } catch {
    throw new RegistryFileError(file, ['the file cannot be read']);
  }
}

/** Parses a registry file's text; the error says whether it is not JSON or which fields are wrong. */
export function parseRegistryText(text: string, file: string): MailRegistry {
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

/** Reads and validates a registry file (scripts and tests; the app reads getActiveRegistry()). */
export function loadRegistryFile(file = process.env.MAIL_SERVICE_FILE ?? 'config/mail-service.demo.json') {
  return parseRegistryText(readRegistryText(file), file);
}
