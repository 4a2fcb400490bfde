/**
 * `npm run user:create -- --email a@example.test --role admin [--name "A. Admin"]` (`--help`: usage)
 * The password comes from PORTAL_USER_PASSWORD or, when that is unset, from standard input (one line),
 * so it never appears in the shell history or the process list. It is never printed.
 */
import { describeCliFailure, failUsage, parseCli } from './lib/cli.mjs';
import { createInterface } from 'node:readline';
import { createStaffUser, newStaffSchema, StaffAccountError } from '../lib/staff/staff-accounts';
import { PASSWORD_MIN_LENGTH } from '../lib/auth/password';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.PORTAL_USER_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `);
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

const USAGE = `
Usage: npm run user:create -- --email ADDRESS [--role editor|admin] [--name "NAME"]

Creates a staff account. The password is read from PORTAL_USER_PASSWORD or, when that is unset,
from standard input (one line); it is never printed.

  --email ADDRESS   the staff member's address (required)
  --role ROLE       editor (default) or admin
  --name NAME       shown in the staff area and the audit log
  --help            this text`;

async function main() {
  const { values } = parseCli({
    name: 'user:create',
    usage: USAGE,
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      name: { type: 'string', default: '' },
    },
  });
  if (!values.email) failUsage('user:create', '--email is required');
  const password = await readPassword();
  const parsed = newStaffSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name,
    password,
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    const hints: Record<string, string> = {
      email: '--email must be an email address',
      role: '--role must be "editor" or "admin"',
      password: `the password must have ${PASSWORD_MIN_LENGTH} to 256 characters`,
      name: '--name is at most 100 characters',
    };
    console.error(`Cannot create the user: ${fields.map((f) => hints[f] ?? f).join('; ')}.`);
    process.exit(2);
  }
  try {
    const user = await createStaffUser(parsed.data, { email: 'cli' });
    console.log(`Created ${user.role} ${user.email}.`);
  } catch (error) {
    if (error instanceof StaffAccountError && error.code === 'email-taken') {
      console.error(`Cannot create the user: ${parsed.data.email} already has an account.`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`Cannot create the user: ${describeCliFailure(error)}.`);
  process.exit(1);
});
