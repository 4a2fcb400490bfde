/**
 * An error as it may be logged: its class and code (Prisma's P-codes, Node's E-codes), never its
 * message, which can quote what a user submitted (a draft, an address) or the query behind it.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
