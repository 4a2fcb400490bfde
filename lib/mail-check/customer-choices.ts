/**
 * The choices the checker's forms offer, without zod: client components (the checker, "am I
 * affected?") import these, and zod would otherwise be shipped to every browser that opens them.
 * customer-settings.ts builds the validation schema from the same lists.
 */

/** The mail programs the checker knows: each modelled one has its definition in lib/programs/ and a guide. */
export const CLIENTS = [
  'outlook',
  'outlook-2013',
  'new-outlook',
  'thunderbird',
  'apple-mail',
  'iphone',
  'android-gmail',
  'becky',
  'legacy-windows',
  'other',
] as const;
export const CUSTOMER_SECURITY = ['none', 'tls', 'starttls'] as const;
export const INCOMING_AUTH = ['password', 'encrypted-password', 'apop', 'cram-md5'] as const;
export const OUTGOING_AUTH = ['on', 'off', 'pop-before-smtp', 'same-as-incoming'] as const;

/** Whether `value` is one of `choices` (and, for the compiler, of its type). */
export function isChoice<T extends string>(choices: readonly T[], value: string): value is T {
  return (choices as readonly string[]).includes(value);
}
